package io.reachgraph.collect;

import static io.reachgraph.TestUsers.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.reachgraph.IntegrationTest;
import io.reachgraph.TestUsers;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A strategist imports files into a network through the API, as a script or the UI would. */
@IntegrationTest
class ImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	static final String EDGES = """
			source,target,kind,weight
			alice,bob,follows,1
			bob,carol,follows,1
			carol,alice,follows,1
			dave,alice,mentions,4
			,bob,follows,1
			alice,alice,follows,1
			erin,alice,befriends,1
			site-a.com,site-b.com,links,3
			""";

	@Test
	void importsACsvEdgeListReportsRejectedRowsAndExportsIt() throws Exception {
		String network = createNetwork();
		String job = upload(network, "edges.csv", EDGES);
		String done = awaitFinished(job);
		assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("COMPLETED");
		assertThat(JsonPath.<Integer>read(done, "$.progress.rejected")).isEqualTo(3);
		assertThat(JsonPath.<Integer>read(done, "$.progress.edgesRead")).isEqualTo(5);
		assertThat(JsonPath.<Integer>read(done, "$.percent")).isEqualTo(100);
		assertThat(JsonPath.<Boolean>read(done, "$.hasRejectedRows")).isTrue();
		assertThat(JsonPath.<String>read(done, "$.errors[0].message")).isEqualTo("line 6: source is empty");

		mvc.perform(get("/api/networks/" + network).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.profileCount").value(6))
			.andExpect(jsonPath("$.edgeCounts.follows").value(3))
			.andExpect(jsonPath("$.edgeCounts.mentions").value(1))
			.andExpect(jsonPath("$.edgeCounts.links").value(1))
			.andExpect(jsonPath("$.edgeCount").value(5))
			.andExpect(jsonPath("$.lastCollectedAt").exists());

		String rejected = mvc.perform(get("/api/jobs/" + job + "/rejected").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsString();
		assertThat(rejected.lines()).containsExactly("line,reason,record", "6,source is empty,\",bob,follows,1\"",
				"7,source and target are the same (self-loop),\"alice,alice,follows,1\"",
				"8,\"unknown edge kind 'befriends' (use follows, reposts, mentions or links)\",\"erin,alice,befriends,1\"");

		String csv = download("/api/networks/" + network + "/export");
		assertThat(csv.lines()).contains("alice,bob,follows,1,,,,other,other", "dave,alice,mentions,4,,,,other,other",
				"site-a.com,site-b.com,links,3,0,0,0,other,other");
		String gexf = download("/api/networks/" + network + "/export?format=gexf");
		assertThat(gexf).contains("<node id=\"other:alice\" label=\"alice\"").contains("kind=\"mentions\" weight=\"4\"");
	}

	@Test
	void importingTheSameFileAgainDuplicatesNothing() throws Exception {
		String network = createNetwork();
		awaitFinished(upload(network, "edges.csv", EDGES));
		String second = awaitFinished(upload(network, "edges.csv", EDGES));
		assertThat(JsonPath.<String>read(second, "$.status")).isEqualTo("COMPLETED");
		mvc.perform(get("/api/networks/" + network).with(admin()))
			.andExpect(jsonPath("$.profileCount").value(6))
			.andExpect(jsonPath("$.edgeCount").value(5));
	}

	@Test
	void anExportedNetworkImportsBackToTheSameGraph() throws Exception {
		String first = createNetwork();
		awaitFinished(upload(first, "edges.csv", EDGES));
		String gexf = download("/api/networks/" + first + "/export?format=gexf");
		String second = createNetwork();
		String done = awaitFinished(upload(second, "round-trip.gexf", gexf));
		assertThat(JsonPath.<String>read(done, "$.status")).isEqualTo("COMPLETED");
		mvc.perform(get("/api/networks/" + second).with(admin()))
			.andExpect(jsonPath("$.profileCount").value(6))
			.andExpect(jsonPath("$.edgeCounts.follows").value(3))
			.andExpect(jsonPath("$.edgeCounts.mentions").value(1))
			.andExpect(jsonPath("$.edgeCounts.links").value(1));
	}

	@Test
	void unusableFilesAreRefusedWithAClearProblem() throws Exception {
		String network = createNetwork();
		mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0])).with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("/problems/invalid-graph-file"))
			.andExpect(jsonPath("$.detail").value("The file is empty."));
		mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", "photo.csv", "text/csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 }))
			.with(admin()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("binary")));
		mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n".getBytes())).param("platform", "Not Valid!")
			.with(admin()))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/networks/nope/imports")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n".getBytes())).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("/problems/network-not-found"));
		mvc.perform(multipart("/api/networks/" + network + "/imports").with(admin()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void outreachStaffCanReadButNotImport() throws Exception {
		String network = createNetwork();
		String outreach = TestUsers.create(mvc, "OUTREACH");
		mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n".getBytes())).with(TestUsers.as(outreach)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/networks").with(TestUsers.as(outreach)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"mine\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/networks/" + network).with(TestUsers.as(outreach))).andExpect(status().isOk());
	}

	@Test
	void aTwoGigabyteUploadIsRefusedBeforeItIsSent() throws Exception {
		String network = createNetwork();
		String credentials = Base64.getEncoder()
			.encodeToString((TestUsers.ADMIN_EMAIL + ":" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
		// what curl -F file=@big.csv sends first: the headers, then it waits for "100 Continue"
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/networks/" + network + "/imports HTTP/1.1\r\n" + "Host: localhost\r\n"
					+ "Authorization: Basic " + credentials + "\r\n"
					+ "Content-Type: multipart/form-data; boundary=xyz\r\n" + "Content-Length: " + (2L << 30) + "\r\n"
					+ "Expect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 413");
			assertThat(response).contains("/problems/payload-too-large").contains("2.0 GB");
		}
	}

	@Test
	void networkNamesAreUniqueAndValidated() throws Exception {
		String name = "Niche " + UUID.randomUUID();
		mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\" " + name.toUpperCase() + " \"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("/problems/network-name-taken"));
		mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
	}

	String createNetwork() throws Exception {
		String body = mvc.perform(post("/api/networks").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Test " + UUID.randomUUID() + "\",\"description\":\"from a test\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String upload(String network, String name, String content) throws Exception {
		String body = mvc.perform(multipart("/api/networks/" + network + "/imports")
			.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
			.with(admin()))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(202))
			.andExpect(header().exists("Location"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Exports stream their body: MockMvc completes them with an async dispatch. */
	String download(String url) throws Exception {
		org.springframework.test.web.servlet.MvcResult started = mvc.perform(get(url).with(admin()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
			.andReturn();
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	String awaitFinished(String job) throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		while (true) {
			String body = mvc.perform(get("/api/jobs/" + job).with(admin())).andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (status.equals("COMPLETED") || status.equals("FAILED") || status.equals("CANCELLED")) {
				return body;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("job did not finish: " + body);
			}
			Thread.sleep(50);
		}
	}

}
