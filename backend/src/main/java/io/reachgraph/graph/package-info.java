/**
 * Networks, profiles (an account on a network, or a web site) and edges (follows, reposts, mentions, links), stored
 * with the bucket pattern; file import and export (CSV, GraphML, GEXF); graph snapshots for ranking.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Graph", allowedDependencies = { "shared" })
package io.reachgraph.graph;
