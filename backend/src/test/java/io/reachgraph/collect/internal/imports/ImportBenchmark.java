package io.reachgraph.collect.internal.imports;

import io.reachgraph.ReachgraphApplication;
import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.NetworkSummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Import benchmark (not a test): generates a directed scale-free follower graph, writes it as a CSV edge list, and
 * imports it through the same job and code path as an upload, into the embedded store (H2 file or memory backend)
 * or into any MongoDB given by {@code --mongo-uri}. Prints generation time, import time, edges per second, the
 * load-back time and peak heap. Run it with {@code scripts/benchmark-import.sh} (see README).
 */
public final class ImportBenchmark {

	public static void main(String[] args) throws Exception {
		int nodes = 1_000_000;
		long edges = 10_000_000;
		String backend = "h2";
		String mongoUri = null;
		boolean rank = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--nodes" -> nodes = Integer.parseInt(args[++i].replace("_", ""));
				case "--edges" -> edges = Long.parseLong(args[++i].replace("_", ""));
				case "--backend" -> backend = args[++i];
				case "--mongo-uri" -> mongoUri = args[++i];
				case "--rank" -> rank = true;
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ " (use --nodes N --edges M [--backend h2|memory] [--mongo-uri mongodb://...])");
			}
		}
		Path dir = Files.createTempDirectory("reachgraph-import-bench");
		Path csv = dir.resolve("edges.csv");
		long t0 = System.nanoTime();
		long written = scaleFree(csv, nodes, edges, 42);
		double generate = seconds(t0);
		System.out.printf("generated  %,d nodes, %,d edges (%,d MB CSV) in %.1f s%n", nodes, written,
				Files.size(csv) >> 20, generate);

		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--reachgraph.mail.smtp-port=0", "--reachgraph.mail.imap-port=0",
				"--reachgraph.jobs.upload-dir=" + dir.resolve("uploads"),
				"--reachgraph.identity.admin-email=bench@example.test",
				"--reachgraph.identity.admin-password=benchmark-password"));
		String target;
		if (mongoUri != null) {
			arguments.addAll(List.of("--reachgraph.mongo.embedded=false", "--reachgraph.mail.embedded=false",
					"--spring.mongodb.uri=" + mongoUri));
			target = "MongoDB at " + mongoUri;
		}
		else {
			arguments.addAll(List.of("--reachgraph.mongo.port=0", "--reachgraph.mongo.backend=" + backend,
					"--reachgraph.mongo.data-dir=" + dir.resolve("db")));
			target = "embedded MongoDB (" + backend + " backend)";
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReachgraphApplication.class)
			.run(arguments.toArray(String[]::new))) {
			GraphStore graphs = app.getBean(GraphStore.class);
			String network = graphs.createNetwork("benchmark " + System.currentTimeMillis(), null, "benchmark").id();
			String upload;
			try (InputStream in = Files.newInputStream(csv)) {
				upload = app.getBean(UploadStore.class).save(in);
			}
			resetPeaks();
			long t1 = System.nanoTime();
			Document params = new Document("uploadId", upload).append("originalName", "edges.csv")
				.append("format", "CSV_EDGES").append("platform", "other").append("defaultKind", "FOLLOWS");
			String job = app.getBean(JobService.class).create(JobType.IMPORT, network, "benchmark", params, Files.size(csv)).getId();
			MongoTemplate mongo = app.getBean(MongoTemplate.class);
			Job done;
			while (true) {
				done = mongo.findById(job, Job.class);
				if (done.getStatus().finished()) {
					break;
				}
				Thread.sleep(100);
			}
			double imported = seconds(t1);
			if (done.getStatus() != JobStatus.COMPLETED) {
				throw new IllegalStateException("import " + done.getStatus() + ": " + done.getMessage());
			}
			long importHeap = peakHeap();
			NetworkSummary summary = graphs.network(network);
			long t2 = System.nanoTime();
			NetworkGraph graph = graphs.load(network);
			double load = seconds(t2);
			System.out.printf("target     %s%n", target);
			System.out.printf("imported   %,d edges, %,d profiles in %.1f s: %,.0f edges/s (job %s, %d attempt(s))%n",
					summary.edgeCount(), summary.profileCount(), imported, summary.edgeCount() / imported,
					done.getStatus(), done.getAttempts());
			System.out.printf("load back  %,d edges from MongoDB in %.1f s%n", graph.edgeCount(), load);
			System.out.printf("peak heap  %,d MB during the import (max heap %,d MB)%n", importHeap >> 20,
					Runtime.getRuntime().maxMemory() >> 20);
			System.out.printf("ratio      import rate / 100k edges/s target = %.2f%n", summary.edgeCount() / imported / 100_000);
			if (rank) {
				resetPeaks();
				long t3 = System.nanoTime();
				var run = app.getBean(io.reachgraph.ranking.internal.RankingService.class)
					.start(network, "benchmark", new io.reachgraph.ranking.RankingParameters(null, null, 0, null, null, null,
							null, null, 0), "benchmark");
				Job ranking;
				while (true) {
					ranking = mongo.findById(run.getJobId(), Job.class);
					if (ranking.getStatus().finished()) {
						break;
					}
					Thread.sleep(100);
				}
				double ranked = seconds(t3);
				var done2 = app.getBean(io.reachgraph.ranking.internal.RankingService.class).get(run.getId());
				System.out.printf("ranking    %s in %.1f s (default run: all metrics, betweenness %s), peak heap %,d MB%n",
						ranking.getStatus(), ranked, done2.getStats().get("betweennessExact") == Boolean.TRUE ? "exact" : "sampled",
						peakHeap() >> 20);
				System.out.printf("  stats    %s%n", done2.getStats());
			}
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/**
	 * Directed preferential attachment (Price's model): node i follows m existing nodes, picked with probability
	 * proportional to in-degree + 1, by sampling from the list of earlier edge targets or uniformly. O(edges).
	 */
	public static long scaleFree(Path file, int nodes, long edges, long seed) throws IOException {
		int m = (int) Math.max(1, edges / nodes);
		SplittableRandom random = new SplittableRandom(seed);
		int[] targets = new int[(int) Math.min(Integer.MAX_VALUE - 8, (long) nodes * m + 16)];
		int filled = 0;
		long written = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE)) {
			out.write("source,target\n");
			StringBuilder line = new StringBuilder(32);
			for (int i = 1; i < nodes; i++) {
				int links = Math.min(m, i);
				for (int k = 0; k < links; k++) {
					int target = filled > 0 && random.nextInt(2) == 0 ? targets[random.nextInt(filled)] : random.nextInt(i);
					if (target == i) {
						continue;
					}
					line.setLength(0);
					line.append('u').append(i).append(",u").append(target).append('\n');
					out.append(line);
					if (filled < targets.length) {
						targets[filled++] = target;
					}
					written++;
				}
			}
		}
		return written;
	}

	private static final java.util.concurrent.atomic.AtomicLong PEAK_LIVE = new java.util.concurrent.atomic.AtomicLong();

	private static volatile boolean listening;

	/**
	 * The most heap still in use right after a garbage collection since the last {@link #resetPeaks()}: what the
	 * work really needed live. (Summed pool peaks, {@link #peakHeap()}, overstate it: the pools peak at different
	 * moments.)
	 */
	public static long peakLiveHeap() {
		return PEAK_LIVE.get();
	}

	private static synchronized void listen() {
		if (listening) {
			return;
		}
		listening = true;
		for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
					.equals(notification.getType())) {
					return;
				}
				var info = com.sun.management.GarbageCollectionNotificationInfo
					.from((javax.management.openmbean.CompositeData) notification.getUserData());
				long used = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
					var after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
					if (pool.getType() == MemoryType.HEAP && after != null) {
						used += after.getUsed();
					}
				}
				PEAK_LIVE.accumulateAndGet(used, Math::max);
			}, null, null);
		}
	}

	public static void resetPeaks() {
		listen();
		PEAK_LIVE.set(0);
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	public static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private ImportBenchmark() {
	}

}
