/**
 * The ranking algorithm layer: {@link io.reachgraph.ranking.internal.algo.CsrGraph}, an immutable compressed
 * sparse row graph of {@code int[]} arrays, and the kernels over it (PageRank, personalised PageRank, Brandes
 * betweenness exact and sampled, harmonic closeness, coreness, clustering, Louvain and label propagation). Kernels
 * implement JGraphT's scoring and clustering interfaces for interchangeability with JGraphT on small graphs, and
 * expose primitive arrays for speed. Nothing here may leave {@code io.reachgraph.ranking.internal}.
 */
package io.reachgraph.ranking.internal.algo;
