package io.reachgraph.ranking;

import static io.reachgraph.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A strategist ranks a small niche graph and reads it: the table, a profile's explanation, the map, the comparison,
 * audience overlap, and shortlists. The graph: "hub" is followed by everyone; "bridge" links two groups; "echo"
 * has many followers that nobody follows (hollow); two groups mention each other a lot.
 */
@IntegrationTest
class RankingIntegrationTests {

	@Autowired
	MockMvc mvc;

	String network;

	static String graph() {
		StringBuilder csv = new StringBuilder("source,target,kind,weight\n");
		List<String> left = List.of("ann", "ben", "cat", "dan", "eve", "fay");
		List<String> right = List.of("gus", "hal", "ivy", "jon", "kim", "lou");
		for (String a : left) {
			for (String b : left) {
				if (!a.equals(b) && (a.compareTo(b) < 0 || a.equals("ann"))) {
					csv.append(a).append(',').append(b).append(",follows,1\n");
				}
			}
			csv.append(a).append(",hub,follows,1\n").append(a).append(",bridge,follows,1\n");
		}
		for (String a : right) {
			for (String b : right) {
				if (!a.equals(b) && a.compareTo(b) > 0) {
					csv.append(a).append(',').append(b).append(",follows,1\n");
				}
			}
			csv.append(a).append(",hub,follows,1\n").append(a).append(",bridge,follows,1\n");
		}
		csv.append("bridge,ann,follows,1\nbridge,gus,follows,1\nhub,bridge,follows,1\n");
		csv.append("ivy,ann,mentions,5\njon,ann,reposts,3\nkim,ann,mentions,2\n");
		for (int i = 0; i < 25; i++) {
			csv.append("bot").append(i).append(",echo,follows,1\n");
		}
		return csv.toString();
	}

	@BeforeEach
	void network() throws Exception {
		String body = mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Ranked " + UUID.randomUUID() + "\"}")).andReturn().getResponse().getContentAsString();
		network = JsonPath.read(body, "$.id");
		String job = JsonPath.read(mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", "niche.csv", "text/csv", graph().getBytes(StandardCharsets.UTF_8)))
			.param("platform", "x")
			.with(admin())).andReturn().getResponse().getContentAsString(), "$.id");
		awaitJob(job);
	}

	@Test
	void rankedTableIsSortedFilteredAndExported() throws Exception {
		String run = rank("{}");
		mvc.perform(get("/api/rankings/" + run).with(admin()))
			.andExpect(jsonPath("$.complete").value(true))
			.andExpect(jsonPath("$.profileCount").value(40))
			.andExpect(jsonPath("$.stats.modularity").exists());
		String table = mvc.perform(get("/api/rankings/" + run + "/profiles").param("size", "5").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(40))
			.andExpect(jsonPath("$.content[0].rank").value(1))
			.andExpect(jsonPath("$.content[0].percentiles.pagerank").exists())
			.andReturn().getResponse().getContentAsString();
		List<String> top = JsonPath.read(table, "$.content[*].label");
		// the bridge between the two groups ranks near the top; "echo", followed only by accounts nobody follows, does not
		assertThat(top.subList(0, 3)).contains("bridge").doesNotContain("echo");
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("sort", "pagerank,desc").param("size", "1").with(admin()))
			.andExpect(jsonPath("$.content[0].label").value("bridge"));

		mvc.perform(get("/api/rankings/" + run + "/profiles").param("sort", "followers,desc").param("size", "1").with(admin()))
			.andExpect(jsonPath("$.content[0].label").value("echo"));
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("flagged", "true").with(admin()))
			.andExpect(jsonPath("$.content[*].label", hasItem("echo")))
			.andExpect(jsonPath("$.content[?(@.label == 'echo')].flags[0]").value("HOLLOW_FOLLOWERS"));
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("q", "bot1").with(admin()))
			.andExpect(jsonPath("$.page.totalElements").value(11));
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("sort", "password,asc").with(admin()))
			.andExpect(status().isBadRequest());
		MvcResult csv = mvc.perform(get("/api/rankings/" + run + "/profiles.csv").param("q", "hub").with(admin())).andReturn();
		String text = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv))
			.andReturn().getResponse().getContentAsString();
		assertThat(text.lines()).hasSize(2);
		assertThat(text.lines().skip(1).findFirst().orElseThrow()).contains("x:hub,hub");
	}

	@Test
	void aProfilesRankIsExplained() throws Exception {
		String run = rank("{}");
		mvc.perform(get("/api/rankings/" + run + "/profiles/x:ann").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strongestInLinks[*].label", hasItem("bridge")))
			.andExpect(jsonPath("$.strongestInLinks[?(@.label == 'ivy')].kinds.mentions").value(5))
			.andExpect(jsonPath("$.ranks.byInteractions").value(1))
			.andExpect(jsonPath("$.audience[0].share").exists())
			.andExpect(jsonPath("$.history.length()").value(1));
		mvc.perform(get("/api/rankings/" + run + "/profiles/x:nobody").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/profile-not-in-run"));
		mvc.perform(get("/api/rankings/" + run + "/profiles/x:bridge/ego").param("limit", "5").with(admin()))
			.andExpect(jsonPath("$.nodes.length()").value(6))
			.andExpect(jsonPath("$.nodes[0].id").value("x:bridge"));
		mvc.perform(get("/api/rankings/" + run + "/map").param("top", "10").with(admin()))
			.andExpect(jsonPath("$.nodes.length()").value(10))
			.andExpect(jsonPath("$.edges.length()").isNumber());
		mvc.perform(get("/api/rankings/" + run + "/compare").param("top", "5").with(admin()))
			.andExpect(jsonPath("$.spearmanFollowersPageRank").isNumber())
			.andExpect(jsonPath("$.rows[0].byScore").value(1));
	}

	@Test
	void personalisedRunsAndRankChangesBetweenRunsOfTheSameScope() throws Exception {
		String first = rank("{}");
		String second = rank("{}");
		mvc.perform(get("/api/rankings/" + second).with(admin())).andExpect(jsonPath("$.previousRunId").value(first));
		mvc.perform(get("/api/rankings/" + second + "/profiles").param("size", "1").with(admin()))
			.andExpect(jsonPath("$.content[0].rankChange.change").value("SAME"));
		mvc.perform(get("/api/rankings/" + second + "/profiles/x:hub").with(admin()))
			.andExpect(jsonPath("$.history.length()").value(2));

		String personalised = rank("{\"personalization\":[\"x:gus\",\"x:hal\",\"x:ivy\"]}");
		String body = mvc.perform(get("/api/rankings/" + personalised + "/profiles").param("sort", "personalized,desc")
			.param("platform", "x").param("size", "40").with(admin())).andReturn().getResponse().getContentAsString();
		List<String> order = JsonPath.read(body, "$.content[*].label");
		assertThat(order.indexOf("gus")).as("the audience's own members matter to it").isLessThan(order.indexOf("ben"));
		mvc.perform(post("/api/networks/" + network + "/rankings").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"seeds\":[\"x:nobody\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("/problems/invalid-ranking-scope"));
		mvc.perform(post("/api/networks/" + network + "/rankings").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"edgeWeights\":{\"likes\":1},\"direction\":\"SIDEWAYS\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNeighbourhoodScopeRanksOnlyTheSeedsSurroundings() throws Exception {
		String run = rank("{\"seeds\":[\"x:echo\"],\"hops\":1}");
		mvc.perform(get("/api/rankings/" + run).with(admin())).andExpect(jsonPath("$.profileCount").value(26));
	}

	@Test
	void audienceOverlapAndTheBestSetOfK() throws Exception {
		String run = rank("{}");
		mvc.perform(post("/api/rankings/" + run + "/overlap").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileIds\":[\"x:hub\",\"x:bridge\",\"x:echo\"],\"k\":2}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pairs[?(@.a == 'x:hub' && @.b == 'x:bridge')].jaccard").value(12.0 / 13.0))
			.andExpect(jsonPath("$.bestSet[0].profileId").value("x:echo"))
			.andExpect(jsonPath("$.bestSet[1].profileId").value("x:bridge"))
			.andExpect(jsonPath("$.uniqueReach").value(25 + 13));
	}

	@Test
	void strategistsKeepShortlistsThatOutreachCanRead() throws Exception {
		String body = mvc.perform(post("/api/shortlists").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Coffee partners\",\"networkId\":\"" + network + "\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String list = JsonPath.read(body, "$.id");
		mvc.perform(post("/api/shortlists/" + list + "/items").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileIds\":[\"x:hub\",\"x:bridge\",\"x:hub\"],\"note\":\"pitch first\"}"))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items[0].label").value("hub"))
			.andExpect(jsonPath("$.items[0].note").value("pitch first"));
		mvc.perform(patch("/api/shortlists/" + list + "/items/x:bridge").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"knows both groups\"}"))
			.andExpect(jsonPath("$.items[1].note").value("knows both groups"));
		mvc.perform(post("/api/shortlists/" + list + "/items").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileIds\":[\"no colon\"]}"))
			.andExpect(status().isBadRequest());
		String outreach = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(get("/api/shortlists/" + list).with(TestUsers.as(outreach))).andExpect(jsonPath("$.size").value(2));
		mvc.perform(delete("/api/shortlists/" + list + "/items/x:hub").with(TestUsers.as(outreach)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/networks/" + network + "/rankings").with(TestUsers.as(outreach))
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(delete("/api/shortlists/" + list + "/items/x:hub").with(admin())).andExpect(jsonPath("$.size").value(1));
		mvc.perform(delete("/api/shortlists/" + list).with(admin())).andExpect(status().isNoContent());
		mvc.perform(get("/api/shortlists/" + list).with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theTableAndTheProfilePageTellWhichProfilesAreAlreadyShortlisted() throws Exception {
		String run = rank("{}");
		String list = JsonPath.read(mvc.perform(post("/api/shortlists").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Already picked\",\"networkId\":\"" + network + "\"}"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/shortlists/" + list + "/items").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"profileIds\":[\"x:gus\",\"x:ivy\"],\"note\":\"met at the fair\"}"))
			.andExpect(jsonPath("$.size").value(2));
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("shortlisted", "true").param("sort", "label").with(admin()))
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].label", contains("gus", "ivy")));
		mvc.perform(get("/api/rankings/" + run + "/profiles").param("shortlisted", "false").param("size", "100").with(admin()))
			.andExpect(jsonPath("$.page.totalElements").value(38))
			.andExpect(jsonPath("$.content[*].label", not(hasItem("gus"))));
		mvc.perform(get("/api/shortlists/containing").param("profileId", "x:gus").with(TestUsers.as(TestUsers.create(mvc, "OUTREACH"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(list))
			.andExpect(jsonPath("$[0].name").value("Already picked"))
			.andExpect(jsonPath("$[0].note").value("met at the fair"));
		mvc.perform(get("/api/shortlists/containing").param("profileId", "x:ann").with(admin()))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/shortlists/containing").with(admin())).andExpect(status().isBadRequest());
		mvc.perform(delete("/api/shortlists/" + list).with(admin())).andExpect(status().isNoContent());
	}

	private String rank(String request) throws Exception {
		String body = mvc.perform(post("/api/networks/" + network + "/rankings").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		String run = JsonPath.read(body, "$.id");
		awaitJob(JsonPath.read(body, "$.jobId"));
		return run;
	}

	private void awaitJob(String job) throws Exception {
		long deadline = System.currentTimeMillis() + 30_000;
		while (true) {
			String body = mvc.perform(get("/api/jobs/" + job).with(admin())).andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (status.equals("COMPLETED")) {
				return;
			}
			if (status.equals("FAILED") || status.equals("CANCELLED") || System.currentTimeMillis() > deadline) {
				throw new AssertionError("job " + status + ": " + body);
			}
			Thread.sleep(30);
		}
	}

}
