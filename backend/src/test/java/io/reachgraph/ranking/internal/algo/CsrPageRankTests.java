package io.reachgraph.ranking.internal.algo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PageRank solved component by component (strongly connected components in topological order) against JGraphT's
 * power method and against our own plain Jacobi sweeps over the unordered graph, on graphs made of many components:
 * follower DAGs as Price's model grows them, sparse random graphs, and both with follow-backs.
 */
class CsrPageRankTests {

	record Edges(int n, int[] source, int[] target) {

		CsrGraph csr() {
			return CsrGraph.of(n, source, target);
		}

		Graph<Integer, DefaultEdge> jgrapht() {
			Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
			for (int v = 0; v < n; v++) {
				g.addVertex(v);
			}
			for (int i = 0; i < source.length; i++) {
				if (source[i] != target[i]) {
					g.addEdge(source[i], target[i]);
				}
			}
			return g;
		}

	}

	/** Price's model: each new node follows up to m earlier ones; a share of them follow back. */
	static Edges follower(long seed, int n, int m, double followBack) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] s = new int[n * m * 2];
		int[] t = new int[n * m * 2];
		int k = 0;
		for (int v = 1; v < n; v++) {
			for (int i = 0; i < Math.min(m, v); i++) {
				int u = k > 0 && random.nextBoolean() ? t[random.nextInt(k)] : random.nextInt(v);
				s[k] = v;
				t[k++] = u;
				if (random.nextDouble() < followBack) {
					s[k] = u;
					t[k++] = v;
				}
			}
		}
		return new Edges(n, Arrays.copyOf(s, k), Arrays.copyOf(t, k));
	}

	static Edges sparse(long seed, int n, int m) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] s = new int[m];
		int[] t = new int[m];
		for (int i = 0; i < m; i++) {
			s[i] = random.nextInt(n);
			t[i] = random.nextInt(n);
		}
		return new Edges(n, s, t);
	}

	@Test
	void componentsComeInTopologicalOrder() {
		// 6 → {0 1 2} → {3 4}; 5 alone
		Edges edges = new Edges(7, new int[] { 0, 1, 2, 2, 3, 4, 6 }, new int[] { 1, 2, 0, 3, 4, 3, 0 });
		StrongComponents components = StrongComponents.of(edges.csr());
		assertThat(components.count).isEqualTo(4);
		int[] component = componentOf(components, 7);
		assertThat(component[0]).isEqualTo(component[1]).isEqualTo(component[2]);
		assertThat(component[3]).isEqualTo(component[4]).isNotEqualTo(component[0]);
		assertThat(component[6]).isLessThan(component[0]);
		assertThat(component[0]).isLessThan(component[3]);
		assertThat(components.largest()).isEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4 })
	void componentsAgreeWithKosarajuAndEveryEdgeGoesForward(long seed) {
		Edges edges = seed % 2 == 0 ? sparse(seed, 400, 520) : follower(seed, 400, 3, 0.05);
		StrongComponents components = StrongComponents.of(edges.csr());
		int[] component = componentOf(components, edges.n());
		for (int i = 0; i < edges.source().length; i++) {
			assertThat(component[edges.source()[i]]).isLessThanOrEqualTo(component[edges.target()[i]]);
		}
		var reference = new KosarajuStrongConnectivityInspector<>(edges.jgrapht()).stronglyConnectedSets();
		assertThat(components.count).isEqualTo(reference.size());
		for (var set : reference) {
			assertThat(set.stream().map(v -> component[v]).distinct()).hasSize(1);
		}
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void matchesJGraphTOnGraphsOfManyComponents(long seed) {
		Edges edges = switch ((int) (seed % 3)) {
			case 0 -> follower(seed, 500, 3, 0);
			case 1 -> follower(seed, 500, 3, 0.1);
			default -> sparse(seed, 500, 700);
		};
		PageRank<Integer, DefaultEdge> reference = new PageRank<>(edges.jgrapht(), 0.85, 100_000, 1e-13);
		for (int threads : new int[] { 1, 2 }) {
			for (int parallelMinEdges : new int[] { 0, CsrPageRank.PARALLEL_MIN_EDGES }) {
				CsrPageRank pagerank = CsrPageRank.builder(edges.csr()).threads(threads).parallelMinEdges(parallelMinEdges)
					.build();
				double[] scores = pagerank.scores();
				assertThat(pagerank.converged()).isTrue();
				assertThat(Arrays.stream(scores).sum()).isCloseTo(1.0, within(1e-12));
				for (int v = 0; v < edges.n(); v++) {
					assertThat(scores[v]).as("node %d, %d thread(s)", v, threads)
						.isCloseTo(reference.getVertexScore(v), within(1e-9));
				}
			}
		}
	}

	@Test
	void aFollowerDagIsSolvedInOneSweep() {
		Edges edges = follower(9, 20_000, 5, 0);
		CsrPageRank ordered = CsrPageRank.builder(edges.csr()).build();
		CsrPageRank jacobi = CsrPageRank.builder(edges.csr()).jacobi(true).tolerance(1e-14).build();
		assertThat(ordered.iterations()).isEqualTo(1);
		assertThat(jacobi.iterations()).isGreaterThan(10);
		for (int v = 0; v < edges.n(); v++) {
			assertThat(ordered.scores()[v]).isCloseTo(jacobi.scores()[v], within(1e-12));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2 })
	void personalisedAndWeightedScoresMatchPlainSweeps(int threads) {
		Edges edges = follower(11, 3_000, 4, 0.2);
		double[] weights = new double[edges.source().length];
		SplittableRandom random = new SplittableRandom(5);
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 0.5 + random.nextInt(4);
		}
		CsrGraph weighted = CsrGraph.builder(edges.n()).add(edges.source(), edges.target(), weights, 1.0).build();
		for (CsrGraph graph : new CsrGraph[] { edges.csr(), weighted }) {
			int[] seeds = { 0, 17, 2_500 };
			for (int parallelMinEdges : new int[] { 0, CsrPageRank.PARALLEL_MIN_EDGES }) {
				double[] ordered = CsrPageRank.builder(graph).seeds(seeds).threads(threads).parallelMinEdges(parallelMinEdges)
					.tolerance(1e-13).build().scores();
				double[] plain = CsrPageRank.builder(graph).seeds(seeds).jacobi(true).tolerance(1e-13).build().scores();
				for (int v = 0; v < edges.n(); v++) {
					assertThat(ordered[v]).as("node %d", v).isCloseTo(plain[v], within(1e-11));
				}
			}
		}
	}

	private static int[] componentOf(StrongComponents components, int n) {
		int[] component = new int[n];
		for (int c = 0; c < components.count; c++) {
			for (int i = components.bounds[c]; i < components.bounds[c + 1]; i++) {
				component[components.nodes[i]] = c;
			}
		}
		return component;
	}

}
