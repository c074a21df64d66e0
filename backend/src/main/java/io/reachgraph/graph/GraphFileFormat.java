package io.reachgraph.graph;

/** File formats Reachgraph imports. */
public enum GraphFileFormat {
	/** {@code source,target[,kind][,weight]} rows, header optional */
	CSV_EDGES,
	/** one row per profile: an {@code id} (or {@code handle}) column plus attributes, header required */
	CSV_PROFILES,
	/** GraphML (Gephi, NodeXL, yEd, networkx) */
	GRAPHML,
	/** GEXF 1.x (Gephi) */
	GEXF
}
