package io.reachgraph.graph;

import static io.reachgraph.TestUsers.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** One person's profiles on several networks (and their blog) are grouped; a profile belongs to one group. */
@IntegrationTest
class ProfileGroupIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void groupsProfilesOfOnePersonAcrossNetworks() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String bluesky = "bluesky:alice-" + tag + ".bsky.social";
		String mastodon = "mastodon:alice-" + tag + "@mastodon.social";
		String blog = "web:alice-" + tag + ".blog";
		String body = mvc.perform(post("/api/profile-groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Alice\",\"profileIds\":[\"" + bluesky + "\",\"" + mastodon + "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members.length()").value(2))
			.andExpect(jsonPath("$.members[1].platform").value("mastodon"))
			.andReturn().getResponse().getContentAsString();
		String group = JsonPath.read(body, "$.id");
		mvc.perform(patch("/api/profile-groups/" + group).with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"add\":[\"" + blog + "\"],\"remove\":[\"" + mastodon + "\"]}"))
			.andExpect(jsonPath("$.members[*].profileId").value(org.hamcrest.Matchers.contains(bluesky, blog)));
		mvc.perform(get("/api/profile-groups").param("profileId", blog).with(admin()))
			.andExpect(jsonPath("$[0].id").value(group));
		mvc.perform(post("/api/profile-groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Impostor\",\"profileIds\":[\"" + bluesky + "\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/profile-already-grouped"))
			.andExpect(jsonPath("$.groupId").value(group));
		mvc.perform(post("/api/profile-groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Bad\",\"profileIds\":[\"no-colon\"]}"))
			.andExpect(status().isBadRequest());
		String outreach = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(delete("/api/profile-groups/" + group).with(TestUsers.as(outreach))).andExpect(status().isForbidden());
		mvc.perform(delete("/api/profile-groups/" + group).with(admin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/profile-groups/" + group).with(admin())).andExpect(status().isNotFound());
	}

}
