package io.reachgraph.ranking.internal;

import io.reachgraph.ranking.internal.algo.CsrGraph;
import io.reachgraph.ranking.internal.algo.CsrPageRank;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * The ranking kernels over CSR graphs: PageRank from {@link CsrPageRank}; Brandes betweenness (exact, or sampled
 * sources scaled by n/k), harmonic closeness (exact up to {@link #EXACT_HARMONIC_LIMIT} nodes, else from sampled
 * sources), Batagelj–Zaversnik coreness, local clustering and label-propagation communities with their modularity.
 */
@Component
class CsrKernels implements Kernels {

	static final int EXACT_HARMONIC_LIMIT = 20_000;

	static final int HARMONIC_SAMPLES = 512;

	private static final long SEED = 20261122L;

	@Override
	public double[] pageRank(CsrGraph graph, double[] teleport) {
		if (graph.nodeCount() == 0) {
			return new double[0];
		}
		CsrPageRank.Builder builder = CsrPageRank.builder(graph).tolerance(1e-10).maxIterations(200).weighted(graph.isWeighted());
		if (teleport != null) {
			builder.personalisation(teleport);
		}
		return builder.build().scores();
	}

	@Override
	public Betweenness betweenness(CsrGraph graph, int samples) {
		int n = graph.nodeCount();
		double[] score = new double[n];
		if (n < 3) {
			return new Betweenness(score, 0);
		}
		int[] sources = sources(n, samples);
		int[] stack = new int[n];
		int[] queue = new int[n];
		int[] distance = new int[n];
		double[] paths = new double[n];
		double[] delta = new double[n];
		// predecessors on shortest paths live in one flat array, in each node's in-edge range
		int[] predecessorsOnPath = new int[Math.max(1, graph.edgeCount())];
		int[] predecessorCount = new int[n];
		for (int s : sources) {
			Arrays.fill(distance, -1);
			Arrays.fill(paths, 0);
			Arrays.fill(delta, 0);
			Arrays.fill(predecessorCount, 0);
			int head = 0;
			int tail = 0;
			int top = 0;
			distance[s] = 0;
			paths[s] = 1;
			queue[tail++] = s;
			while (head < tail) {
				int v = queue[head++];
				stack[top++] = v;
				for (int e = graph.outStart(v), end = graph.outEnd(v); e < end; e++) {
					int w = graph.outTarget(e);
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						queue[tail++] = w;
					}
					if (distance[w] == distance[v] + 1) {
						paths[w] += paths[v];
						predecessorsOnPath[graph.inStart(w) + predecessorCount[w]++] = v;
					}
				}
			}
			while (top > 0) {
				int w = stack[--top];
				for (int i = 0, base = graph.inStart(w); i < predecessorCount[w]; i++) {
					int v = predecessorsOnPath[base + i];
					delta[v] += paths[v] / paths[w] * (1 + delta[w]);
				}
				if (w != s) {
					score[w] += delta[w];
				}
			}
		}
		double scale = sources.length == n ? 1.0 : n / (double) sources.length;
		double normaliser = (double) (n - 1) * (double) (n - 2);
		for (int v = 0; v < n; v++) {
			score[v] = score[v] * scale / normaliser;
		}
		// Hoeffding: each sampled source contributes a value in [0, 1] to the normalised score, so with k samples the
		// estimate is within epsilon of the true value with probability 1 - delta for epsilon = sqrt(ln(2/delta) / 2k)
		double bound = sources.length == n ? 0 : Math.sqrt(Math.log(2 / 0.05) / (2.0 * sources.length));
		return new Betweenness(score, bound);
	}

	private static int[] sources(int n, int samples) {
		if (samples <= 0 || samples >= n) {
			int[] all = new int[n];
			for (int i = 0; i < n; i++) {
				all[i] = i;
			}
			return all;
		}
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		SplittableRandom random = new SplittableRandom(SEED);
		for (int i = 0; i < samples; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		return Arrays.copyOf(all, samples);
	}

	/** Harmonic closeness of v = sum over u of 1 / d(u, v) (incoming), normalised by n - 1. */
	@Override
	public double[] harmonic(CsrGraph graph) {
		int n = graph.nodeCount();
		double[] score = new double[n];
		if (n < 2) {
			return score;
		}
		int[] sources = sources(n, n <= EXACT_HARMONIC_LIMIT ? 0 : HARMONIC_SAMPLES);
		int[] distance = new int[n];
		int[] queue = new int[n];
		for (int s : sources) {
			Arrays.fill(distance, -1);
			int head = 0;
			int tail = 0;
			distance[s] = 0;
			queue[tail++] = s;
			while (head < tail) {
				int v = queue[head++];
				for (int e = graph.outStart(v), end = graph.outEnd(v); e < end; e++) {
					int w = graph.outTarget(e);
					if (distance[w] < 0) {
						distance[w] = distance[v] + 1;
						score[w] += 1.0 / distance[w];
						queue[tail++] = w;
					}
				}
			}
		}
		double scale = sources.length == n ? 1.0 : n / (double) sources.length;
		for (int v = 0; v < n; v++) {
			score[v] = score[v] * scale / (n - 1);
		}
		return score;
	}

	/** Batagelj–Zaversnik k-core decomposition, O(m). */
	@Override
	public int[] coreness(CsrGraph undirected) {
		int n = undirected.nodeCount();
		int[] degree = new int[n];
		int max = 0;
		for (int v = 0; v < n; v++) {
			degree[v] = undirected.outDegree(v);
			max = Math.max(max, degree[v]);
		}
		int[] bin = new int[max + 1];
		for (int v = 0; v < n; v++) {
			bin[degree[v]]++;
		}
		int start = 0;
		for (int d = 0; d <= max; d++) {
			int count = bin[d];
			bin[d] = start;
			start += count;
		}
		int[] position = new int[n];
		int[] order = new int[n];
		for (int v = 0; v < n; v++) {
			position[v] = bin[degree[v]];
			order[position[v]] = v;
			bin[degree[v]]++;
		}
		for (int d = max; d > 0; d--) {
			bin[d] = bin[d - 1];
		}
		if (max >= 0 && bin.length > 0) {
			bin[0] = 0;
		}
		for (int i = 0; i < n; i++) {
			int v = order[i];
			for (int e = undirected.outStart(v), end = undirected.outEnd(v); e < end; e++) {
				int u = undirected.outTarget(e);
				if (degree[u] > degree[v]) {
					int du = degree[u];
					int pu = position[u];
					int pw = bin[du];
					int w = order[pw];
					if (u != w) {
						position[u] = pw;
						order[pu] = w;
						position[w] = pu;
						order[pw] = u;
					}
					bin[du]++;
					degree[u]--;
				}
			}
		}
		return degree;
	}

	/**
	 * Local clustering coefficient on the undirected view: triangles through v / (k (k - 1) / 2). Triangles are counted
	 * once each by orienting every edge from the lower to the higher (degree, id) end ("forward" algorithm), which
	 * keeps hubs cheap: O(m^1.5) instead of the sum of squared degrees.
	 */
	@Override
	public double[] clustering(CsrGraph undirected) {
		int n = undirected.nodeCount();
		long[] triangles = new long[n];
		int[] mark = new int[n];
		Arrays.fill(mark, -1);
		for (int v = 0; v < n; v++) {
			for (int e = undirected.outStart(v), end = undirected.outEnd(v); e < end; e++) {
				int u = undirected.outTarget(e);
				if (before(undirected, v, u)) {
					mark[u] = v;
				}
			}
			for (int e = undirected.outStart(v), end = undirected.outEnd(v); e < end; e++) {
				int u = undirected.outTarget(e);
				if (!before(undirected, v, u)) {
					continue;
				}
				for (int f = undirected.outStart(u), fEnd = undirected.outEnd(u); f < fEnd; f++) {
					int w = undirected.outTarget(f);
					if (mark[w] == v && before(undirected, u, w)) {
						triangles[v]++;
						triangles[u]++;
						triangles[w]++;
					}
				}
			}
		}
		double[] coefficient = new double[n];
		for (int v = 0; v < n; v++) {
			long k = undirected.outDegree(v);
			coefficient[v] = k < 2 ? 0 : 2.0 * triangles[v] / (k * (k - 1));
		}
		return coefficient;
	}

	private static boolean before(CsrGraph g, int a, int b) {
		int da = g.outDegree(a);
		int db = g.outDegree(b);
		return da < db || (da == db && a < b);
	}

	/** Label propagation (asynchronous, seeded order), then community ids renumbered by size; with modularity. */
	@Override
	public Communities communities(CsrGraph undirected) {
		int n = undirected.nodeCount();
		int[] label = new int[n];
		for (int v = 0; v < n; v++) {
			label[v] = v;
		}
		int[] order = sources(n, 0);
		SplittableRandom random = new SplittableRandom(SEED);
		int[] counts = new int[n];
		int[] touched = new int[n];
		for (int round = 0; round < 30; round++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			boolean changed = false;
			for (int v : order) {
				int from = undirected.outStart(v);
				int to = undirected.outEnd(v);
				if (from == to) {
					continue;
				}
				int distinct = 0;
				int best = label[v];
				int bestCount = 0;
				for (int e = from; e < to; e++) {
					int l = label[undirected.outTarget(e)];
					if (counts[l] == 0) {
						touched[distinct++] = l;
					}
					counts[l]++;
					if (counts[l] > bestCount || (counts[l] == bestCount && l < best)) {
						best = l;
						bestCount = counts[l];
					}
				}
				if (counts[label[v]] == bestCount) {
					best = label[v];
				}
				for (int i = 0; i < distinct; i++) {
					counts[touched[i]] = 0;
				}
				if (best != label[v]) {
					label[v] = best;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		int[] size = new int[n];
		for (int v = 0; v < n; v++) {
			size[label[v]]++;
		}
		Integer[] labels = Arrays.stream(label).distinct().boxed().toArray(Integer[]::new);
		Arrays.sort(labels, (a, b) -> size[b] != size[a] ? size[b] - size[a] : Integer.compare(a, b));
		int[] renumber = new int[n];
		for (int i = 0; i < labels.length; i++) {
			renumber[labels[i]] = i;
		}
		int[] ids = new int[n];
		for (int v = 0; v < n; v++) {
			ids[v] = renumber[label[v]];
		}
		return new Communities(ids, modularity(undirected, ids));
	}

	/** Newman's modularity of a partition of the undirected (unweighted) view. */
	static double modularity(CsrGraph undirected, int[] community) {
		int n = undirected.nodeCount();
		double twoM = 0;
		double[] degreeSum = new double[n];
		double inside = 0;
		for (int v = 0; v < n; v++) {
			int degree = undirected.outDegree(v);
			twoM += degree;
			degreeSum[community[v]] += degree;
			for (int e = undirected.outStart(v), end = undirected.outEnd(v); e < end; e++) {
				if (community[undirected.outTarget(e)] == community[v]) {
					inside++;
				}
			}
		}
		if (twoM == 0) {
			return 0;
		}
		double expected = 0;
		for (double d : degreeSum) {
			expected += (d / twoM) * (d / twoM);
		}
		return inside / twoM - expected;
	}

}
