package io.reachgraph.ranking.internal;

import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobContext;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.jobs.JobType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Computes a run and stores its snapshot under this attempt's number, then marks the run complete (the last write).
 * An interrupted run is simply computed again by the next attempt: the metrics are deterministic, and a partial
 * snapshot of an earlier attempt is never read (and is deleted once a later attempt completes).
 */
@Component
class RankingJobHandler implements JobHandler {

	private final MongoTemplate mongo;

	private final GraphStore graphs;

	private final SnapshotColumns columns;

	private final RankingComputation computation;

	private final Clock clock;

	RankingJobHandler(MongoTemplate mongo, GraphStore graphs, SnapshotColumns columns, Kernels kernels, Clock clock) {
		this.mongo = mongo;
		this.graphs = graphs;
		this.columns = columns;
		this.computation = new RankingComputation(kernels);
		this.clock = clock;
	}

	@Override
	public JobType type() {
		return JobType.RANKING;
	}

	static final class Stopped extends RuntimeException {

		Stopped() {
			super("stopped", null, false, false);
		}

	}

	@Override
	public void run(Job job, JobContext context) {
		String runId = job.getParams().getString("runId");
		RankingRun run = mongo.findById(runId, RankingRun.class);
		if (run == null) {
			throw new IllegalStateException("Ranking run " + runId + " no longer exists");
		}
		context.progress(Map.of("percent", 1L), "Loading the network's graph");
		long loadStart = System.nanoTime();
		NetworkGraph graph = graphs.load(run.getNetworkId());
		long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
		RankingComputation.Result result;
		try {
			result = computation.compute(graph, run.getParameters(), (step, percent) -> {
				Map<String, Long> progress = new LinkedHashMap<>();
				progress.put("percent", (long) percent);
				progress.put("nodes", (long) graph.nodeCount());
				context.progress(progress, step);
				if (context.stopRequested()) {
					throw new Stopped();
				}
			});
		}
		catch (Stopped stopped) {
			return;
		}
		int attempt = job.getAttempts();
		context.progress(Map.of("percent", 95L), "Writing the snapshot");
		long writeStart = System.nanoTime();
		columns.writeInts(runId, attempt, "nodes", result.nodes());
		result.doubles().forEach((name, values) -> columns.writeDoubles(runId, attempt, name, values));
		result.ints().forEach((name, values) -> columns.writeInts(runId, attempt, name, values));
		List<String> doubleColumns = new ArrayList<>(result.doubles().keySet());
		List<String> intColumns = new ArrayList<>(result.ints().keySet());
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("loadMillis", loadMillis);
		stats.putAll(result.stats());
		stats.put("snapshotMillis", (System.nanoTime() - writeStart) / 1_000_000);
		stats.put("doubleColumns", doubleColumns);
		stats.put("intColumns", intColumns);
		mongo.updateFirst(Query.query(Criteria.where("_id").is(runId)),
				new Update().set("complete", true)
					.set("attempt", attempt)
					.set("nodeCount", result.nodes().length)
					.set("edgeCount", result.edgeCount())
					.set("stats", stats)
					.set("completedAt", clock.instant()),
				RankingRun.class);
		if (attempt > 1) {
			List<String> all = new ArrayList<>(doubleColumns);
			all.addAll(intColumns);
			all.add("nodes");
			for (int earlier = 0; earlier < attempt; earlier++) {
				List<String> ids = new ArrayList<>();
				for (String column : all) {
					for (int chunk = 0; chunk * SnapshotColumns.CHUNK < Math.max(1, result.nodes().length); chunk++) {
						ids.add(SnapshotColumns.id(runId, earlier, column, chunk));
					}
				}
				mongo.remove(Query.query(Criteria.where("_id").in(ids)), SnapshotColumns.COLLECTION);
			}
		}
		Map<String, Long> done = new LinkedHashMap<>();
		done.put("percent", 100L);
		done.put("nodes", (long) result.nodes().length);
		done.put("edges", result.edgeCount());
		context.progress(done, "Ranked " + String.format("%,d", result.nodes().length) + " profiles");
	}

}
