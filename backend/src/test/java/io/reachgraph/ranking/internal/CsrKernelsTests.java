package io.reachgraph.ranking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reachgraph.ranking.internal.algo.CsrGraph;
import java.util.Arrays;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.ClusteringCoefficient;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The ranking kernels against JGraphT's implementations on random graphs, and against textbook values. */
class CsrKernelsTests {

	private final CsrKernels kernels = new CsrKernels();

	record Random2(CsrGraph csr, Graph<Integer, DefaultEdge> directed, Graph<Integer, DefaultEdge> undirected) {
	}

	static Random2 random(long seed, int n, int m) {
		Random random = new Random(seed);
		int[] s = new int[m];
		int[] t = new int[m];
		Graph<Integer, DefaultEdge> directed = new DefaultDirectedGraph<>(DefaultEdge.class);
		Graph<Integer, DefaultEdge> undirected = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < n; v++) {
			directed.addVertex(v);
			undirected.addVertex(v);
		}
		int k = 0;
		while (k < m) {
			int a = random.nextInt(n);
			int b = random.nextInt(n);
			if (a == b || directed.containsEdge(a, b)) {
				continue;
			}
			s[k] = a;
			t[k] = b;
			directed.addEdge(a, b);
			if (!undirected.containsEdge(a, b)) {
				undirected.addEdge(a, b);
			}
			k++;
		}
		return new Random2(CsrGraph.of(n, s, t), directed, undirected);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void matchesJGraphTOnRandomGraphs(long seed) {
		Random2 g = random(seed, 60, 240);
		int n = 60;
		double[] pagerank = kernels.pageRank(g.csr(), null);
		PageRank<Integer, DefaultEdge> reference = new PageRank<>(g.directed(), 0.85, 10_000, 1e-12);
		for (int v = 0; v < n; v++) {
			assertThat(pagerank[v]).isCloseTo(reference.getVertexScore(v), within(1e-9));
		}
		double[] betweenness = kernels.betweenness(g.csr(), 0).scores();
		BetweennessCentrality<Integer, DefaultEdge> brandes = new BetweennessCentrality<>(g.directed(), true);
		for (int v = 0; v < n; v++) {
			assertThat(betweenness[v]).isCloseTo(brandes.getVertexScore(v), within(1e-9));
		}
		double[] harmonic = kernels.harmonic(g.csr());
		// JGraphT's harmonic centrality sums over outgoing distances: ours ranks by incoming reach, so compare on the
		// reversed graph
		Graph<Integer, DefaultEdge> reversed = new org.jgrapht.graph.EdgeReversedGraph<>(g.directed());
		HarmonicCentrality<Integer, DefaultEdge> harmonicReference = new HarmonicCentrality<>(reversed, false, true);
		for (int v = 0; v < n; v++) {
			assertThat(harmonic[v]).isCloseTo(harmonicReference.getVertexScore(v), within(1e-9));
		}
		CsrGraph undirected = g.csr().undirected();
		int[] coreness = kernels.coreness(undirected);
		Coreness<Integer, DefaultEdge> cores = new Coreness<>(g.undirected());
		for (int v = 0; v < n; v++) {
			assertThat(coreness[v]).isEqualTo(cores.getVertexScore(v));
		}
		double[] clustering = kernels.clustering(undirected);
		ClusteringCoefficient<Integer, DefaultEdge> cc = new ClusteringCoefficient<>(g.undirected());
		for (int v = 0; v < n; v++) {
			assertThat(clustering[v]).isCloseTo(cc.getVertexScore(v), within(1e-12));
		}
	}

	@Test
	void pageRankSumsToOneAndPersonalisationFavoursTheSeeds() {
		Random2 g = random(7, 100, 400);
		assertThat(Arrays.stream(kernels.pageRank(g.csr(), null)).sum()).isCloseTo(1.0, within(1e-9));
		double[] teleport = new double[100];
		teleport[3] = 1;
		double[] personalised = kernels.pageRank(g.csr(), teleport);
		assertThat(Arrays.stream(personalised).sum()).isCloseTo(1.0, within(1e-9));
		assertThat(personalised[3]).isGreaterThan(0.15);
	}

	@Test
	void starAndPathHaveTheirClosedFormBetweenness() {
		// path 0 -> 1 -> 2 -> 3: node 1 lies on (0,2), (0,3); node 2 on (0,3), (1,3); normalised by (n-1)(n-2) = 6
		CsrGraph path = CsrGraph.of(4, new int[] { 0, 1, 2 }, new int[] { 1, 2, 3 });
		assertThat(kernels.betweenness(path, 0).scores()).containsExactly(0, 2 / 6.0, 2 / 6.0, 0);
		// star with a centre reached by and reaching 4 leaves both ways: the centre is on all 12 leaf pairs
		int[] s = new int[8];
		int[] t = new int[8];
		for (int i = 0; i < 4; i++) {
			s[2 * i] = 0;
			t[2 * i] = i + 1;
			s[2 * i + 1] = i + 1;
			t[2 * i + 1] = 0;
		}
		double[] star = kernels.betweenness(CsrGraph.of(5, s, t), 0).scores();
		assertThat(star[0]).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void communitiesSeparateTwoCliquesJoinedByOneEdge() {
		int[] s = new int[2 * 20 + 1];
		int[] t = new int[s.length];
		int k = 0;
		for (int base : new int[] { 0, 5 }) {
			for (int a = 0; a < 5; a++) {
				for (int b = a + 1; b < 5; b++) {
					s[k] = base + a;
					t[k++] = base + b;
					s[k] = base + b;
					t[k++] = base + a;
				}
			}
		}
		s[k] = 4;
		t[k] = 5;
		Kernels.Communities communities = kernels.communities(CsrGraph.of(10, s, t).undirected());
		int[] ids = communities.ids();
		assertThat(ids[0]).isEqualTo(ids[1]).isEqualTo(ids[4]).isNotEqualTo(ids[5]);
		assertThat(ids[5]).isEqualTo(ids[9]);
		assertThat(communities.modularity()).isGreaterThan(0.4);
	}

}
