package io.reachgraph.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reachgraph.ranking.internal.algo.CsrGraph;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statistics around the kernels: percentiles, composite score, Spearman's rho, top-N overlap, flags. */
class RankingStatisticsTests {

	@Test
	void percentilesShareTheLowerRankOnTies() {
		assertThat(RankingComputation.percentiles(new double[] { 3, 1, 2, 2 })).containsExactly(1.0, 0.0, 1.0 / 3, 1.0 / 3);
		assertThat(RankingComputation.percentiles(new double[] { 7 })).containsExactly(1.0);
	}

	@Test
	void spearmanMatchesTheClosedFormWithoutTies() {
		int[] a = { 1, 2, 3, 4, 5 };
		int[] b = { 2, 1, 4, 3, 5 };
		// rho = 1 - 6 * sum(d^2) / (n (n^2 - 1)) = 1 - 6 * 4 / 120 = 0.8
		assertThat(RankingQueries.spearman(a, b)).isCloseTo(0.8, within(1e-12));
		assertThat(RankingQueries.spearman(a, new int[] { 5, 4, 3, 2, 1 })).isCloseTo(-1.0, within(1e-12));
	}

	@Test
	void ranksGiveTiesTheSameRank() {
		assertThat(RankingQueries.ranks(new double[] { 0.5, 0.9, 0.5, 0.1 })).containsExactly(2, 1, 2, 4);
	}

	@Test
	void topOverlapIsTheJaccardOfTheTopSets() {
		int[] a = { 1, 2, 3, 4 };
		int[] b = { 2, 1, 4, 3 };
		assertThat(RankingQueries.topOverlap(a, b, 2)).isEqualTo(1.0);
		assertThat(RankingQueries.topOverlap(a, new int[] { 4, 3, 2, 1 }, 2)).isEqualTo(0.0);
		assertThat(RankingQueries.topOverlap(a, new int[] { 1, 3, 2, 4 }, 2)).isCloseTo(1.0 / 3, within(1e-12));
	}

	@Test
	void compositeScoreWeighsPercentilesAndRanksByIt() {
		Map<String, double[]> metrics = new HashMap<>();
		metrics.put("pagerank", new double[] { 0.1, 0.5, 0.4 });
		metrics.put("inDegree", new double[] { 9, 1, 5 });
		Map<String, double[]> doubles = new LinkedHashMap<>();
		Map<String, int[]> ints = new LinkedHashMap<>();
		Map<String, Object> stats = new LinkedHashMap<>();
		RankingComputation.score(metrics, Map.of("pagerank", 3.0, "inDegree", 1.0, "harmonic", 2.0), 3, doubles, ints, stats);
		// percentiles: pagerank (0, 1, .5), inDegree (1, 0, .5); harmonic is missing: its weight is dropped
		assertThat(doubles.get("score")).containsExactly(0.25, 0.75, 0.5);
		assertThat(ints.get("rank")).containsExactly(3, 1, 2);
		assertThat(stats.get("scoreWeights")).isEqualTo(Map.of("pagerank", 3.0, "inDegree", 1.0));
	}

	@Test
	void hollowFollowersAndHighReciprocityAreFlagged() {
		int n = 40;
		CsrGraph.Builder builder = CsrGraph.builder(n);
		// node 0: 25 followers (1..25) who have no followers themselves
		int[] s = new int[25];
		int[] t = new int[25];
		for (int i = 0; i < 25; i++) {
			s[i] = i + 1;
			t[i] = 0;
		}
		builder.add(s, t);
		// node 26: 12 followers (27..38), it follows all of them back, and they follow each other
		int m = 12;
		int[] s2 = new int[m * 2 + m * (m - 1)];
		int[] t2 = new int[s2.length];
		int k = 0;
		for (int i = 0; i < m; i++) {
			s2[k] = 27 + i;
			t2[k++] = 26;
			s2[k] = 26;
			t2[k++] = 27 + i;
			for (int j = 0; j < m; j++) {
				if (i != j) {
					s2[k] = 27 + i;
					t2[k++] = 27 + j;
				}
			}
		}
		builder.add(s2, t2);
		Map<String, double[]> doubles = new HashMap<>();
		Map<String, int[]> ints = new HashMap<>();
		RankingComputation.flags(builder.build(), doubles, ints);
		assertThat(ints.get("flags")[0]).isEqualTo(RankingComputation.FLAG_HOLLOW_FOLLOWERS);
		assertThat(doubles.get("hollowFollowers")[0]).isEqualTo(1.0);
		assertThat(ints.get("flags")[26]).isEqualTo(RankingComputation.FLAG_HIGH_RECIPROCITY | RankingComputation.FLAG_MUTUAL_CLUSTER);
		assertThat(doubles.get("reciprocity")[26]).isEqualTo(1.0);
		assertThat(ints.get("flags")[1]).isZero();
	}

}
