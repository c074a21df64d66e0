package io.reachgraph.ranking.internal;

import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.ranking.RankingParameters;
import io.reachgraph.ranking.internal.algo.CsrGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Computes a ranking run from a network's graph: selects the scope, builds the weighted CSR graph of the edge-kind
 * mix, runs every metric, derives percentiles, the composite score, the rank and the authenticity flags. Pure
 * computation (no I/O), so it is tested on small graphs directly.
 */
final class RankingComputation {

	static final int FLAG_HIGH_RECIPROCITY = 1;

	static final int FLAG_MUTUAL_CLUSTER = 2;

	static final int FLAG_RATIO_ANOMALY = 4;

	static final int FLAG_HOLLOW_FOLLOWERS = 8;

	/** The metrics a composite score may weigh. */
	static final List<String> SCORED = List.of("pagerank", "personalized", "inDegree", "interactions", "betweenness",
			"harmonic", "coreness");

	private final Kernels kernels;

	RankingComputation(Kernels kernels) {
		this.kernels = kernels;
	}

	/** The result: parallel columns over the scope's nodes, plus run statistics. */
	record Result(int[] nodes, Map<String, double[]> doubles, Map<String, int[]> ints, long edgeCount,
			Map<String, Object> stats) {
	}

	Result compute(NetworkGraph graph, RankingParameters parameters, BiConsumer<String, Integer> progress) {
		Map<String, Object> stats = new LinkedHashMap<>();
		long start = System.nanoTime();
		progress.accept("Selecting the scope", 5);
		int[] scope = scope(graph, parameters);
		int[] local = new int[graph.nodeCount()];
		Arrays.fill(local, -1);
		for (int i = 0; i < scope.length; i++) {
			local[scope[i]] = i;
		}
		int n = scope.length;
		CsrGraph.Builder mixed = CsrGraph.builder(n).weighted(true);
		CsrGraph.Builder follows = CsrGraph.builder(n);
		CsrGraph.Builder interactionsBuilder = CsrGraph.builder(n).weighted(true);
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges edges = restrict(graph.edges(kind), local);
			double weight = parameters.edgeWeights().getOrDefault(kind.wireName(), 0.0);
			if (weight > 0) {
				if (kind == EdgeKind.FOLLOWS) {
					mixed.add(edges.source(), edges.target(), weight);
				}
				else {
					mixed.add(edges.source(), edges.target(), edges.weight(), weight);
				}
			}
			if (kind == EdgeKind.FOLLOWS) {
				follows.add(edges.source(), edges.target());
			}
			if (kind == EdgeKind.REPOSTS || kind == EdgeKind.MENTIONS) {
				interactionsBuilder.add(edges.source(), edges.target(), edges.weight(), 1.0);
			}
		}
		CsrGraph g = mixed.build();
		CsrGraph followGraph = follows.build();
		CsrGraph interactionGraph = interactionsBuilder.build();
		stats.put("scopeMillis", millis(start));

		Map<String, double[]> doubles = new LinkedHashMap<>();
		Map<String, int[]> ints = new LinkedHashMap<>();
		double[] inDegree = new double[n];
		int[] followers = new int[n];
		int[] following = new int[n];
		double[] interactions = new double[n];
		for (int v = 0; v < n; v++) {
			inDegree[v] = g.inDegree(v);
			followers[v] = followGraph.inDegree(v);
			following[v] = followGraph.outDegree(v);
			interactions[v] = interactionGraph.inStrength(v);
		}
		double[] nofollowShare = new double[n];
		double[] linkTotal = new double[n];
		NetworkGraph.Edges links = graph.edges(EdgeKind.LINKS);
		for (int i = 0; i < links.size(); i++) {
			int target = local[links.target()[i]];
			if (target >= 0 && local[links.source()[i]] >= 0) {
				linkTotal[target] += links.weight()[i];
				nofollowShare[target] += links.nofollow()[i];
			}
		}
		for (int v = 0; v < n; v++) {
			nofollowShare[v] = linkTotal[v] > 0 ? nofollowShare[v] / linkTotal[v] : 0;
		}
		if (links.size() > 0) {
			doubles.put("nofollowShare", nofollowShare);
		}
		doubles.put("inDegree", inDegree);
		doubles.put("interactions", interactions);
		ints.put("followers", followers);
		ints.put("following", following);

		long t = System.nanoTime();
		progress.accept("PageRank", 15);
		doubles.put("pagerank", kernels.pageRank(g, null));
		stats.put("pagerankMillis", millis(t));

		int[] teleport = personalization(graph, parameters, local);
		if (teleport.length > 0) {
			t = System.nanoTime();
			progress.accept("Personalised PageRank", 25);
			double[] vector = new double[n];
			for (int v : teleport) {
				vector[v] = 1.0 / teleport.length;
			}
			doubles.put("personalized", kernels.pageRank(g, vector));
			stats.put("personalizedMillis", millis(t));
			stats.put("personalizationSeeds", teleport.length);
		}

		String mode = parameters.betweenness().toUpperCase(Locale.ROOT);
		if (!mode.equals("OFF")) {
			t = System.nanoTime();
			progress.accept("Betweenness", 35);
			boolean exact = mode.equals("EXACT") || (mode.equals("AUTO") && n <= RankingParameters.EXACT_BETWEENNESS_LIMIT);
			Kernels.Betweenness betweenness = kernels.betweenness(g, exact ? 0 : Math.min(n, parameters.betweennessSamples()));
			doubles.put("betweenness", betweenness.scores());
			stats.put("betweennessMillis", millis(t));
			stats.put("betweennessExact", exact);
			if (!exact) {
				stats.put("betweennessSamples", Math.min(n, parameters.betweennessSamples()));
				stats.put("betweennessErrorBound", betweenness.errorBound());
			}
		}

		t = System.nanoTime();
		progress.accept("Harmonic closeness", 55);
		doubles.put("harmonic", kernels.harmonic(g));
		stats.put("harmonicMillis", millis(t));

		t = System.nanoTime();
		progress.accept("k-core", 65);
		CsrGraph undirected = g.undirected();
		int[] coreness = kernels.coreness(undirected);
		ints.put("coreness", coreness);
		double[] corenessD = new double[n];
		for (int v = 0; v < n; v++) {
			corenessD[v] = coreness[v];
		}
		stats.put("corenessMillis", millis(t));

		t = System.nanoTime();
		progress.accept("Clustering", 70);
		doubles.put("clustering", kernels.clustering(undirected));
		stats.put("clusteringMillis", millis(t));

		t = System.nanoTime();
		progress.accept("Communities", 78);
		Kernels.Communities communities = kernels.communities(undirected);
		ints.put("community", communities.ids());
		stats.put("communitiesMillis", millis(t));
		stats.put("modularity", communities.modularity());
		stats.put("communities", Arrays.stream(communities.ids()).distinct().count());

		progress.accept("Authenticity signals", 85);
		flags(followGraph, doubles, ints);

		progress.accept("Composite score", 90);
		Map<String, double[]> scored = new HashMap<>(doubles);
		scored.put("coreness", corenessD);
		score(scored, parameters.scoreWeights(), n, doubles, ints, stats);
		stats.put("totalMillis", millis(start));
		return new Result(scope, doubles, ints, g.edgeCount(), stats);
	}

	/** Network node indices in the scope: everything, or the k-hop neighbourhood of the seeds, by platform. */
	static int[] scope(NetworkGraph graph, RankingParameters parameters) {
		int n = graph.nodeCount();
		boolean[] keep = new boolean[n];
		List<String> ids = graph.profileIds();
		if (parameters.seeds().isEmpty()) {
			Arrays.fill(keep, true);
		}
		else {
			CsrGraph.Builder all = CsrGraph.builder(n);
			for (EdgeKind kind : EdgeKind.values()) {
				if (parameters.edgeWeights().getOrDefault(kind.wireName(), 0.0) > 0) {
					all.add(graph.edges(kind).source(), graph.edges(kind).target());
				}
			}
			int[] seeds = indices(ids, parameters.seeds());
			CsrGraph.Subgraph hood = all.build().neighbourhood(seeds, parameters.hops(),
					CsrGraph.Direction.valueOf(parameters.direction()));
			for (int v : hood.originalIds()) {
				keep[v] = true;
			}
		}
		if (!parameters.platforms().isEmpty()) {
			for (int v = 0; v < n; v++) {
				if (keep[v]) {
					String id = ids.get(v);
					keep[v] = parameters.platforms().contains(id.substring(0, id.indexOf(':')));
				}
			}
		}
		int count = 0;
		for (boolean k : keep) {
			count += k ? 1 : 0;
		}
		int[] scope = new int[count];
		for (int v = 0, i = 0; v < n; v++) {
			if (keep[v]) {
				scope[i++] = v;
			}
		}
		return scope;
	}

	static int[] indices(List<String> ids, List<String> wanted) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			index.put(ids.get(i), i);
		}
		return wanted.stream().map(index::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
	}

	private static int[] personalization(NetworkGraph graph, RankingParameters parameters, int[] local) {
		return Arrays.stream(indices(graph.profileIds(), parameters.personalization()))
			.map(v -> local[v])
			.filter(v -> v >= 0)
			.toArray();
	}

	/** The edges with both ends in the scope, renumbered to scope-local indices. */
	static NetworkGraph.Edges restrict(NetworkGraph.Edges edges, int[] local) {
		int count = 0;
		for (int i = 0; i < edges.size(); i++) {
			if (local[edges.source()[i]] >= 0 && local[edges.target()[i]] >= 0) {
				count++;
			}
		}
		int[] s = new int[count];
		int[] t = new int[count];
		int[] w = new int[count];
		for (int i = 0, j = 0; i < edges.size(); i++) {
			int a = local[edges.source()[i]];
			int b = local[edges.target()[i]];
			if (a >= 0 && b >= 0) {
				s[j] = a;
				t[j] = b;
				w[j] = edges.weight()[i];
				j++;
			}
		}
		return new NetworkGraph.Edges(s, t, w, null, null, null);
	}

	/**
	 * Authenticity signals on the follow graph: reciprocity (share of followers it follows back), the share of its
	 * followers nobody follows ("hollow" followers), and flags when these or the follower / following ratio are far
	 * from the network's norm, or when it sits in a dense mutual-follow cluster.
	 */
	static void flags(CsrGraph follows, Map<String, double[]> doubles, Map<String, int[]> ints) {
		int n = follows.nodeCount();
		double[] reciprocity = new double[n];
		double[] hollow = new double[n];
		double[] mutualDensity = new double[n];
		int[] flags = new int[n];
		for (int v = 0; v < n; v++) {
			int[] in = follows.predecessors(v);
			if (in.length == 0) {
				continue;
			}
			int back = 0;
			int empty = 0;
			for (int u : in) {
				back += follows.hasEdge(v, u) ? 1 : 0;
				empty += follows.inDegree(u) == 0 ? 1 : 0;
			}
			reciprocity[v] = back / (double) in.length;
			hollow[v] = empty / (double) in.length;
			// density of mutual follows among its mutual followers
			if (back >= 5) {
				List<Integer> mutual = new ArrayList<>();
				for (int u : in) {
					if (follows.hasEdge(v, u)) {
						mutual.add(u);
					}
				}
				int pairs = 0;
				int linked = 0;
				for (int a = 0; a < mutual.size() && a < 50; a++) {
					for (int b = a + 1; b < mutual.size() && b < 50; b++) {
						pairs++;
						if (follows.hasEdge(mutual.get(a), mutual.get(b)) && follows.hasEdge(mutual.get(b), mutual.get(a))) {
							linked++;
						}
					}
				}
				mutualDensity[v] = pairs == 0 ? 0 : linked / (double) pairs;
			}
		}
		for (int v = 0; v < n; v++) {
			int followersCount = follows.inDegree(v);
			int followingCount = follows.outDegree(v);
			if (followersCount >= 10 && reciprocity[v] >= 0.8) {
				flags[v] |= FLAG_HIGH_RECIPROCITY;
			}
			if (mutualDensity[v] >= 0.5) {
				flags[v] |= FLAG_MUTUAL_CLUSTER;
			}
			if ((followingCount >= 50 && followingCount > 20.0 * Math.max(1, followersCount))
					|| (followersCount >= 1000 && followingCount == 0 && reciprocity[v] == 0 && hollow[v] > 0.5)) {
				flags[v] |= FLAG_RATIO_ANOMALY;
			}
			if (followersCount >= 20 && hollow[v] >= 0.6) {
				flags[v] |= FLAG_HOLLOW_FOLLOWERS;
			}
		}
		doubles.put("reciprocity", reciprocity);
		doubles.put("hollowFollowers", hollow);
		ints.put("flags", flags);
	}

	/** Percentile (0..1, ties share the lower rank) of each value. */
	static double[] percentiles(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
		double[] percentile = new double[n];
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			double p = n <= 1 ? 1.0 : i / (double) (n - 1);
			for (int k = i; k <= j; k++) {
				percentile[order[k]] = p;
			}
			i = j + 1;
		}
		return percentile;
	}

	/** Composite score: the weighted mean of the metrics' percentiles (weights of missing metrics redistributed). */
	static void score(Map<String, double[]> metrics, Map<String, Double> weights, int n, Map<String, double[]> doubles,
			Map<String, int[]> ints, Map<String, Object> stats) {
		double[] score = new double[n];
		double total = 0;
		Map<String, Double> used = new LinkedHashMap<>();
		for (Map.Entry<String, Double> weight : weights.entrySet()) {
			double[] values = metrics.get(weight.getKey());
			if (values == null || weight.getValue() <= 0) {
				continue;
			}
			double[] percentile = percentiles(values);
			for (int v = 0; v < n; v++) {
				score[v] += weight.getValue() * percentile[v];
			}
			total += weight.getValue();
			used.put(weight.getKey(), weight.getValue());
		}
		if (total > 0) {
			for (int v = 0; v < n; v++) {
				score[v] /= total;
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		double[] pagerank = metrics.get("pagerank");
		Arrays.sort(order, (a, b) -> {
			int c = Double.compare(score[b], score[a]);
			return c != 0 || pagerank == null ? c : Double.compare(pagerank[b], pagerank[a]);
		});
		int[] rank = new int[n];
		for (int i = 0; i < n; i++) {
			rank[order[i]] = i + 1;
		}
		doubles.put("score", score);
		ints.put("rank", rank);
		stats.put("scoreWeights", used);
	}

	private static long millis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
