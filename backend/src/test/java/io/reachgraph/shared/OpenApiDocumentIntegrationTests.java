package io.reachgraph.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.reachgraph.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web-ui's API types are generated from {@code web-ui/openapi.json}. This test keeps that file equal to what the
 * backend serves at {@code /v3/api-docs}: when the API changes it rewrites the file and fails, so the change (and the
 * regenerated {@code src/types/api.ts}, via {@code npm run build}) gets committed.
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

	private static final Path DOCUMENT = Path.of("..", "web-ui", "openapi.json");

	@Autowired
	MockMvc mvc;

	@Test
	void webUiOpenApiDocumentMatchesTheLiveOne() throws Exception {
		String live = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonMapper mapper = JsonMapper.builder()
			.enable(SerializationFeature.INDENT_OUTPUT)
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.build();
		JsonNode liveTree = mapper.readTree(live);
		((tools.jackson.databind.node.ObjectNode) liveTree).remove("servers");
		String pretty = mapper.writeValueAsString(mapper.treeToValue(liveTree, Object.class)) + "\n";
		String stored = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";
		if (!pretty.equals(stored)) {
			Files.writeString(DOCUMENT, pretty, StandardCharsets.UTF_8);
		}
		assertThat(stored).as("web-ui/openapi.json was stale and has been rewritten: rebuild the web-ui "
				+ "(npm run build regenerates src/types/api.ts) and commit both").isEqualTo(pretty);
	}

}
