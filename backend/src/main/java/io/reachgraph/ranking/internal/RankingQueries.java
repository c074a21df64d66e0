package io.reachgraph.ranking.internal;

import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.ProfileDetails;
import io.reachgraph.ranking.AudienceOverlap;
import io.reachgraph.ranking.GraphView;
import io.reachgraph.ranking.RankComparison;
import io.reachgraph.ranking.RankedProfileDetails;
import io.reachgraph.ranking.RankedProfileSummary;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** What strategists ask of a completed run: the filtered table, a profile and its explanation, maps, comparisons. */
@Service
public class RankingQueries {

	private final RankingTables tables;

	private final RankingService runs;

	private final SnapshotColumns columns;

	private final io.reachgraph.graph.ProfileGroups groups;

	RankingQueries(RankingTables tables, RankingService runs, SnapshotColumns columns,
			io.reachgraph.graph.ProfileGroups groups) {
		this.tables = tables;
		this.runs = runs;
		this.columns = columns;
		this.groups = groups;
	}

	/**
	 * Filters for the ranked table; null means no filter.
	 *
	 * @param sort one of {@link RankingTable#METRICS}, {@code rank}, {@code followersCount} or {@code label}
	 */
	public record Filter(String q, List<String> platforms, Integer community, Long minFollowers, Long maxFollowers,
			Boolean flagged, Boolean hasContact, Set<String> onlyProfiles, Boolean shortlisted,
			Set<String> shortlistedProfiles, String sort, boolean ascending) {
	}

	public Page<RankedProfileSummary> table(String runId, Filter filter, Pageable pageable) {
		RankingTable table = tables.table(runId);
		int[] rows = rows(table, filter);
		int from = (int) Math.min(rows.length, pageable.getOffset());
		int to = Math.min(rows.length, from + pageable.getPageSize());
		List<RankedProfileSummary> page = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			page.add(summary(table, rows[i]));
		}
		return new PageImpl<>(page, pageable, rows.length);
	}

	/** Every row the filter keeps, in order (for CSV export), capped. */
	public List<RankedProfileSummary> all(String runId, Filter filter, int max) {
		RankingTable table = tables.table(runId);
		int[] rows = rows(table, filter);
		List<RankedProfileSummary> out = new ArrayList<>(Math.min(rows.length, max));
		for (int i = 0; i < rows.length && i < max; i++) {
			out.add(summary(table, rows[i]));
		}
		return out;
	}

	private int[] rows(RankingTable table, Filter f) {
		String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
		int[] flags = table.ints.get("flags");
		int[] community = table.ints.get("community");
		IntStream stream = IntStream.range(0, table.size()).filter(i -> {
			ProfileDetails d = table.details(i);
			if (q != null && !table.profileIds[i].toLowerCase(Locale.ROOT).contains(q)
					&& (d.displayName() == null || !d.displayName().toLowerCase(Locale.ROOT).contains(q))
					&& (d.handle() == null || !d.handle().toLowerCase(Locale.ROOT).contains(q))) {
				return false;
			}
			if (f.platforms() != null && !f.platforms().isEmpty() && !f.platforms().contains(d.platform())) {
				return false;
			}
			if (f.community() != null && community[i] != f.community()) {
				return false;
			}
			long followers = followers(table, i);
			if (f.minFollowers() != null && followers < f.minFollowers()) {
				return false;
			}
			if (f.maxFollowers() != null && followers > f.maxFollowers()) {
				return false;
			}
			if (f.flagged() != null && (flags[i] != 0) != f.flagged()) {
				return false;
			}
			if (f.hasContact() != null && d.hasContact() != f.hasContact()) {
				return false;
			}
			if (f.shortlisted() != null && f.shortlistedProfiles() != null
					&& f.shortlistedProfiles().contains(table.profileIds[i]) != f.shortlisted()) {
				return false;
			}
			return f.onlyProfiles() == null || f.onlyProfiles().contains(table.profileIds[i]);
		});
		Comparator<Integer> order = comparator(table, f.sort() == null ? "rank" : f.sort());
		if (!f.ascending()) {
			order = order.reversed();
		}
		int[] rank = table.ints.get("rank");
		Comparator<Integer> tieBreak = order.thenComparingInt(i -> rank[i]);
		return stream.boxed().sorted(tieBreak).mapToInt(Integer::intValue).toArray();
	}

	private static Comparator<Integer> comparator(RankingTable table, String sort) {
		switch (sort) {
			case "rank" -> {
				int[] rank = table.ints.get("rank");
				return Comparator.comparingInt(i -> rank[i]);
			}
			case "label" -> {
				return Comparator.comparing(i -> table.details(i).label().toLowerCase(Locale.ROOT));
			}
			case "followersCount" -> {
				return Comparator.comparingLong(i -> followers(table, i));
			}
			default -> {
				double[] values = table.column(sort);
				if (values == null) {
					int[] rank = table.ints.get("rank");
					return Comparator.comparingInt(i -> -rank[i]);
				}
				return Comparator.comparingDouble(i -> values[i]);
			}
		}
	}

	/** Followers as the network reports them when collected, else followers inside the scope. */
	private static long followers(RankingTable table, int i) {
		Long reported = table.details(i).followersCount();
		return reported != null ? reported : table.ints.get("followers")[i];
	}

	RankedProfileSummary summary(RankingTable table, int i) {
		ProfileDetails d = table.details(i);
		Map<String, Double> metrics = new LinkedHashMap<>();
		Map<String, Double> percentiles = new LinkedHashMap<>();
		for (String metric : RankingTable.METRICS) {
			double[] values = table.column(metric);
			if (values != null) {
				metrics.put(metric, values[i]);
				if (!metric.equals("score") && !metric.equals("reciprocity") && !metric.equals("hollowFollowers")
						&& !metric.equals("nofollowShare")) {
					percentiles.put(metric, table.percentile(metric)[i]);
				}
			}
		}
		int rank = table.ints.get("rank")[i];
		RankedProfileSummary.RankChange change = null;
		if (table.previousRank != null) {
			int before = table.previousRank[i];
			change = before == 0 ? new RankedProfileSummary.RankChange("NEW", 0, 0)
					: before > rank ? new RankedProfileSummary.RankChange("UP", before - rank, before)
							: before < rank ? new RankedProfileSummary.RankChange("DOWN", rank - before, before)
									: new RankedProfileSummary.RankChange("SAME", 0, before);
		}
		return new RankedProfileSummary(table.profileIds[i], rank, table.doubles.get("score")[i], d.label(),
				d.displayName(), d.platform(), d.avatarUrl(), d.followersCount(), table.ints.get("followers")[i], metrics,
				percentiles, table.ints.get("community")[i], flagNames(table.ints.get("flags")[i]), change, d.hasContact(),
				d.site() == null ? null : d.site().guestPostUrl());
	}

	static List<String> flagNames(int flags) {
		List<String> names = new ArrayList<>();
		if ((flags & RankingComputation.FLAG_HIGH_RECIPROCITY) != 0) {
			names.add("HIGH_RECIPROCITY");
		}
		if ((flags & RankingComputation.FLAG_MUTUAL_CLUSTER) != 0) {
			names.add("MUTUAL_FOLLOW_CLUSTER");
		}
		if ((flags & RankingComputation.FLAG_RATIO_ANOMALY) != 0) {
			names.add("FOLLOW_RATIO_ANOMALY");
		}
		if ((flags & RankingComputation.FLAG_HOLLOW_FOLLOWERS) != 0) {
			names.add("HOLLOW_FOLLOWERS");
		}
		return names;
	}

	public RankedProfileDetails profile(String runId, String profileId) {
		RankingTable table = tables.table(runId);
		Integer i = table.index.get(profileId);
		if (i == null) {
			throw new RankingProblems.ProfileNotInRun(profileId);
		}
		RankedProfileSummary summary = summary(table, i);
		ProfileDetails d = table.details(i);
		NetworkGraph graph = tables.graph(table.run.getNetworkId());
		Map<Integer, Map<String, Integer>> inLinks = inLinks(graph, table, i);
		int[] rank = table.ints.get("rank");
		double[] score = table.doubles.get("score");
		List<RankedProfileDetails.InLink> strongest = inLinks.entrySet()
			.stream()
			.sorted(Comparator.comparingInt(e -> rank[e.getKey()]))
			.limit(15)
			.map(e -> new RankedProfileDetails.InLink(table.profileIds[e.getKey()], table.details(e.getKey()).label(),
					rank[e.getKey()], score[e.getKey()], e.getValue()))
			.toList();
		int[] community = table.ints.get("community");
		Map<Integer, List<Integer>> byCommunity = new HashMap<>();
		for (int u : inLinks.keySet()) {
			byCommunity.computeIfAbsent(community[u], c -> new ArrayList<>()).add(u);
		}
		int audienceSize = inLinks.size();
		List<RankedProfileDetails.AudienceShare> audience = byCommunity.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue().size() - a.getValue().size())
			.limit(6)
			.map(e -> new RankedProfileDetails.AudienceShare(e.getKey(), e.getValue().size() / (double) audienceSize,
					e.getValue().size(), table.details(e.getValue().stream().min(Comparator.comparingInt(u -> rank[u])).get()).label()))
			.toList();
		RankedProfileDetails.Ranks ranks = new RankedProfileDetails.Ranks(rankBy(table, "followers", i),
				rankBy(table, "pagerank", i), rankBy(table, "interactions", i), rank[i]);
		List<RankedProfileDetails.FlagExplanation> explanations = new ArrayList<>();
		double reciprocity = table.doubles.get("reciprocity")[i];
		double hollow = table.doubles.get("hollowFollowers")[i];
		for (String flag : summary.flags()) {
			explanations.add(new RankedProfileDetails.FlagExplanation(flag, switch (flag) {
				case "HIGH_RECIPROCITY" -> String.format(Locale.ROOT,
						"Follows back %.0f%% of its followers: follow-for-follow networks look like this.", reciprocity * 100);
				case "MUTUAL_FOLLOW_CLUSTER" -> "Most of its mutual followers also follow each other: a dense ring of mutual follows.";
				case "FOLLOW_RATIO_ANOMALY" -> "Its follower / following counts are far from what accounts of its reach show.";
				case "HOLLOW_FOLLOWERS" -> String.format(Locale.ROOT,
						"%.0f%% of its followers have no followers of their own in this network.", hollow * 100);
				default -> flag;
			}));
		}
		List<RankedProfileDetails.HistoryPoint> history = history(table.run, profileId);
		RankedProfileDetails.Site site = d.site() == null ? null
				: new RankedProfileDetails.Site(d.site().title(), d.site().description(), d.site().pagesSeen(),
						d.site().feeds(), d.site().contactUrl(), d.site().guestPostUrl(), d.site().emails());
		return new RankedProfileDetails(summary, d.bio(), d.links() == null ? List.of() : d.links(), d.followingCount(),
				d.postsCount(), d.status(), site, d.attributes() == null ? Map.of() : d.attributes(), strongest, audience,
				ranks, explanations, history, table.size(), groups.groupOf(profileId).orElse(null));
	}

	/** In-neighbours of scope row i (scope rows), with the kinds and weights of their edges to it. */
	private static Map<Integer, Map<String, Integer>> inLinks(NetworkGraph graph, RankingTable table, int i) {
		Map<String, Integer> rowOfId = table.index;
		int target = graph.profileIds().indexOf(table.profileIds[i]);
		Map<Integer, Map<String, Integer>> result = new HashMap<>();
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges edges = graph.edges(kind);
			for (int e = 0; e < edges.size(); e++) {
				if (edges.target()[e] == target) {
					Integer row = rowOfId.get(graph.profileIds().get(edges.source()[e]));
					if (row != null && row != i) {
						result.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(kind.wireName(), edges.weight()[e]);
					}
				}
			}
		}
		return result;
	}

	private static int rankBy(RankingTable table, String metric, int i) {
		double[] values = table.column(metric);
		if (values == null) {
			return 0;
		}
		int better = 0;
		for (double v : values) {
			if (v > values[i]) {
				better++;
			}
		}
		return better + 1;
	}

	private List<RankedProfileDetails.HistoryPoint> history(RankingRun current, String profileId) {
		List<RankedProfileDetails.HistoryPoint> points = new ArrayList<>();
		NetworkGraph graph = tables.graph(current.getNetworkId());
		int node = graph.profileIds().indexOf(profileId);
		for (RankingRun run : runs.completedRuns(current.getNetworkId(), current.getScopeKey())) {
			int[] nodes = columns.readInts(run.getId(), run.getAttempt(), "nodes", run.getNodeCount());
			int[] rank = columns.readInts(run.getId(), run.getAttempt(), "rank", run.getNodeCount());
			double[] score = columns.readDoubles(run.getId(), run.getAttempt(), "score", run.getNodeCount());
			if (nodes == null || rank == null || score == null) {
				continue;
			}
			for (int j = 0; j < nodes.length; j++) {
				if (nodes[j] == node) {
					points.add(new RankedProfileDetails.HistoryPoint(run.getId(), run.getName(),
							run.getCompletedAt() != null ? run.getCompletedAt() : run.getCreatedAt(), rank[j], score[j]));
					break;
				}
			}
		}
		return points;
	}

	/** The profile's ego network: its strongest in- and out-neighbours (by rank) and the edges among them. */
	public GraphView ego(String runId, String profileId, int limit) {
		RankingTable table = tables.table(runId);
		Integer i = table.index.get(profileId);
		if (i == null) {
			throw new RankingProblems.ProfileNotInRun(profileId);
		}
		NetworkGraph graph = tables.graph(table.run.getNetworkId());
		int center = graph.profileIds().indexOf(profileId);
		int[] rank = table.ints.get("rank");
		Set<Integer> neighbours = new LinkedHashSet<>();
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges edges = graph.edges(kind);
			for (int e = 0; e < edges.size(); e++) {
				int other = edges.source()[e] == center ? edges.target()[e] : edges.target()[e] == center ? edges.source()[e] : -1;
				if (other >= 0) {
					Integer row = table.index.get(graph.profileIds().get(other));
					if (row != null) {
						neighbours.add(row);
					}
				}
			}
		}
		List<Integer> chosen = new ArrayList<>(neighbours.stream().sorted(Comparator.comparingInt(r -> rank[r])).limit(limit).toList());
		chosen.add(0, i);
		return view(table, graph, chosen);
	}

	/** The run's top profiles by score and the edges among them, for the network map. */
	public GraphView map(String runId, int top) {
		RankingTable table = tables.table(runId);
		int[] rank = table.ints.get("rank");
		List<Integer> chosen = IntStream.range(0, table.size()).boxed().filter(r -> rank[r] <= top)
			.sorted(Comparator.comparingInt(r -> rank[r])).toList();
		return view(table, tables.graph(table.run.getNetworkId()), chosen);
	}

	private GraphView view(RankingTable table, NetworkGraph graph, List<Integer> rows) {
		Map<String, Integer> chosen = new HashMap<>();
		for (int r : rows) {
			chosen.put(table.profileIds[r], r);
		}
		int[] rank = table.ints.get("rank");
		int[] community = table.ints.get("community");
		double[] score = table.doubles.get("score");
		List<GraphView.Node> nodes = rows.stream()
			.map(r -> new GraphView.Node(table.profileIds[r], table.details(r).label(), table.details(r).platform(),
					score[r], rank[r], community[r], table.ints.get("followers")[r]))
			.toList();
		Map<Integer, Boolean> inView = new HashMap<>();
		for (int v = 0; v < graph.nodeCount(); v++) {
			if (chosen.containsKey(graph.profileIds().get(v))) {
				inView.put(v, true);
			}
		}
		List<GraphView.Edge> edges = new ArrayList<>();
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges e = graph.edges(kind);
			for (int k = 0; k < e.size() && edges.size() < 20_000; k++) {
				if (inView.containsKey(e.source()[k]) && inView.containsKey(e.target()[k])) {
					edges.add(new GraphView.Edge(graph.profileIds().get(e.source()[k]), graph.profileIds().get(e.target()[k]),
							kind.wireName(), e.weight()[k]));
				}
			}
		}
		int communities = (int) rows.stream().mapToInt(r -> community[r]).distinct().count();
		return new GraphView(nodes, edges, communities);
	}

	/** Followers vs PageRank vs interactions, side by side, with their rank correlations over the whole run. */
	public RankComparison compare(String runId, int top) {
		RankingTable table = tables.table(runId);
		int n = table.size();
		int[] byFollowers = ranks(table.column("followers"));
		int[] byPageRank = ranks(table.column("pagerank"));
		int[] byInteractions = ranks(table.column("interactions"));
		int[] byScore = table.ints.get("rank");
		Set<Integer> rows = new LinkedHashSet<>();
		for (int i = 0; i < n; i++) {
			if (byScore[i] <= top || byFollowers[i] <= top || byPageRank[i] <= top || byInteractions[i] <= top) {
				rows.add(i);
			}
		}
		List<RankComparison.Row> list = rows.stream()
			.sorted(Comparator.comparingInt(i -> byScore[i]))
			.limit(Math.max(top * 3L, 50))
			.map(i -> new RankComparison.Row(table.profileIds[i], table.details(i).label(), byFollowers[i], byPageRank[i],
					byInteractions[i], byScore[i]))
			.toList();
		return new RankComparison(list, spearman(byFollowers, byPageRank), spearman(byFollowers, byInteractions),
				spearman(byPageRank, byInteractions), top, topOverlap(byFollowers, byPageRank, top),
				topOverlap(byFollowers, byInteractions, top), topOverlap(byPageRank, byInteractions, top));
	}

	/** Ranks 1..n by descending value; ties get their average rank (as Spearman's rho needs). */
	static int[] ranks(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
		int[] rank = new int[n];
		int i = 0;
		while (i < n) {
			int j = i;
			while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
				j++;
			}
			for (int k = i; k <= j; k++) {
				rank[order[k]] = i + 1;
			}
			i = j + 1;
		}
		return rank;
	}

	/** Spearman's rank correlation (Pearson correlation of the ranks, tie-safe). */
	static double spearman(int[] a, int[] b) {
		int n = a.length;
		if (n < 2) {
			return 1.0;
		}
		double meanA = Arrays.stream(a).average().orElse(0);
		double meanB = Arrays.stream(b).average().orElse(0);
		double cov = 0;
		double varA = 0;
		double varB = 0;
		for (int i = 0; i < n; i++) {
			double da = a[i] - meanA;
			double db = b[i] - meanB;
			cov += da * db;
			varA += da * da;
			varB += db * db;
		}
		return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
	}

	/** Jaccard overlap of the two top-N sets. */
	static double topOverlap(int[] a, int[] b, int top) {
		IntOpenHashSet first = new IntOpenHashSet();
		IntOpenHashSet second = new IntOpenHashSet();
		for (int i = 0; i < a.length; i++) {
			if (a[i] <= top) {
				first.add(i);
			}
			if (b[i] <= top) {
				second.add(i);
			}
		}
		int shared = 0;
		for (int i : first) {
			shared += second.contains(i) ? 1 : 0;
		}
		int union = first.size() + second.size() - shared;
		return union == 0 ? 1.0 : shared / (double) union;
	}

	/**
	 * Audience overlap of the given profiles (their followers inside the run's scope), and a greedy best set of
	 * {@code k} among them (or among the run's top 50 when none are given) that reaches the most unique followers.
	 */
	public AudienceOverlap overlap(String runId, List<String> profileIds, int k) {
		RankingTable table = tables.table(runId);
		NetworkGraph graph = tables.graph(table.run.getNetworkId());
		List<Integer> rows = new ArrayList<>();
		if (profileIds == null || profileIds.isEmpty()) {
			int[] rank = table.ints.get("rank");
			IntStream.range(0, table.size()).boxed().filter(r -> rank[r] <= 50).sorted(Comparator.comparingInt(r -> rank[r]))
				.forEach(rows::add);
		}
		else {
			for (String id : profileIds) {
				Integer row = table.index.get(id);
				if (row == null) {
					throw new RankingProblems.ProfileNotInRun(id);
				}
				rows.add(row);
			}
		}
		Map<Integer, IntOpenHashSet> audiences = new LinkedHashMap<>();
		Map<String, Integer> nodeOf = new HashMap<>();
		for (int v = 0; v < graph.nodeCount(); v++) {
			nodeOf.put(graph.profileIds().get(v), v);
		}
		Map<Integer, Integer> rowOfNode = new HashMap<>();
		for (int r : rows) {
			rowOfNode.put(nodeOf.get(table.profileIds[r]), r);
			audiences.put(r, new IntOpenHashSet());
		}
		NetworkGraph.Edges follows = graph.edges(EdgeKind.FOLLOWS);
		for (int e = 0; e < follows.size(); e++) {
			Integer r = rowOfNode.get(follows.target()[e]);
			if (r != null && table.index.containsKey(graph.profileIds().get(follows.source()[e]))) {
				audiences.get(r).add(follows.source()[e]);
			}
		}
		List<AudienceOverlap.Audience> profiles = rows.stream()
			.map(r -> new AudienceOverlap.Audience(table.profileIds[r], table.details(r).label(), audiences.get(r).size()))
			.toList();
		List<AudienceOverlap.Pair> pairs = new ArrayList<>();
		if (rows.size() <= 60) {
			for (int a = 0; a < rows.size(); a++) {
				for (int b = a + 1; b < rows.size(); b++) {
					IntOpenHashSet x = audiences.get(rows.get(a));
					IntOpenHashSet y = audiences.get(rows.get(b));
					int shared = 0;
					for (int v : x.size() <= y.size() ? x : y) {
						shared += (x.size() <= y.size() ? y : x).contains(v) ? 1 : 0;
					}
					int union = x.size() + y.size() - shared;
					int smaller = Math.min(x.size(), y.size());
					pairs.add(new AudienceOverlap.Pair(table.profileIds[rows.get(a)], table.profileIds[rows.get(b)], shared,
							union == 0 ? 0 : shared / (double) union, smaller == 0 ? 0 : shared / (double) smaller));
				}
			}
		}
		IntOpenHashSet reached = new IntOpenHashSet();
		List<AudienceOverlap.Pick> picks = new ArrayList<>();
		Set<Integer> left = new LinkedHashSet<>(rows);
		for (int step = 0; step < k && !left.isEmpty(); step++) {
			int best = -1;
			int bestGain = -1;
			for (int r : left) {
				int gain = 0;
				for (int v : audiences.get(r)) {
					gain += reached.contains(v) ? 0 : 1;
				}
				if (gain > bestGain) {
					best = r;
					bestGain = gain;
				}
			}
			left.remove(best);
			reached.addAll(audiences.get(best));
			picks.add(new AudienceOverlap.Pick(table.profileIds[best], table.details(best).label(), bestGain, reached.size()));
		}
		return new AudienceOverlap(profiles, pairs, picks, reached.size());
	}

}
