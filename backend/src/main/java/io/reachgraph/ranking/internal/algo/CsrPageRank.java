package io.reachgraph.ranking.internal.algo;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CyclicBarrier;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * PageRank and personalised PageRank over a {@link CsrGraph}.
 *
 * <p>
 * <b>Model.</b> With damping {@code d} and a teleport distribution {@code p} (uniform, or the personalisation:
 * uniform over seed nodes, or any non-negative vector, normalised), the scores {@code x} are the stationary
 * distribution of the Google matrix: a walker follows an out-edge of {@code u} with probability {@code d} (chosen
 * in proportion to edge weight when weighted), and otherwise jumps to a node drawn from {@code p}. A dangling node
 * (no out-edges, or only weight 0) hands all its mass to {@code p}. Scores sum to 1. With uniform {@code p} this is
 * exactly {@code org.jgrapht.alg.scoring.PageRank}.
 *
 * <p>
 * <b>Method.</b> Since dangling mass goes to {@code p}, {@code x = c·(I − dA)⁻¹p} for a scalar {@code c}, so we
 * solve the linear system {@code z = p + d·A·z} and return {@code x = z / Σz} (Langville and Meyer, "Deeper inside
 * PageRank", 2004, §5). The nodes are first ordered by strongly connected component, in a topological order of
 * the condensation ({@link StrongComponents}, as PRPACK's SCC solvers do): solved in that order, every component
 * finds its in-neighbours outside it already final. A component of one node is then solved exactly by a single
 * evaluation (on a follower graph most nodes outside the giant component are such); a larger one becomes a system
 * of its own, with what flows in from earlier components folded into its constant term, solved by Gauss–Seidel
 * sweeps over its internal in-edges (new values are used as soon as computed, which roughly halves the sweeps
 * of the power method). A component with many edges is swept by {@code t} threads: it is cut into {@code t} blocks
 * of about equal in-edge count, each thread sweeps its block Gauss–Seidel style and reads the other blocks' values
 * from the previous sweep, so the result is deterministic for a given thread count.
 *
 * <p>
 * <b>Stopping.</b> A component stops after the sweep in which its L1 change, relative to its own mass
 * ({@code Σ|Δz| / Σz} over the component), falls to {@code tolerance} or below (default 1e-10), or after
 * {@code maxIterations} sweeps; so the L1 change of the whole normalised vector ({@link #lastChange()}) is at most
 * {@code tolerance} too ({@link #converged()} tells whether it is). {@link #iterations()} is the most sweeps any
 * component took.
 */
public final class CsrPageRank implements VertexScoringAlgorithm<Integer, Double> {

	public static final double DAMPING_DEFAULT = 0.85;

	public static final double TOLERANCE_DEFAULT = 1e-10;

	public static final int MAX_ITERATIONS_DEFAULT = 1000;

	private final CsrGraph graph;

	private final double damping;

	private final double tolerance;

	private final int maxIterations;

	private final boolean weighted;

	private final double[] teleport;

	private final int threads;

	private final boolean jacobi;

	/** Components with at least this many in-edges are swept by all threads by default; smaller ones by one. */
	static final int PARALLEL_MIN_EDGES = 200_000;

	private final int parallelMinEdges;

	private double[] scores;

	private int iterations;

	private double change;

	/** Global PageRank with the defaults: damping 0.85, tolerance 1e-10, weights used if the graph has them. */
	public CsrPageRank(CsrGraph graph) {
		this(builder(graph));
	}

	private CsrPageRank(Builder b) {
		this.graph = b.graph;
		this.damping = b.damping;
		this.tolerance = b.tolerance;
		this.maxIterations = b.maxIterations;
		this.weighted = b.weighted && b.graph.isWeighted();
		this.teleport = b.teleport;
		this.threads = b.threads;
		this.jacobi = b.jacobi;
		this.parallelMinEdges = b.parallelMinEdges;
	}

	public static Builder builder(CsrGraph graph) {
		return new Builder(graph);
	}

	/** The scores, indexed by node; computed on first use. Do not modify. */
	public synchronized double[] scores() {
		if (scores == null) {
			scores = compute();
		}
		return scores;
	}

	@Override
	public Map<Integer, Double> getScores() {
		return new ScoreMap(scores());
	}

	@Override
	public Double getVertexScore(Integer v) {
		return ScoreMap.score(scores(), v);
	}

	/** Sweeps done. */
	public synchronized int iterations() {
		scores();
		return iterations;
	}

	/** The L1 change of the normalised scores in the last sweep. */
	public synchronized double lastChange() {
		scores();
		return change;
	}

	/** Whether the tolerance was reached within {@code maxIterations}. */
	public boolean converged() {
		return lastChange() <= tolerance;
	}

	private double[] compute() {
		int n = graph.n;
		if (n == 0) {
			return new double[0];
		}
		int[] inOffsets = graph.inOffsets, inSources = graph.inSources;
		double[] w = weighted ? graph.inWeights : null;
		double[] outSums = weighted ? graph.outWeightSums() : null;
		double[] invOut = new double[n];
		double uniform = 1.0 / n;
		double[] z = new double[n];
		double[] y = new double[n];
		for (int v = 0; v < n; v++) {
			double out = weighted ? outSums[v] : graph.outDegree(v);
			invOut[v] = out > 0 ? 1.0 / out : 0.0;
			z[v] = teleport == null ? uniform : teleport[v];
			y[v] = z[v] * invOut[v];
		}
		// Jacobi (measurements only) and a strongly connected graph: one problem over the whole graph.
		StrongComponents components = jacobi ? null : graph.strongComponents();
		if (components == null || components.count == 1) {
			double[] base = new double[n];
			for (int v = 0; v < n; v++) {
				base[v] = teleport == null ? uniform : teleport[v];
			}
			new Problem(inOffsets, inSources, w, base, invOut, z, y).solve();
			return normalised(z);
		}
		// Component after component in topological order: in-neighbours outside the component are final by now.
		int[] order = components.nodes, position = components.position, bounds = components.bounds;
		for (int c = 0; c < components.count; c++) {
			int a = bounds[c], b = bounds[c + 1];
			if (b - a == 1) {
				// one node (there are no self-loops): one evaluation is exact
				int v = order[a];
				double s = 0;
				for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
					s += w == null ? y[inSources[j]] : w[j] * y[inSources[j]];
				}
				z[v] = (teleport == null ? uniform : teleport[v]) + damping * s;
				y[v] = z[v] * invOut[v];
				iterations = Math.max(iterations, 1);
				if ((c & 0xFFFF) == 0 && Thread.currentThread().isInterrupted()) {
					throw new CancellationException("interrupted");
				}
				continue;
			}
			// a component with cycles: its own small system, what flows in from outside folded into the constant
			int k = b - a;
			int[] offsets = new int[k + 1];
			for (int i = 0; i < k; i++) {
				int v = order[a + i], inside = 0;
				for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
					inside += position[inSources[j]] >= a ? 1 : 0;
				}
				offsets[i + 1] = offsets[i] + inside;
			}
			int[] sources = new int[offsets[k]];
			double[] weights = w == null ? null : new double[offsets[k]];
			double[] base = new double[k], localInvOut = new double[k], localZ = new double[k], localY = new double[k];
			for (int i = 0, e = 0; i < k; i++) {
				int v = order[a + i];
				double outside = 0;
				for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
					int u = inSources[j], pu = position[u];
					if (pu >= a) {
						sources[e] = pu - a;
						if (weights != null) {
							weights[e] = w[j];
						}
						e++;
					}
					else {
						outside += w == null ? y[u] : w[j] * y[u];
					}
				}
				base[i] = (teleport == null ? uniform : teleport[v]) + damping * outside;
				localInvOut[i] = invOut[v];
				localZ[i] = z[v];
				localY[i] = y[v];
			}
			new Problem(offsets, sources, weights, base, localInvOut, localZ, localY).solve();
			for (int i = 0; i < k; i++) {
				z[order[a + i]] = localZ[i];
				y[order[a + i]] = localY[i];
			}
		}
		return normalised(z);
	}

	/** Scales {@code z} to sum 1, and the summed last-sweep changes with it. */
	private double[] normalised(double[] z) {
		double total = 0;
		for (double v : z) {
			total += v;
		}
		this.change /= total;
		for (int v = 0; v < z.length; v++) {
			z[v] /= total;
		}
		return z;
	}

	/**
	 * One system {@code z = base + d·A·z} over an in-edge CSR: the whole graph, or one component with what flows in
	 * from earlier components folded into {@code base}. Adds its sweeps and last L1 change to the totals.
	 */
	private final class Problem {

		private final int[] offsets;

		private final int[] sources;

		private final double[] w;

		private final double[] base;

		private final double[] invOut;

		private final double[] z;

		/** {@code z[v] / out(v)}: what {@code v} hands each out-neighbour */
		private final double[] y;

		Problem(int[] offsets, int[] sources, double[] w, double[] base, double[] invOut, double[] z, double[] y) {
			this.offsets = offsets;
			this.sources = sources;
			this.w = w;
			this.base = base;
			this.invOut = invOut;
			this.z = z;
			this.y = y;
		}

		void solve() {
			int n = base.length;
			boolean big = offsets[n] >= parallelMinEdges;
			int parts = big || jacobi ? Math.max(1, Math.min(threads, n)) : 1;
			if (parts == 1 && !jacobi) {
				gaussSeidel();
			}
			else {
				blocks(parts);
			}
		}

		/** Gauss–Seidel sweeps on this thread, until the relative L1 change is small enough. */
		private void gaussSeidel() {
			int n = base.length, sweeps = 0;
			double delta, sum;
			do {
				delta = 0;
				sum = 0;
				for (int v = 0; v < n; v++) {
					double s = 0;
					if (w == null) {
						for (int j = offsets[v], end = offsets[v + 1]; j < end; j++) {
							s += y[sources[j]];
						}
					}
					else {
						for (int j = offsets[v], end = offsets[v + 1]; j < end; j++) {
							s += w[j] * y[sources[j]];
						}
					}
					double next = base[v] + damping * s;
					delta += Math.abs(next - z[v]);
					sum += next;
					z[v] = next;
					y[v] = next * invOut[v];
				}
				sweeps++;
			}
			while (delta > tolerance * sum && sweeps < maxIterations);
			iterations = Math.max(iterations, sweeps);
			change += delta;
		}

		/**
		 * Sweeps cut into {@code parts} blocks of about equal in-edge count, one thread each: a block is swept
		 * Gauss–Seidel style (Jacobi: not even that) and reads the other blocks' values from the previous sweep, so
		 * the result is deterministic for a given thread count.
		 */
		private void blocks(int parts) {
			int n = base.length;
			int[] cut = Workers.balancedRanges(offsets, n, parts);
			double[] previous = y.clone();
			double[] deltas = new double[parts], sums = new double[parts];
			boolean[] done = new boolean[1];
			int[] sweeps = new int[1];
			double[] last = new double[1];
			CyclicBarrier swept = new CyclicBarrier(parts, () -> {
				double delta = 0, sum = 0;
				for (int t = 0; t < parts; t++) {
					delta += deltas[t];
					sum += sums[t];
				}
				sweeps[0]++;
				last[0] = delta;
				done[0] = delta <= tolerance * sum || sweeps[0] >= maxIterations;
			});
			CyclicBarrier copied = new CyclicBarrier(parts);
			Workers.run(parts, t -> {
				int lo = cut[t], hi = cut[t + 1];
				int ownLo = jacobi ? 0 : lo, ownHi = jacobi ? 0 : hi;
				while (true) {
					double delta = 0, sum = 0;
					for (int v = lo; v < hi; v++) {
						double s = 0;
						for (int j = offsets[v], end = offsets[v + 1]; j < end; j++) {
							int u = sources[j];
							// this block: live values; the other blocks: the previous sweep's
							double value = u < ownLo || u >= ownHi ? previous[u] : y[u];
							s += w == null ? value : w[j] * value;
						}
						double next = base[v] + damping * s;
						delta += Math.abs(next - z[v]);
						sum += next;
						z[v] = next;
						y[v] = next * invOut[v];
					}
					deltas[t] = delta;
					sums[t] = sum;
					Workers.await(swept);
					if (done[0]) {
						return;
					}
					System.arraycopy(y, lo, previous, lo, hi - lo);
					Workers.await(copied);
				}
			});
			iterations = Math.max(iterations, sweeps[0]);
			change += last[0];
		}

	}

	/** Options; {@link #build()} gives the (lazily computed) algorithm. */
	public static final class Builder {

		private final CsrGraph graph;

		private double damping = DAMPING_DEFAULT;

		private double tolerance = TOLERANCE_DEFAULT;

		private int maxIterations = MAX_ITERATIONS_DEFAULT;

		private boolean weighted = true;

		private double[] teleport;

		private int threads = Workers.defaultThreads();

		private boolean jacobi;

		private int parallelMinEdges = PARALLEL_MIN_EDGES;

		private Builder(CsrGraph graph) {
			this.graph = Objects.requireNonNull(graph);
		}

		/** In {@code [0, 1)}. */
		public Builder damping(double damping) {
			if (!(damping >= 0 && damping < 1)) {
				throw new IllegalArgumentException("damping must be in [0, 1): " + damping);
			}
			this.damping = damping;
			return this;
		}

		public Builder tolerance(double tolerance) {
			if (!(tolerance > 0)) {
				throw new IllegalArgumentException("tolerance must be positive: " + tolerance);
			}
			this.tolerance = tolerance;
			return this;
		}

		public Builder maxIterations(int maxIterations) {
			if (maxIterations <= 0) {
				throw new IllegalArgumentException("maxIterations must be positive: " + maxIterations);
			}
			this.maxIterations = maxIterations;
			return this;
		}

		/** Whether to follow edges in proportion to their weight (default: yes, if the graph is weighted). */
		public Builder weighted(boolean weighted) {
			this.weighted = weighted;
			return this;
		}

		/** Personalised PageRank: teleport (and dangling mass) to the seed nodes, uniformly. */
		public Builder seeds(int... seeds) {
			if (seeds.length == 0) {
				throw new IllegalArgumentException("at least one seed");
			}
			double[] p = new double[graph.n];
			for (int s : seeds) {
				Objects.checkIndex(s, graph.n);
				p[s] = 1;
			}
			return personalisation(p);
		}

		/**
		 * Personalised PageRank: teleport (and dangling mass) in proportion to {@code vector} (non-negative, not all
		 * zero; normalised here). Null restores uniform teleport.
		 */
		public Builder personalisation(double[] vector) {
			if (vector == null) {
				this.teleport = null;
				return this;
			}
			if (vector.length != graph.n) {
				throw new IllegalArgumentException("personalisation needs one entry per node");
			}
			double sum = 0;
			for (double v : vector) {
				if (!(v >= 0) || Double.isInfinite(v)) {
					throw new IllegalArgumentException("personalisation entries must be finite and not negative");
				}
				sum += v;
			}
			if (sum <= 0) {
				throw new IllegalArgumentException("personalisation must not be all zero");
			}
			double[] p = new double[vector.length];
			for (int i = 0; i < p.length; i++) {
				p[i] = vector[i] / sum;
			}
			this.teleport = p;
			return this;
		}

		public Builder threads(int threads) {
			this.threads = Math.max(1, threads);
			return this;
		}

		/** Plain power-method (Jacobi) sweeps instead of Gauss–Seidel: for measurements only. */
		Builder jacobi(boolean jacobi) {
			this.jacobi = jacobi;
			return this;
		}

		/** From how many in-edges a component is swept by all threads: for tests of the parallel sweeps. */
		Builder parallelMinEdges(int edges) {
			this.parallelMinEdges = Math.max(0, edges);
			return this;
		}

		public CsrPageRank build() {
			return new CsrPageRank(this);
		}

	}

}
