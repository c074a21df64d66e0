package io.reachgraph.ranking.internal;

import io.reachgraph.ReachgraphApplication;
import io.reachgraph.collect.internal.imports.ImportBenchmark;
import io.reachgraph.collect.internal.imports.UploadStore;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobService;
import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import io.reachgraph.ranking.RankingParameters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ranking benchmark (not a test). For each graph size it generates a directed scale-free follower graph, imports it
 * into MongoDB through the upload job, then runs a complete default ranking run as a job (personalised PageRank from
 * 20 seeds; betweenness exact on the smallest graph, sampled above {@link RankingParameters#EXACT_BETWEENNESS_LIMIT}
 * nodes) and prints the time to load the graph from MongoDB, each metric, writing the snapshot, and peak heap. On the
 * very same edge list it runs igraph (Debian's {@code python3-igraph}, when installed) and prints igraph's PageRank
 * (PRPACK), coreness and, on graphs up to {@code --igraph-betweenness-max-edges}, exact betweenness, each as a ratio
 * against ours measured in the same run. Run it with {@code scripts/benchmark-ranking.sh} (see README).
 */
public final class RankingBenchmark {

	public static void main(String[] args) throws Exception {
		List<long[]> sizes = new ArrayList<>(List.of(new long[] { 10_000, 100_000 }, new long[] { 100_000, 1_000_000 },
				new long[] { 1_000_000, 10_000_000 }));
		String backend = "h2";
		String mongoUri = null;
		String python = "/usr/bin/python3";
		long igraphBetweennessMaxEdges = 200_000;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--sizes" -> {
					sizes.clear();
					for (String size : args[++i].split(",")) {
						String[] parts = size.replace("_", "").split(":");
						sizes.add(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
					}
				}
				case "--backend" -> backend = args[++i];
				case "--mongo-uri" -> mongoUri = args[++i];
				case "--python" -> python = args[++i];
				case "--igraph-betweenness-max-edges" -> igraphBetweennessMaxEdges = Long.parseLong(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i] + " (use [--sizes NODES:EDGES,...]"
						+ " [--backend h2|memory] [--mongo-uri mongodb://...] [--python /usr/bin/python3]"
						+ " [--igraph-betweenness-max-edges N])");
			}
		}
		Path dir = Files.createTempDirectory("reachgraph-ranking-bench");
		Path script = Path.of("scripts", "igraph-reference.py").toAbsolutePath();
		boolean igraph = igraphAvailable(python);
		if (!igraph) {
			System.out.println("igraph     not found (" + python + " -c 'import igraph' failed): apt-get install python3-igraph"
					+ " for the reference figures");
		}
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--reachgraph.mail.smtp-port=0", "--reachgraph.mail.imap-port=0",
				"--reachgraph.jobs.upload-dir=" + dir.resolve("uploads"), "--reachgraph.jobs.workers=1",
				"--reachgraph.identity.admin-email=bench@example.test",
				"--reachgraph.identity.admin-password=benchmark-password"));
		if (mongoUri != null) {
			arguments.addAll(List.of("--reachgraph.mongo.embedded=false", "--reachgraph.mail.embedded=false",
					"--spring.mongodb.uri=" + mongoUri));
		}
		else {
			arguments.addAll(List.of("--reachgraph.mongo.port=0", "--reachgraph.mongo.backend=" + backend,
					"--reachgraph.mongo.data-dir=" + dir.resolve("db")));
		}
		System.out.printf("machine    %d cores, max heap %,d MB, %s; store: %s%n", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
				mongoUri != null ? mongoUri : "embedded MongoDB (" + backend + " backend)");
		List<String> summary = new ArrayList<>();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReachgraphApplication.class)
			.run(arguments.toArray(String[]::new))) {
			for (int s = 0; s < sizes.size(); s++) {
				int nodes = (int) sizes.get(s)[0];
				long edges = sizes.get(s)[1];
				boolean exactBetweenness = s == 0 && nodes <= 20_000;
				summary.add(benchmark(app, dir, nodes, edges, exactBetweenness, igraph ? python : null, script,
						igraphBetweennessMaxEdges));
			}
		}
		finally {
			try (var files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		System.out.println();
		System.out.println("summary");
		summary.forEach(System.out::println);
	}

	private static String benchmark(ConfigurableApplicationContext app, Path dir, int nodes, long edges,
			boolean exactBetweenness, String python, Path script, long igraphBetweennessMaxEdges) throws Exception {
		System.out.printf("%n=== %,d profiles / %,d edges%n", nodes, edges);
		Path csv = dir.resolve("edges-" + nodes + ".csv");
		long t = System.nanoTime();
		long written = ImportBenchmark.scaleFree(csv, nodes, edges, 42);
		System.out.printf("generated  %,d edges in %.1f s%n", written, seconds(t));

		GraphStore graphs = app.getBean(GraphStore.class);
		MongoTemplate mongo = app.getBean(MongoTemplate.class);
		String network = graphs.createNetwork("ranking benchmark " + nodes + " " + System.nanoTime(), null, "benchmark").id();
		String upload;
		try (InputStream in = Files.newInputStream(csv)) {
			upload = app.getBean(UploadStore.class).save(in);
		}
		t = System.nanoTime();
		Document params = new Document("uploadId", upload).append("originalName", csv.getFileName().toString())
			.append("format", "CSV_EDGES").append("platform", "other").append("defaultKind", "FOLLOWS");
		Job imported = await(mongo, app.getBean(JobService.class)
			.create(JobType.IMPORT, network, "benchmark", params, Files.size(csv)).getId());
		System.out.printf("import     %s in %.1f s%n", imported.getStatus(), seconds(t));
		Files.delete(csv);

		t = System.nanoTime();
		NetworkGraph graph = graphs.load(network);
		double load = seconds(t);
		System.out.printf("load       %,d nodes, %,d edges from MongoDB in %.2f s%n", graph.nodeCount(), graph.edgeCount(), load);
		Path edgeList = dir.resolve("edges-" + nodes + ".txt");
		writeEdgeList(graph, edgeList);
		List<String> seeds = graph.profileIds().subList(0, Math.min(20, graph.nodeCount()));
		graph = null;

		ImportBenchmark.resetPeaks();
		t = System.nanoTime();
		RankingService rankings = app.getBean(RankingService.class);
		RankingRun run = rankings.start(network, "benchmark", new RankingParameters(null, null, 0, null, null, seeds, null,
				exactBetweenness ? "EXACT" : "AUTO", 0), "benchmark");
		Job job = await(mongo, run.getJobId());
		double total = seconds(t);
		long heap = ImportBenchmark.peakHeap();
		long live = ImportBenchmark.peakLiveHeap();
		run = rankings.get(run.getId());
		Map<String, Object> stats = run.getStats();
		System.out.printf("ranking    %s in %.1f s as a job (queue to done); heap: at most %,d MB live after a GC, pool peaks"
				+ " summed %,d MB, limit %,d MB%n", job.getStatus(), total, live >> 20, heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
		for (String key : List.of("loadMillis", "scopeMillis", "pagerankMillis", "personalizedMillis", "betweennessMillis",
				"harmonicMillis", "corenessMillis", "clusteringMillis", "communitiesMillis", "totalMillis", "snapshotMillis")) {
			if (stats.get(key) instanceof Number millis) {
				System.out.printf("  %-20s %8.2f s%n", key.replace("Millis", ""), millis.doubleValue() / 1000);
			}
		}
		System.out.printf("  betweenness %s%s; %s communities, modularity %.3f%n",
				Boolean.TRUE.equals(stats.get("betweennessExact")) ? "exact" : "sampled",
				stats.get("betweennessSamples") == null ? ""
						: String.format(Locale.ROOT, " from %s sources (error bound %.3f at 95%%)", stats.get("betweennessSamples"),
								((Number) stats.get("betweennessErrorBound")).doubleValue()),
				stats.get("communities"), ((Number) stats.get("modularity")).doubleValue());
		double ours = millis(stats, "pagerankMillis");
		String line = String.format(Locale.ROOT, "%,d / %,d: ranking run %.1f s, peak live heap %,d MB; PageRank %.2f s",
				nodes, edges, total, live >> 20, ours);
		if (python != null) {
			JsonNode reference = igraph(python, script, edgeList, nodes, edges <= igraphBetweennessMaxEdges);
			double pr = reference.get("pagerankSeconds").asDouble();
			int[] top = top(app.getBean(SnapshotColumns.class).readDoubles(run.getId(), run.getAttempt(), "pagerank",
					run.getNodeCount()), 10);
			int agree = 0;
			for (JsonNode v : reference.get("pagerankTop")) {
				for (int mine : top) {
					agree += mine == v.asInt() ? 1 : 0;
				}
			}
			System.out.printf("igraph %s (read %.1f s, not counted)%n", reference.get("igraph").asString(),
					reference.get("readSeconds").asDouble());
			System.out.printf("  pagerank (PRPACK)    %8.2f s   igraph / ours = %.2fx   top-10 agreement %d/10%n", pr, pr / ours, agree);
			System.out.printf("  coreness             %8.2f s   igraph / ours = %.2fx%n", reference.get("corenessSeconds").asDouble(),
					reference.get("corenessSeconds").asDouble() / millis(stats, "corenessMillis"));
			line += String.format(Locale.ROOT, " vs igraph %.2f s (%.2fx)", pr, pr / ours);
			if (reference.has("betweennessSeconds")) {
				double b = reference.get("betweennessSeconds").asDouble();
				double mine = millis(stats, "betweennessMillis");
				System.out.printf("  betweenness (exact)  %8.2f s   igraph / ours = %.2fx%s%n", b, b / mine,
						Boolean.TRUE.equals(stats.get("betweennessExact")) ? "" : " (ours sampled)");
				line += String.format(Locale.ROOT, "; exact betweenness %.2f s vs igraph %.2f s (%.2fx)", mine, b, b / mine);
			}
		}
		Files.delete(edgeList);
		return line;
	}

	private static double millis(Map<String, Object> stats, String key) {
		return ((Number) stats.get(key)).doubleValue() / 1000;
	}

	private static int[] top(double[] values, int k) {
		Integer[] order = new Integer[values.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
		int[] top = new int[Math.min(k, order.length)];
		for (int i = 0; i < top.length; i++) {
			top[i] = order[i];
		}
		return top;
	}

	/** The follows edges as 0-based node index pairs: the graph igraph ranks is the one Reachgraph loaded. */
	private static void writeEdgeList(NetworkGraph graph, Path file) throws IOException {
		NetworkGraph.Edges follows = graph.edges(EdgeKind.FOLLOWS);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			StringBuilder line = new StringBuilder(24);
			for (int i = 0; i < follows.size(); i++) {
				line.setLength(0);
				out.append(line.append(follows.source()[i]).append(' ').append(follows.target()[i]).append('\n'));
			}
		}
	}

	private static JsonNode igraph(String python, Path script, Path edgeList, int nodes, boolean betweenness) throws Exception {
		List<String> command = new ArrayList<>(List.of(python, script.toString(), edgeList.toString(), Integer.toString(nodes)));
		if (betweenness) {
			command.add("--betweenness");
		}
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IllegalStateException("igraph reference failed: " + output);
		}
		return JsonMapper.builder().build().readTree(output);
	}

	private static boolean igraphAvailable(String python) {
		try {
			Process process = new ProcessBuilder(python, "-c", "import igraph").redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	private static Job await(MongoTemplate mongo, String jobId) throws InterruptedException {
		while (true) {
			Job job = mongo.findById(jobId, Job.class);
			if (job.getStatus().finished()) {
				if (job.getStatus() != JobStatus.COMPLETED) {
					throw new IllegalStateException("job " + job.getType() + " " + job.getStatus() + ": " + job.getMessage());
				}
				return job;
			}
			Thread.sleep(50);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private RankingBenchmark() {
	}

}
