package io.reachgraph.ranking.internal;

import io.reachgraph.graph.ProfileDetails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A completed run's snapshot in memory, the way screens query it: columns by scope-local index, profile ids, the
 * details of the profiles (all of them up to {@link RankingTables#DETAILS_LIMIT}, else the best-ranked), and the
 * ranks of the previous run of the same scope for rose / fell / new. Immutable; cached per run.
 */
final class RankingTable {

	final RankingRun run;

	final String[] profileIds;

	final Map<String, Integer> index;

	final Map<String, double[]> doubles;

	final Map<String, int[]> ints;

	final Map<String, ProfileDetails> details;

	/** Rank in the previous run of the same scope, 0 when the profile was not in it; null when there is none. */
	final int[] previousRank;

	final String previousRunId;

	private final Map<String, double[]> percentiles = new HashMap<>();

	RankingTable(RankingRun run, String[] profileIds, Map<String, double[]> doubles, Map<String, int[]> ints,
			Map<String, ProfileDetails> details, int[] previousRank, String previousRunId) {
		this.run = run;
		this.profileIds = profileIds;
		this.doubles = doubles;
		this.ints = ints;
		this.details = details;
		this.previousRank = previousRank;
		this.previousRunId = previousRunId;
		this.index = new HashMap<>(profileIds.length * 2);
		for (int i = 0; i < profileIds.length; i++) {
			index.put(profileIds[i], i);
		}
	}

	int size() {
		return profileIds.length;
	}

	double[] column(String name) {
		double[] values = doubles.get(name);
		if (values != null) {
			return values;
		}
		int[] whole = ints.get(name);
		if (whole == null) {
			return null;
		}
		double[] converted = new double[whole.length];
		for (int i = 0; i < whole.length; i++) {
			converted[i] = whole[i];
		}
		return converted;
	}

	/** Percentile (0..1) of each profile in a metric, computed once. */
	synchronized double[] percentile(String metric) {
		return percentiles.computeIfAbsent(metric, name -> {
			double[] values = column(name);
			return values == null ? null : RankingComputation.percentiles(values);
		});
	}

	ProfileDetails details(int i) {
		ProfileDetails found = details.get(profileIds[i]);
		return found != null ? found : ProfileDetails.bare(profileIds[i]);
	}

	boolean hasDetails(int i) {
		return details.containsKey(profileIds[i]);
	}

	static final List<String> METRICS = List.of("score", "pagerank", "personalized", "inDegree", "followers",
			"interactions", "betweenness", "harmonic", "coreness", "clustering", "reciprocity", "hollowFollowers",
			"nofollowShare");

}
