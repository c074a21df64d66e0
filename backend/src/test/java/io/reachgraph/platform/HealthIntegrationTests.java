package io.reachgraph.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class HealthIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousCallersSeeOnlyUpOrDown() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void adminsSeeThatTheEmbeddedMongoAnswersPing() throws Exception {
		mvc.perform(get("/actuator/health").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.mongo.status").value("UP"))
			.andExpect(jsonPath("$.components.mail.status").value("UP"));
	}

	@Test
	void systemInfoSaysWhichMode() throws Exception {
		mvc.perform(get("/api/system").with(TestUsers.admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mode").value("embedded"));
	}

}
