package io.reachgraph.collect.internal.social;

import static io.reachgraph.TestUsers.admin;
import static io.reachgraph.collect.internal.social.FixtureServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A strategist collects a seed's Bluesky graph; the AppView is a loopback server serving lexicon-shaped fixtures. */
@IntegrationTest
class BlueskyCollectionIntegrationTests {

	static final FixtureServer appView = FixtureServer.start();

	static {
		appView.on("/xrpc/app.bsky.actor.getProfile").reply(json("bluesky/profile-alice.json"));
		appView.on("/xrpc/app.bsky.graph.getFollowers").reply(json("bluesky/followers-1.json"));
		appView.on("/xrpc/app.bsky.graph.getFollowers", "cursor=3kcursorpage2")
			.reply(FixtureServer.Reply.after(Duration.ofMillis(400), json("bluesky/followers-2.json")));
		appView.on("/xrpc/app.bsky.graph.getFollowers", "cursor=3kcursorpage3").reply(json("bluesky/followers-3.json"));
		appView.on("/xrpc/app.bsky.graph.getFollows").reply(json("bluesky/follows-1.json"));
		appView.on("/xrpc/app.bsky.feed.getAuthorFeed").reply(json("bluesky/author-feed-1.json"));
		appView.on("/xrpc/app.bsky.feed.getAuthorFeed", "cursor=2025-02-28").reply(json("bluesky/author-feed-2.json"));
	}

	@DynamicPropertySource
	static void appView(DynamicPropertyRegistry registry) {
		registry.add("reachgraph.collect.bluesky.base-url", () -> appView.uri().toString());
		registry.add("reachgraph.collect.bluesky.requests-per-second", () -> "1000");
	}

	@AfterAll
	static void stop() {
		appView.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	GraphStore graphs;

	static final String REQUEST = """
			{"source":"BLUESKY","seeds":["alice.example.com"],"depth":0,
			 "collect":["FOLLOWERS","FOLLOWING","INTERACTIONS"]}""";

	@Test
	void collectsASeedsFollowersFollowsRepostsAndMentions() throws Exception {
		String network = network();
		String job = start(network, REQUEST);
		String done = awaitStatus(job, "COMPLETED");
		assertThat(JsonPath.<Integer>read(done, "$.progress.accounts")).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(done, "$.progress.requests")).isGreaterThanOrEqualTo(7);
		NetworkGraph graph = graphs.load(network);
		String alice = "bluesky:did:plc:alice7xq2kd4nb5wuzaeh3vqa";
		int a = graph.profileIds().indexOf(alice);
		assertThat(a).isNotNegative();
		NetworkGraph.Edges follows = graph.edges(EdgeKind.FOLLOWS);
		long followers = 0;
		long following = 0;
		for (int i = 0; i < follows.size(); i++) {
			followers += follows.target()[i] == a ? 1 : 0;
			following += follows.source()[i] == a ? 1 : 0;
		}
		assertThat(followers).isEqualTo(5);
		assertThat(following).isEqualTo(1);
		assertThat(graph.edges(EdgeKind.REPOSTS).size() + graph.edges(EdgeKind.MENTIONS).size()).isPositive();
		mvc.perform(get("/api/networks/" + network).with(admin()))
			.andExpect(jsonPath("$.edgeCounts.follows").value(6))
			.andExpect(jsonPath("$.lastCollectedAt").exists());
	}

	@Test
	void aPausedCollectionResumesToTheSameGraphAsAnUninterruptedOne() throws Exception {
		String reference = network();
		awaitStatus(start(reference, REQUEST), "COMPLETED");

		String network = network();
		String job = start(network, REQUEST);
		long deadline = System.currentTimeMillis() + 10_000;
		while (appView.requests("/xrpc/app.bsky.graph.getFollowers").stream().noneMatch(r -> r.query() != null
				&& r.query().contains("3kcursorpage2") && r.query().length() > 0) && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		mvc.perform(post("/api/jobs/" + job + "/pause").with(admin())).andExpect(status().isOk());
		String paused = awaitStatus(job, "PAUSED");
		assertThat(JsonPath.<Integer>read(paused, "$.progress.edges")).isLessThan(6);
		mvc.perform(post("/api/jobs/" + job + "/resume").with(admin())).andExpect(status().isOk());
		awaitStatus(job, "COMPLETED");

		assertThat(edges(network)).isEqualTo(edges(reference));
	}

	@Test
	void seedsAndOptionsAreValidated() throws Exception {
		String network = network();
		mvc.perform(post("/api/networks/" + network + "/collections").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":\"MASTODON\",\"seeds\":[],\"depth\":7,\"collect\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("seeds", "depth", "instance", "collect")));
		mvc.perform(post("/api/networks/" + network + "/collections").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":\"CRAWL\",\"seeds\":[\"not a domain\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("seeds"));
	}

	private Set<String> edges(String network) {
		NetworkGraph graph = graphs.load(network);
		Set<String> edges = new HashSet<>();
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges e = graph.edges(kind);
			for (int i = 0; i < e.size(); i++) {
				edges.add(kind + " " + graph.profileIds().get(e.source()[i]) + " " + graph.profileIds().get(e.target()[i])
						+ " " + e.weight()[i]);
			}
		}
		return edges;
	}

	private String network() throws Exception {
		String body = mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Bluesky " + UUID.randomUUID() + "\"}")).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String start(String network, String request) throws Exception {
		String body = mvc.perform(post("/api/networks/" + network + "/collections").with(admin())
			.contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	private String awaitStatus(String job, String wanted) throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		while (true) {
			String body = mvc.perform(get("/api/jobs/" + job).with(admin())).andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (status.equals(wanted)) {
				return body;
			}
			if (System.currentTimeMillis() > deadline || (!status.equals("RUNNING") && !status.equals("QUEUED")
					&& !status.equals("PAUSED"))) {
				throw new AssertionError("job is " + status + ", expected " + wanted + ": " + body);
			}
			Thread.sleep(50);
		}
	}

}
