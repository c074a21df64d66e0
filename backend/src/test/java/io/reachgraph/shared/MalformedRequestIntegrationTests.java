package io.reachgraph.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A batch of hostile or broken requests: every one must get a 4xx problem JSON with a stable type, never a 500. */
@IntegrationTest
class MalformedRequestIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void noMalformedRequestCausesA500OrLeaksInternals() throws Exception {
		List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
		requests.add(json(post("/api/users"), "{not json"));
		requests.add(json(post("/api/users"), ""));
		requests.add(json(post("/api/users"), "[]"));
		requests.add(json(post("/api/users"), "null"));
		requests.add(json(post("/api/users"), "{\"email\":123,\"displayName\":[],\"role\":\"EMPEROR\",\"password\":{}}"));
		requests.add(json(post("/api/users"), "{\"email\":\"a@b.c\",\"displayName\":\"" + "x".repeat(5000) + "\",\"role\":\"ADMIN\",\"password\":\"p\"}"));
		requests.add(json(post("/api/users"), "{\"email\":\"a@b.c\"" + ",\"x\":1".repeat(10_000) + "}"));
		requests.add(post("/api/users").contentType(MediaType.TEXT_PLAIN).content("email=a"));
		requests.add(post("/api/users").contentType(MediaType.APPLICATION_XML).content("<user/>"));
		requests.add(json(patch("/api/users/%00%27%22"), "{\"role\":\"ADMIN\"}"));
		requests.add(json(patch("/api/users/{\"$ne\":null}".replace("{", "%7B").replace("}", "%7D")), "{}"));
		requests.add(json(patch("/api/users/abc"), "{\"active\":\"maybe\"}"));
		requests.add(json(put("/api/me/password"), "{\"currentPassword\":null}"));
		requests.add(get("/api/users").param("page", "-1").param("size", "abc"));
		requests.add(get("/api/users").param("page", "99999999999999999999"));
		requests.add(get("/api/users").param("sort", "$where,asc"));
		requests.add(get("/api/users").param("q", "x".repeat(300)));
		requests.add(get("/api/users").param("q", ".*(a+)+$"));
		requests.add(request(HttpMethod.DELETE, "/api/me"));
		requests.add(get("/api/no/such/thing"));
		requests.add(get("/api/users").accept(MediaType.APPLICATION_PDF));
		for (MockHttpServletRequestBuilder builder : requests) {
			MockHttpServletResponse response = mvc.perform(builder.with(TestUsers.admin())).andReturn().getResponse();
			String body = response.getContentAsString();
			String what = builder.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod() + " "
					+ builder.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
					+ " -> " + response.getStatus() + " " + body;
			assertThat(response.getStatus()).as(what).isBetween(200, 499);
			assertThat(body).as(what).doesNotContain("Exception").doesNotContain("at io.reachgraph").doesNotContain("at org.");
			if (response.getStatus() >= 400 && response.getStatus() != 406) {
				assertThat(response.getContentType()).as(what).isNotNull().startsWith("application/problem+json");
				assertThat(JsonPath.<String>read(body, "$.type")).as(what).startsWith("/problems/");
			}
		}
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder builder, String body) {
		return builder.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
