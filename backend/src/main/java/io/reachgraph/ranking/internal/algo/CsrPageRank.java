package io.reachgraph.ranking.internal.algo;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
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
 * PageRank", 2004, §5). The system is solved by Gauss–Seidel sweeps over the in-edge CSR (new values are used as
 * soon as computed, which roughly halves the sweeps of the power method). With {@code t} threads the nodes are cut
 * into {@code t} blocks of about equal in-edge count: each thread sweeps its block Gauss–Seidel style and reads the
 * other blocks' values from the previous sweep, so the result is deterministic for a given thread count.
 *
 * <p>
 * <b>Stopping.</b> After the sweep in which the L1 change of the normalised vector, {@code Σ|Δz| / Σz}, falls
 * to {@code tolerance} or below (default 1e-10), or after {@code maxIterations} sweeps ({@link #converged()} tells
 * which).
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
		int[] offsets = graph.inOffsets, sources = graph.inSources;
		double[] w = weighted ? graph.inWeights : null;
		double[] invOut = weighted ? graph.outWeightSums() : new double[n];
		for (int v = 0; v < n; v++) {
			double out = weighted ? invOut[v] : graph.outDegree(v);
			invOut[v] = out > 0 ? 1.0 / out : 0.0;
		}
		double uniform = 1.0 / n;
		double[] z = new double[n];
		double[] y = new double[n];
		for (int v = 0; v < n; v++) {
			z[v] = teleport == null ? uniform : teleport[v];
			y[v] = z[v] * invOut[v];
		}
		int parts = Math.max(1, Math.min(threads, n / 1024 + 1));
		int[] bounds = Workers.balancedRanges(offsets, n, parts);
		double[] snapshot = parts > 1 || jacobi ? y.clone() : null;
		double[] deltas = new double[parts], sums = new double[parts];
		boolean[] done = new boolean[1];
		int[] sweeps = new int[1];
		double[] lastChange = new double[] { Double.POSITIVE_INFINITY };
		CyclicBarrier swept = new CyclicBarrier(parts, () -> {
			double delta = 0, sum = 0;
			for (int t = 0; t < deltas.length; t++) {
				delta += deltas[t];
				sum += sums[t];
			}
			sweeps[0]++;
			lastChange[0] = delta / sum;
			done[0] = lastChange[0] <= tolerance || sweeps[0] >= maxIterations;
		});
		CyclicBarrier copied = new CyclicBarrier(parts);
		Workers.run(parts, t -> {
			int lo = bounds[t], hi = bounds[t + 1];
			int ownLo = jacobi ? 0 : lo, ownHi = jacobi ? 0 : hi;
			while (true) {
				double delta = 0, sum = 0;
				for (int v = lo; v < hi; v++) {
					double s = w == null ? gather(offsets, sources, y, snapshot, ownLo, ownHi, v)
							: gatherWeighted(offsets, sources, w, y, snapshot, ownLo, ownHi, v);
					double next = (teleport == null ? uniform : teleport[v]) + damping * s;
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
				if (snapshot != null) {
					System.arraycopy(y, lo, snapshot, lo, hi - lo);
					Workers.await(copied);
				}
			}
		});
		this.iterations = sweeps[0];
		this.change = lastChange[0];
		double total = 0;
		for (double v : z) {
			total += v;
		}
		for (int v = 0; v < n; v++) {
			z[v] /= total;
		}
		return z;
	}

	/**
	 * {@code Σ y[u]} over the in-neighbours {@code u} of {@code v}: from {@code live} for {@code u} in the block
	 * {@code [ownLo, ownHi)} (Gauss–Seidel), from {@code snapshot} for the rest. In-lists are sorted, so the
	 * neighbours fall into three runs: below, inside and above the block.
	 */
	private static double gather(int[] offsets, int[] sources, double[] live, double[] snapshot, int ownLo,
			int ownHi, int v) {
		int j = offsets[v], end = offsets[v + 1];
		double s = 0;
		int u;
		while (j < end && (u = sources[j]) < ownLo) {
			s += snapshot[u];
			j++;
		}
		while (j < end && (u = sources[j]) < ownHi) {
			s += live[u];
			j++;
		}
		for (; j < end; j++) {
			s += snapshot[sources[j]];
		}
		return s;
	}

	private static double gatherWeighted(int[] offsets, int[] sources, double[] weights, double[] live,
			double[] snapshot, int ownLo, int ownHi, int v) {
		int j = offsets[v], end = offsets[v + 1];
		double s = 0;
		int u;
		while (j < end && (u = sources[j]) < ownLo) {
			s += weights[j] * snapshot[u];
			j++;
		}
		while (j < end && (u = sources[j]) < ownHi) {
			s += weights[j] * live[u];
			j++;
		}
		for (; j < end; j++) {
			s += weights[j] * snapshot[sources[j]];
		}
		return s;
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

		public CsrPageRank build() {
			return new CsrPageRank(this);
		}

	}

}
