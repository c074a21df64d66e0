package io.reachgraph.collect.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.ReachgraphApplication;
import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The app stops in the middle of an import (a restart, or a crash that leaves the job and the network's write lease
 * held by a dead worker and half a flush in the store); on the next start the job resumes from its checkpoint and
 * the network ends up exactly as after an uninterrupted import. Real app contexts on the H2-file embedded MongoDB.
 */
class ImportRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void aRestartedImportEndsWithTheSameGraphAsAnUninterruptedOne() throws Exception {
		Path csv = edgeList(dataDir.resolve("edges.csv"), 150_000);
		String network;
		String job;
		try (ConfigurableApplicationContext first = start()) {
			network = first.getBean(GraphStore.class).createNetwork("Interrupted", null, "test").id();
			job = startImport(first, network, csv);
			Job running = awaitJob(first, job, j -> j.getProgress().getOrDefault("records", 0L) > 0);
			assertThat(running.getStatus()).isEqualTo(JobStatus.RUNNING);
		}
		try (ConfigurableApplicationContext second = start()) {
			Job done = awaitJob(second, job, j -> j.getStatus().finished());
			assertThat(done.getStatus()).isEqualTo(JobStatus.COMPLETED);
			// it was stopped half-way by the restart and continued by the new start
			assertThat(done.getAttempts()).isEqualTo(2);
			String reference = importUninterrupted(second, csv);
			assertThat(edges(second, network)).isEqualTo(edges(second, reference)).hasSize(150_000 - 1_500);
			assertThat(rejectedLines(second, job)).isEqualTo(1_500 + 1);
		}
	}

	@Test
	void aCrashedImportIsTakenOverAfterItsLeaseAndHalfAFlushIsOverwritten() throws Exception {
		Path csv = edgeList(dataDir.resolve("edges.csv"), 60_000);
		try (ConfigurableApplicationContext app = start()) {
			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			GraphStore graphs = app.getBean(GraphStore.class);
			String network = graphs.createNetwork("Crashed", null, "test").id();
			String job = startImport(app, network, csv);
			awaitJob(app, job, j -> j.getProgress().getOrDefault("records", 0L) > 0);
			app.getBean(JobService.class).pause(job);
			Job paused = awaitJob(app, job, j -> j.getStatus() == JobStatus.PAUSED);
			assertThat(paused.getProgress().get("records")).isLessThan(60_000L);
			// make it look like a worker died mid-flush: job and network held by it, a segment written but not committed
			Document networkDoc = mongo.findById(network, Document.class, "networks");
			int segments = networkDoc.getInteger("segmentCount");
			mongo.save(new Document("_id", network + ":" + segments).append("networkId", network)
				.append("seq", segments).append("kind", "FOLLOWS").append("count", 1)
				.append("src", new Binary(new byte[] { 0, 0, 0, 0 })).append("dst", new Binary(new byte[] { 1, 0, 0, 0 }))
				.append("w", new Binary(new byte[] { 99, 0, 0, 0 })), "graph_edges");
			mongo.updateFirst(Query.query(Criteria.where("_id").is(network)),
					new Update().set("writer", "dead-worker").set("writerLeaseUntil", Instant.now().minusSeconds(1)), "networks");
			mongo.updateFirst(Query.query(Criteria.where("_id").is(job)), new Update().set("status", JobStatus.RUNNING)
				.set("owner", "dead-worker").set("leaseUntil", Instant.now().minusSeconds(1)), Job.class);

			Job done = awaitJob(app, job, j -> j.getStatus().finished());
			assertThat(done.getStatus()).isEqualTo(JobStatus.COMPLETED);
			assertThat(done.getAttempts()).isGreaterThanOrEqualTo(2);
			String reference = importUninterrupted(app, csv);
			assertThat(edges(app, network)).isEqualTo(edges(app, reference));
		}
	}

	/** A CSV edge list with every 100th row broken (empty target). */
	static Path edgeList(Path file, int rows) throws IOException {
		Random random = new Random(42);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("source,target,kind,weight\n");
			for (int i = 0; i < rows; i++) {
				String kind = i % 7 == 0 ? "mentions" : "follows";
				out.write("u" + i + ",");
				out.write(i % 100 == 99 ? "" : "u" + (i + 1 + random.nextInt(5000)));
				out.write("," + kind + "," + (1 + i % 3) + "\n");
			}
		}
		return file;
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ReachgraphApplication.class).run("--server.port=0",
				"--reachgraph.mongo.port=0", "--reachgraph.mongo.backend=h2",
				"--reachgraph.mongo.data-dir=" + dataDir.resolve("db"), "--reachgraph.mail.smtp-port=0",
				"--reachgraph.mail.imap-port=0", "--reachgraph.jobs.upload-dir=" + dataDir.resolve("uploads"),
				"--reachgraph.jobs.checkpoint-every=20ms", "--reachgraph.jobs.lease=2s",
				"--reachgraph.jobs.poll-interval=100ms", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--reachgraph.identity.admin-email=admin@example.test",
				"--reachgraph.identity.admin-password=a-long-admin-password");
	}

	private static String startImport(ConfigurableApplicationContext app, String network, Path csv) throws IOException {
		UploadStore uploads = app.getBean(UploadStore.class);
		String upload;
		try (InputStream in = Files.newInputStream(csv)) {
			upload = uploads.save(in);
		}
		Document params = new Document("uploadId", upload).append("originalName", "edges.csv")
			.append("format", "CSV_EDGES").append("platform", "other").append("defaultKind", "FOLLOWS");
		return app.getBean(JobService.class).create(JobType.IMPORT, network, "test", params, Files.size(csv)).getId();
	}

	private static String importUninterrupted(ConfigurableApplicationContext app, Path csv) throws Exception {
		String network = app.getBean(GraphStore.class).createNetwork("Reference " + System.nanoTime(), null, "test").id();
		String job = startImport(app, network, csv);
		assertThat(awaitJob(app, job, j -> j.getStatus().finished()).getStatus()).isEqualTo(JobStatus.COMPLETED);
		return network;
	}

	private static Job awaitJob(ConfigurableApplicationContext app, String id, Predicate<Job> condition)
			throws InterruptedException {
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			Job job = mongo.findById(id, Job.class);
			if (job != null && condition.test(job)) {
				return job;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("job " + id + " did not get there: " + mongo.findById(id, Job.class).getStatus());
	}

	private static Set<String> edges(ConfigurableApplicationContext app, String network) {
		NetworkGraph graph = app.getBean(GraphStore.class).load(network);
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

	private static long rejectedLines(ConfigurableApplicationContext app, String job) throws IOException {
		try (var lines = Files.lines(app.getBean(UploadStore.class).rejected(job))) {
			return lines.count();
		}
	}

}
