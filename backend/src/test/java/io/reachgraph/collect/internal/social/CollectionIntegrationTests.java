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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A strategist collects graphs from Bluesky, Mastodon and partner sites. The networks are loopback servers serving
 * fixtures written from the lexicons, the Mastodon API docs, and a tiny web site.
 */
@IntegrationTest
class CollectionIntegrationTests {

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

	static final FixtureServer mastodon = FixtureServer.start();

	static {
		String followers = "/api/v1/accounts/109347/followers";
		mastodon.on("/api/v2/instance").reply(json("mastodon/instance.json"));
		mastodon.on("/api/v1/accounts/lookup").reply(json("mastodon/account-alice.json"));
		mastodon.on(followers).reply(FixtureServer.Reply.status(200, "mastodon/followers-1.json", "Link",
				"<" + mastodon.uri() + followers + "?limit=80&max_id=7486869>; rel=\"next\""));
		mastodon.on(followers, "max_id=7486869").reply(FixtureServer.Reply.status(200, "mastodon/followers-2.json"));
		mastodon.on("/api/v1/accounts/109347/following").reply(json("mastodon/following-1.json"));
	}

	/** A partner site: home, contact and write-for-us pages, links out to other domains (one nofollow, one sponsored). */
	static final com.sun.net.httpserver.HttpServer site = site();

	static com.sun.net.httpserver.HttpServer site() {
		try {
			var server = com.sun.net.httpserver.HttpServer.create(
					new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
			java.util.Map<String, String> pages = java.util.Map.of("/robots.txt", "User-agent: *\nDisallow: /private\n",
					"/", "<html><head><title>Roast Weekly</title><meta name=description content='Coffee reviews'>"
							+ "<link rel=alternate type='application/rss+xml' href='/feed.xml'></head><body>"
							+ "<a href='/contact'>Contact us</a> <a href='/write-for-us'>Write for us</a>"
							+ "<a href='https://beans.example/guide'>beans</a> <a rel=nofollow href='https://ads.example/'>ad</a>"
							+ "<a href='/private/x'>secret</a></body></html>",
					"/contact", "<html><body><a href='mailto:editor@roast.example'>mail</a>"
							+ "<a href='https://beans.example/'>beans again</a></body></html>",
					"/write-for-us", "<html><body>Pitch us <a rel='sponsored' href='https://shop.example/'>shop</a></body></html>");
			server.createContext("/", exchange -> {
				String body = pages.get(exchange.getRequestURI().getPath());
				byte[] bytes = (body == null ? "not found" : body).getBytes(java.nio.charset.StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type",
						exchange.getRequestURI().getPath().endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
				exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
				exchange.getResponseBody().write(bytes);
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("reachgraph.collect.bluesky.base-url", () -> appView.uri().toString());
		registry.add("reachgraph.collect.bluesky.requests-per-second", () -> "1000");
		registry.add("reachgraph.collect.mastodon.requests-per-second", () -> "1000");
		registry.add("reachgraph.collect.crawler.allow-private-addresses", () -> "true");
		registry.add("reachgraph.collect.crawler.crawl-delay", () -> "0s");
		registry.add("reachgraph.collect.crawler.allowed-ports", () -> String.valueOf(site.getAddress().getPort()));
	}

	@AfterAll
	static void stop() {
		appView.close();
		mastodon.close();
		site.stop(0);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	GraphStore graphs;

	@Autowired
	org.springframework.data.mongodb.core.MongoTemplate mongo;

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
	void collectsAMastodonAccountsFollowersAndFollowsAcrossLinkHeaderPages() throws Exception {
		String network = network();
		String job = start(network, """
				{"source":"MASTODON","instance":"%s","seeds":["@alice@mastodon.example"],"depth":0}""".formatted(mastodon.uri()));
		awaitStatus(job, "COMPLETED");
		NetworkGraph graph = graphs.load(network);
		assertThat(graph.profileIds()).contains("mastodon:alice@mastodon.example", "mastodon:bob@other.example");
		assertThat(graph.edges(EdgeKind.FOLLOWS).size()).isGreaterThanOrEqualTo(3);
		assertThat(mastodon.requests("/api/v1/accounts/109347/followers")).hasSize(2);
	}

	@Test
	void crawlsAPartnerSiteIntoALinksGraphWithItsPartnerSignals() throws Exception {
		String network = network();
		String seed = "http://127.0.0.1:" + site.getAddress().getPort() + "/";
		String job = start(network, "{\"source\":\"CRAWL\",\"seeds\":[\"" + seed + "\"],\"maxPagesPerDomain\":10}");
		String done = awaitStatus(job, "COMPLETED");
		assertThat(JsonPath.<Integer>read(done, "$.progress.pages")).isEqualTo(4);
		NetworkGraph graph = graphs.load(network);
		int from = graph.profileIds().indexOf("web:127.0.0.1");
		assertThat(from).isNotNegative();
		NetworkGraph.Edges links = graph.edges(EdgeKind.LINKS);
		java.util.Map<String, int[]> out = new java.util.HashMap<>();
		for (int i = 0; i < links.size(); i++) {
			if (links.source()[i] == from) {
				out.put(graph.profileIds().get(links.target()[i]),
						new int[] { links.weight()[i], links.nofollow()[i], links.sponsored()[i] });
			}
		}
		assertThat(out).containsOnlyKeys("web:beans.example", "web:ads.example", "web:shop.example");
		assertThat(out.get("web:beans.example")).containsExactly(2, 0, 0);
		assertThat(out.get("web:ads.example")).containsExactly(1, 1, 0);
		assertThat(out.get("web:shop.example")).containsExactly(1, 0, 1);
		org.bson.Document profile = mongo.findById("web:127.0.0.1", org.bson.Document.class, "profiles");
		org.bson.Document signals = profile.get("site", org.bson.Document.class);
		assertThat(signals.getString("title")).isEqualTo("Roast Weekly");
		assertThat(signals.getString("contactUrl")).endsWith("/contact");
		assertThat(signals.getString("guestPostUrl")).endsWith("/write-for-us");
		assertThat(signals.getList("emails", String.class)).containsExactly("editor@roast.example");
		assertThat(signals.getList("feeds", String.class)).singleElement().asString().endsWith("/feed.xml");
	}

	@Test
	void sitesLinkedFromProfilesSeedACrawl() throws Exception {
		String network = network();
		String profiles = "handle,display_name,website\nroaster,Roaster,http://127.0.0.1:" + site.getAddress().getPort()
				+ "/about\nother,Other,https://bsky.app/profile/other\n";
		String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/networks/" + network + "/imports")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "profiles.csv", "text/csv", profiles.getBytes()))
			.with(admin())).andReturn().getResponse().getContentAsString();
		awaitStatus(JsonPath.read(body, "$.id"), "COMPLETED");
		String job = start(network, "{\"source\":\"CRAWL\",\"seedsFromProfileLinks\":true,\"maxPagesPerDomain\":2}");
		String done = awaitStatus(job, "COMPLETED");
		assertThat(JsonPath.<List<String>>read(done, "$.parameters.seeds"))
			.containsExactly("http://127.0.0.1:" + site.getAddress().getPort() + "/");
		assertThat(JsonPath.<Integer>read(done, "$.progress.pages")).isEqualTo(2);
		mvc.perform(post("/api/networks/" + network() + "/collections").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\":\"CRAWL\",\"seedsFromProfileLinks\":true}"))
			.andExpect(status().isUnprocessableContent());
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
