/**
 * Ranking runs over a network scope (edge-kind mix, k-hop neighbourhood of seeds, platforms): in-degree, PageRank,
 * personalised PageRank, betweenness, harmonic closeness, k-core, clustering, communities and a composite score;
 * stored as immutable snapshots; explanations, overlap, authenticity flags, rank history, shortlists.
 * JGraphT and the CSR kernels stay in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ranking",
		allowedDependencies = { "shared", "graph", "jobs", "identity" })
package io.reachgraph.ranking;
