package io.reachgraph.ranking.internal;

import io.reachgraph.ranking.internal.algo.CsrGraph;

/** The graph algorithms a ranking run uses, over compact CSR graphs. */
interface Kernels {

	/** PageRank (damping 0.85, tolerance 1e-10); personalised when {@code teleport} (summing to 1) is given. */
	double[] pageRank(CsrGraph graph, double[] teleport);

	/** Betweenness, normalised to [0, 1]; exact when {@code samples} is 0, else from that many sampled sources. */
	Betweenness betweenness(CsrGraph graph, int samples);

	/** Harmonic closeness (incoming distances), normalised by n - 1. */
	double[] harmonic(CsrGraph graph);

	int[] coreness(CsrGraph undirected);

	double[] clustering(CsrGraph undirected);

	Communities communities(CsrGraph undirected);

	record Betweenness(double[] scores, double errorBound) {
	}

	record Communities(int[] ids, double modularity) {
	}

}
