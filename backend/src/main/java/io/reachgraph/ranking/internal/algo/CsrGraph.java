package io.reachgraph.ranking.internal.algo;

import io.reachgraph.graph.NetworkGraph;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable directed graph in compressed sparse row form, for the ranking kernels.
 *
 * <p>
 * Nodes are {@code 0 .. nodeCount()-1}. Out-edges and in-edges are both stored as CSR ({@code int[]} offsets of
 * length {@code n+1} and an {@code int[]} of neighbours, each list sorted ascending). There are no self-loops and no
 * parallel edges: the {@link Builder} drops the former and merges the latter ({@link Merge#SUM} by default).
 *
 * <p>
 * Weights, when the graph is weighted, are a {@code double[]} stored <em>once</em>, aligned with the in-edge array
 * (what pull-based PageRank reads); out-edge weights are derived on demand in O(E). Memory: 8 bytes per edge
 * unweighted, 16 bytes per edge weighted, plus 8 bytes per node ({@link #memoryBytes()}).
 *
 * <p>
 * A <em>symmetric</em> graph (from {@link #undirected()}) shares one adjacency for out and in: it is the undirected
 * view used by coreness, clustering and community detection.
 *
 * <p>
 * The arrays are package-private and never copied: kernels in this package read them directly and must not
 * modify them.
 */
public final class CsrGraph {

	/** Which edges a traversal follows. */
	public enum Direction {

		/** along edges, source to target */
		OUT,
		/** against edges, target to source */
		IN,
		/** both ways */
		BOTH

	}

	/** How the builder merges parallel edges (same source and target, from one list or several). */
	public enum Merge {

		/** weights add up: a follow (1.0) plus two reposts at 0.5 each weigh 2.0 */
		SUM,
		/** the heaviest edge wins */
		MAX

	}

	final int n;

	final int[] outOffsets;

	final int[] outTargets;

	final int[] inOffsets;

	final int[] inSources;

	/** aligned with {@link #inSources}; null when unweighted */
	final double[] inWeights;

	final boolean symmetric;

	/** computed on first use by the kernels that need it, then shared (PageRank and personalised PageRank) */
	private volatile StrongComponents strongComponents;

	CsrGraph(int n, int[] outOffsets, int[] outTargets, int[] inOffsets, int[] inSources, double[] inWeights,
			boolean symmetric) {
		this.n = n;
		this.outOffsets = outOffsets;
		this.outTargets = outTargets;
		this.inOffsets = inOffsets;
		this.inSources = inSources;
		this.inWeights = inWeights;
		this.symmetric = symmetric;
	}

	/** A builder for a graph of {@code nodeCount} nodes. */
	public static Builder builder(int nodeCount) {
		return new Builder(nodeCount);
	}

	/** An unweighted graph from one edge list. */
	public static CsrGraph of(int nodeCount, int[] source, int[] target) {
		return builder(nodeCount).add(source, target).build();
	}

	public int nodeCount() {
		return n;
	}

	/** Directed edges; in a symmetric graph each undirected edge counts twice (once per direction). */
	public int edgeCount() {
		return outOffsets[n];
	}

	public boolean isWeighted() {
		return inWeights != null;
	}

	/** True for the undirected view: out- and in-adjacency are the same. */
	public boolean isSymmetric() {
		return symmetric;
	}

	public int outDegree(int v) {
		return outOffsets[v + 1] - outOffsets[v];
	}

	public int inDegree(int v) {
		return inOffsets[v + 1] - inOffsets[v];
	}

	/** The sum of in-edge weights ({@link #inDegree(int)} when unweighted). */
	public double inStrength(int v) {
		if (inWeights == null) {
			return inDegree(v);
		}
		double s = 0;
		for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
			s += inWeights[j];
		}
		return s;
	}

	/** A copy of the out-neighbours of {@code v}, ascending. */
	public int[] successors(int v) {
		return Arrays.copyOfRange(outTargets, outOffsets[v], outOffsets[v + 1]);
	}

	/** Zero-copy access for hot loops: out-neighbours of v are {@code outTarget(i)} for i in [outStart(v), outEnd(v)). */
	public int outStart(int v) {
		return outOffsets[v];
	}

	public int outEnd(int v) {
		return outOffsets[v + 1];
	}

	public int outTarget(int i) {
		return outTargets[i];
	}

	/** Zero-copy access for hot loops: in-neighbours of v are {@code inSource(i)} for i in [inStart(v), inEnd(v)). */
	public int inStart(int v) {
		return inOffsets[v];
	}

	public int inEnd(int v) {
		return inOffsets[v + 1];
	}

	public int inSource(int i) {
		return inSources[i];
	}

	/** A copy of the in-neighbours of {@code v}, ascending. */
	public int[] predecessors(int v) {
		return Arrays.copyOfRange(inSources, inOffsets[v], inOffsets[v + 1]);
	}

	public boolean hasEdge(int source, int target) {
		return Arrays.binarySearch(outTargets, outOffsets[source], outOffsets[source + 1], target) >= 0;
	}

	/** The weight of edge {@code source → target}: 1 for an unweighted edge, 0 when there is none. */
	public double weight(int source, int target) {
		int j = Arrays.binarySearch(inSources, inOffsets[target], inOffsets[target + 1], source);
		if (j < 0) {
			return 0;
		}
		return inWeights == null ? 1.0 : inWeights[j];
	}

	/** Bytes held by this graph's arrays (shared arrays counted once), headers included. */
	public long memoryBytes() {
		long bytes = 32 + intArrayBytes(outOffsets) + intArrayBytes(outTargets);
		if (!symmetric) {
			bytes += intArrayBytes(inOffsets) + intArrayBytes(inSources);
		}
		if (inWeights != null) {
			bytes += 16 + 8L * inWeights.length;
		}
		return bytes;
	}

	private static long intArrayBytes(int[] a) {
		return 16 + 4L * a.length;
	}

	/** The strongly connected components in topological order; computed once, O(V + E). */
	StrongComponents strongComponents() {
		StrongComponents components = strongComponents;
		if (components == null) {
			synchronized (this) {
				components = strongComponents;
				if (components == null) {
					components = StrongComponents.of(this);
					strongComponents = components;
				}
			}
		}
		return components;
	}

	/**
	 * Per node, the sum of its out-edge weights (its out-degree when unweighted). A node whose sum is 0 is dangling.
	 */
	double[] outWeightSums() {
		double[] sums = new double[n];
		if (inWeights == null) {
			for (int v = 0; v < n; v++) {
				sums[v] = outOffsets[v + 1] - outOffsets[v];
			}
			return sums;
		}
		for (int j = 0, m = inSources.length; j < m; j++) {
			sums[inSources[j]] += inWeights[j];
		}
		return sums;
	}

	/**
	 * Weights aligned with {@link #outTargets} (null when unweighted), derived in O(E): visiting targets in
	 * ascending order meets each source's out-edges in the order its sorted out-list holds them.
	 */
	double[] outWeights() {
		if (inWeights == null) {
			return null;
		}
		if (symmetric) {
			return inWeights;
		}
		double[] w = new double[outTargets.length];
		int[] cursor = Arrays.copyOf(outOffsets, n);
		for (int v = 0; v < n; v++) {
			for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
				w[cursor[inSources[j]]++] = inWeights[j];
			}
		}
		return w;
	}

	/**
	 * The undirected view: {@code u — v} when {@code u → v} or {@code v → u}; weight the sum of both directions'
	 * weights (unweighted stays unweighted: a reciprocal pair is one edge). Returns {@code this} when already
	 * symmetric. O(E): each node's sorted out- and in-lists are merged.
	 */
	public CsrGraph undirected() {
		if (symmetric) {
			return this;
		}
		int[] offsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			int i = outOffsets[v], iEnd = outOffsets[v + 1], j = inOffsets[v], jEnd = inOffsets[v + 1];
			int count = 0;
			while (i < iEnd && j < jEnd) {
				int a = outTargets[i], b = inSources[j];
				if (a <= b) {
					i++;
				}
				if (b <= a) {
					j++;
				}
				count++;
			}
			offsets[v + 1] = offsets[v] + count + (iEnd - i) + (jEnd - j);
		}
		int[] adjacency = new int[offsets[n]];
		double[] outW = outWeights();
		double[] weights = inWeights == null ? null : new double[adjacency.length];
		for (int v = 0; v < n; v++) {
			int i = outOffsets[v], iEnd = outOffsets[v + 1], j = inOffsets[v], jEnd = inOffsets[v + 1];
			int p = offsets[v];
			while (i < iEnd || j < jEnd) {
				int a = i < iEnd ? outTargets[i] : Integer.MAX_VALUE;
				int b = j < jEnd ? inSources[j] : Integer.MAX_VALUE;
				double w = 0;
				if (a <= b) {
					if (weights != null) {
						w += outW[i];
					}
					i++;
				}
				if (b <= a) {
					if (weights != null) {
						w += inWeights[j];
					}
					j++;
				}
				adjacency[p] = Math.min(a, b);
				if (weights != null) {
					weights[p] = w;
				}
				p++;
			}
		}
		return new CsrGraph(n, offsets, adjacency, offsets, adjacency, weights, true);
	}

	/**
	 * The subgraph induced by {@code nodes}: local node {@code i} is the {@code i}-th distinct entry of
	 * {@code nodes}. Edges and weights are kept as they are; a symmetric graph gives a symmetric subgraph.
	 */
	public Subgraph subgraph(int[] nodes) {
		int[] local = new int[n];
		Arrays.fill(local, -1);
		int[] original = new int[nodes.length];
		int k = 0;
		for (int v : nodes) {
			Objects.checkIndex(v, n);
			if (local[v] < 0) {
				local[v] = k;
				original[k++] = v;
			}
		}
		original = Arrays.copyOf(original, k);
		IntArrayList src = new IntArrayList(), tgt = new IntArrayList();
		DoubleArrayList w = inWeights == null ? null : new DoubleArrayList();
		for (int t = 0; t < k; t++) {
			int v = original[t];
			for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
				int s = local[inSources[j]];
				if (s >= 0) {
					src.add(s);
					tgt.add(t);
					if (w != null) {
						w.add(inWeights[j]);
					}
				}
			}
		}
		Builder builder = builder(k);
		if (w != null) {
			builder.add(src.toIntArray(), tgt.toIntArray(), w.toDoubleArray(), 1.0).weighted(true);
		}
		else {
			builder.add(src.toIntArray(), tgt.toIntArray());
		}
		CsrGraph sub = builder.build();
		if (symmetric) {
			sub = new CsrGraph(k, sub.outOffsets, sub.outTargets, sub.outOffsets, sub.outTargets, sub.inWeights, true);
		}
		return new Subgraph(sub, original);
	}

	/** {@link #neighbourhood(int[], int, Direction, int)} without a size cap. */
	public Subgraph neighbourhood(int[] seeds, int hops, Direction direction) {
		return neighbourhood(seeds, hops, direction, Integer.MAX_VALUE);
	}

	/**
	 * The subgraph induced by the nodes within {@code hops} steps of {@code seeds} (breadth first, following
	 * {@code direction}), at most {@code maxNodes} of them (nearer nodes first). Local ids follow discovery order, so
	 * the distinct seeds are local {@code 0 .. s-1}, in the order given.
	 */
	public Subgraph neighbourhood(int[] seeds, int hops, Direction direction, int maxNodes) {
		if (hops < 0 || maxNodes < 0) {
			throw new IllegalArgumentException("hops and maxNodes must not be negative");
		}
		int[] dist = new int[n];
		Arrays.fill(dist, -1);
		int[] order = new int[Math.min(n, Math.max(maxNodes, 0))];
		int size = 0;
		for (int s : seeds) {
			Objects.checkIndex(s, n);
			if (dist[s] < 0 && size < order.length) {
				dist[s] = 0;
				order[size++] = s;
			}
		}
		boolean out = direction != Direction.IN, in = direction != Direction.OUT;
		for (int head = 0; head < size && size < order.length; head++) {
			int v = order[head];
			if (dist[v] >= hops) {
				break;
			}
			if (out) {
				for (int j = outOffsets[v], end = outOffsets[v + 1]; j < end && size < order.length; j++) {
					int u = outTargets[j];
					if (dist[u] < 0) {
						dist[u] = dist[v] + 1;
						order[size++] = u;
					}
				}
			}
			if (in) {
				for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end && size < order.length; j++) {
					int u = inSources[j];
					if (dist[u] < 0) {
						dist[u] = dist[v] + 1;
						order[size++] = u;
					}
				}
			}
		}
		return subgraph(Arrays.copyOf(order, size));
	}

	/**
	 * A subgraph and where its nodes came from: local node {@code i} is node {@code originalIds[i]} of the graph it
	 * was cut from.
	 */
	public record Subgraph(CsrGraph graph, int[] originalIds) {

		public int toOriginal(int local) {
			return originalIds[local];
		}

	}

	/**
	 * Builds a {@link CsrGraph} from one or more edge lists in O(E + n) with two counting sorts (by target, then by
	 * source), no boxing. Lists can be weighted and scaled, so a run can mix edge kinds
	 * ({@code follows × 1.0 + reposts × 0.5}). Self-loops are dropped, edges of weight 0 (after scaling) are dropped,
	 * parallel edges are merged with {@link Merge#SUM} (default) or {@link Merge#MAX}.
	 *
	 * <p>
	 * The graph is weighted when any list carries weights or a multiplier other than 1, or when
	 * {@link #weighted(boolean) asked}; an unweighted graph just collapses parallel edges.
	 */
	public static final class Builder {

		private final int n;

		private final List<EdgeList> lists = new ArrayList<>();

		private Merge merge = Merge.SUM;

		private boolean forceWeighted;

		private Builder(int n) {
			if (n < 0) {
				throw new IllegalArgumentException("node count must not be negative");
			}
			this.n = n;
		}

		/** Unweighted edges {@code source[i] → target[i]}. */
		public Builder add(int[] source, int[] target) {
			return add(new EdgeList(source, target, null, null, 1.0));
		}

		/** Edges of weight {@code multiplier} each. */
		public Builder add(int[] source, int[] target, double multiplier) {
			return add(new EdgeList(source, target, null, null, multiplier));
		}

		/** Edges of weight {@code weight[i] × multiplier}; {@code weight} may be null (1 each). */
		public Builder add(int[] source, int[] target, int[] weight, double multiplier) {
			return add(new EdgeList(source, target, weight, null, multiplier));
		}

		/** Edges of weight {@code weight[i] × multiplier}; {@code weight} may be null (1 each). */
		public Builder add(int[] source, int[] target, double[] weight, double multiplier) {
			return add(new EdgeList(source, target, null, weight, multiplier));
		}

		/** One edge kind of a {@link NetworkGraph}, its weights (counts) scaled by {@code multiplier}. */
		public Builder add(NetworkGraph.Edges edges, double multiplier) {
			return add(edges.source(), edges.target(), edges.weight(), multiplier);
		}

		public Builder merge(Merge merge) {
			this.merge = Objects.requireNonNull(merge);
			return this;
		}

		/** Keep weights even when every list is plain (then every edge weighs its merged count or 1). */
		public Builder weighted(boolean weighted) {
			this.forceWeighted = weighted;
			return this;
		}

		private Builder add(EdgeList list) {
			if (list.source.length != list.target.length || (list.intWeight != null && list.intWeight.length != list.source.length)
					|| (list.doubleWeight != null && list.doubleWeight.length != list.source.length)) {
				throw new IllegalArgumentException("edge arrays must have the same length");
			}
			if (!(list.multiplier >= 0) || Double.isInfinite(list.multiplier)) {
				throw new IllegalArgumentException("multiplier must be finite and not negative: " + list.multiplier);
			}
			lists.add(list);
			return this;
		}

		public CsrGraph build() {
			boolean weighted = forceWeighted || lists.stream().anyMatch(EdgeList::weighted);
			// pass 1: bucket sources by target (counting sort), dropping self-loops and zero weights
			int[] byTarget = new int[n + 1];
			long total = 0;
			for (EdgeList l : lists) {
				for (int i = 0; i < l.source.length; i++) {
					int s = l.source[i], t = l.target[i];
					if (s < 0 || s >= n || t < 0 || t >= n) {
						throw new IllegalArgumentException("edge " + s + " -> " + t + " outside 0.." + (n - 1));
					}
					if (s != t && l.weight(i) != 0) {
						byTarget[t + 1]++;
						total++;
					}
				}
			}
			if (total > Integer.MAX_VALUE - 16) {
				throw new IllegalArgumentException("too many edges: " + total);
			}
			int m = (int) total;
			for (int v = 0; v < n; v++) {
				byTarget[v + 1] += byTarget[v];
			}
			int[] cursor = Arrays.copyOf(byTarget, n);
			int[] sources = new int[m];
			double[] weights = weighted ? new double[m] : null;
			for (EdgeList l : lists) {
				for (int i = 0; i < l.source.length; i++) {
					int s = l.source[i], t = l.target[i];
					if (s != t) {
						double w = l.weight(i);
						if (w != 0) {
							int p = cursor[t]++;
							sources[p] = s;
							if (weighted) {
								weights[p] = w;
							}
						}
					}
				}
			}
			// pass 2: bucket by source, visiting targets in ascending order: each out-list comes out sorted
			int[] outOffsets = new int[n + 1];
			for (int j = 0; j < m; j++) {
				outOffsets[sources[j] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				outOffsets[v + 1] += outOffsets[v];
			}
			System.arraycopy(outOffsets, 0, cursor, 0, n);
			int[] targets = new int[m];
			double[] outW = weighted ? new double[m] : null;
			for (int t = 0; t < n; t++) {
				for (int j = byTarget[t], end = byTarget[t + 1]; j < end; j++) {
					int p = cursor[sources[j]]++;
					targets[p] = t;
					if (weighted) {
						outW[p] = weights[j];
					}
				}
			}
			sources = null;
			weights = null;
			// merge parallel edges, now adjacent, in place
			int w = 0;
			for (int u = 0; u < n; u++) {
				int start = outOffsets[u], end = outOffsets[u + 1];
				outOffsets[u] = w;
				int last = -1;
				for (int j = start; j < end; j++) {
					int t = targets[j];
					if (t == last) {
						if (weighted) {
							outW[w - 1] = merge == Merge.SUM ? outW[w - 1] + outW[j] : Math.max(outW[w - 1], outW[j]);
						}
					}
					else {
						targets[w] = t;
						if (weighted) {
							outW[w] = outW[j];
						}
						w++;
						last = t;
					}
				}
			}
			outOffsets[n] = w;
			if (w < m) {
				targets = Arrays.copyOf(targets, w);
				if (weighted) {
					outW = Arrays.copyOf(outW, w);
				}
			}
			// pass 3: in-edges from out-edges, visiting sources in ascending order: each in-list comes out sorted
			int[] inOffsets = new int[n + 1];
			for (int j = 0; j < w; j++) {
				inOffsets[targets[j] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				inOffsets[v + 1] += inOffsets[v];
			}
			System.arraycopy(inOffsets, 0, cursor, 0, n);
			int[] inSources = new int[w];
			double[] inWeights = weighted ? new double[w] : null;
			for (int u = 0; u < n; u++) {
				for (int j = outOffsets[u], end = outOffsets[u + 1]; j < end; j++) {
					int p = cursor[targets[j]]++;
					inSources[p] = u;
					if (weighted) {
						inWeights[p] = outW[j];
					}
				}
			}
			return new CsrGraph(n, outOffsets, targets, inOffsets, inSources, inWeights, false);
		}

	}

	private record EdgeList(int[] source, int[] target, int[] intWeight, double[] doubleWeight, double multiplier) {

		EdgeList {
			Objects.requireNonNull(source, "source");
			Objects.requireNonNull(target, "target");
		}

		boolean weighted() {
			return intWeight != null || doubleWeight != null || multiplier != 1.0;
		}

		double weight(int i) {
			double w = intWeight != null ? intWeight[i] : doubleWeight != null ? doubleWeight[i] : 1.0;
			if (!(w >= 0) || Double.isInfinite(w)) {
				throw new IllegalArgumentException("edge weight must be finite and not negative: " + w);
			}
			return w * multiplier;
		}

	}

}
