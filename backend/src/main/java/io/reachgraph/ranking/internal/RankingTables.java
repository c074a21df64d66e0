package io.reachgraph.ranking.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.ProfileDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Loads completed runs' snapshots into {@link RankingTable}s, cached (runs are immutable once complete). */
@Component
class RankingTables {

	/** Runs up to this size load every profile's details; larger ones the best-ranked this many. */
	static final int DETAILS_LIMIT = 100_000;

	private final RankingService runs;

	private final SnapshotColumns columns;

	private final GraphStore graphs;

	private final Cache<String, RankingTable> tables = Caffeine.newBuilder().maximumSize(4).build();

	private final Cache<String, NetworkGraph> networkGraphs = Caffeine.newBuilder().maximumSize(2).build();

	RankingTables(RankingService runs, SnapshotColumns columns, GraphStore graphs) {
		this.runs = runs;
		this.columns = columns;
		this.graphs = graphs;
	}

	RankingTable table(String runId) {
		RankingTable cached = tables.getIfPresent(runId);
		if (cached != null) {
			return cached;
		}
		RankingTable loaded = load(runs.completed(runId));
		tables.put(runId, loaded);
		return loaded;
	}

	/** The network's graph as of now (cached by the network's last update). */
	NetworkGraph graph(String networkId) {
		String version = networkId + "@" + graphs.network(networkId).updatedAt();
		return networkGraphs.get(version, key -> graphs.load(networkId));
	}

	private RankingTable load(RankingRun run) {
		int n = run.getNodeCount();
		int attempt = run.getAttempt();
		int[] nodes = columns.readInts(run.getId(), attempt, "nodes", n);
		NetworkGraph graph = graph(run.getNetworkId());
		String[] ids = new String[n];
		for (int i = 0; i < n; i++) {
			ids[i] = graph.profileIds().get(nodes[i]);
		}
		Map<String, double[]> doubles = new LinkedHashMap<>();
		Map<String, int[]> ints = new LinkedHashMap<>();
		for (String name : names(run, "doubleColumns")) {
			doubles.put(name, columns.readDoubles(run.getId(), attempt, name, n));
		}
		for (String name : names(run, "intColumns")) {
			ints.put(name, columns.readInts(run.getId(), attempt, name, n));
		}
		int[] rank = ints.get("rank");
		List<String> wanted = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (n <= DETAILS_LIMIT || rank[i] <= DETAILS_LIMIT) {
				wanted.add(ids[i]);
			}
		}
		Map<String, ProfileDetails> details = graphs.profiles(wanted);
		int[] previousRank = null;
		String previousId = null;
		RankingRun previous = runs.previous(run);
		if (previous != null) {
			// network node indices never change (the node table is append-only): match the runs on them
			int[] beforeNodes = columns.readInts(previous.getId(), previous.getAttempt(), "nodes", previous.getNodeCount());
			int[] beforeRank = columns.readInts(previous.getId(), previous.getAttempt(), "rank", previous.getNodeCount());
			if (beforeNodes != null && beforeRank != null) {
				it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap rankByNode = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap(beforeNodes.length);
				for (int j = 0; j < beforeNodes.length; j++) {
					rankByNode.put(beforeNodes[j], beforeRank[j]);
				}
				previousId = previous.getId();
				previousRank = new int[n];
				for (int i = 0; i < n; i++) {
					previousRank[i] = rankByNode.getOrDefault(nodes[i], 0);
				}
			}
		}
		return new RankingTable(run, ids, doubles, ints, details, previousRank, previousId);
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(RankingRun run, String key) {
		Object value = run.getStats().get(key);
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

}
