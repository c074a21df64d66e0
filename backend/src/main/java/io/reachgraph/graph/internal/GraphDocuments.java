package io.reachgraph.graph.internal;

/**
 * How a network's graph is laid out in MongoDB (the bucket pattern, made compact):
 * <ul>
 * <li>{@code graph_nodes}: the network's node table in chunks of {@link #NODE_CHUNK} profile ids,
 * {@code _id = <network>:<chunk>}; a node's index is its position. Append-only.</li>
 * <li>{@code graph_edges}: edge segments of one kind, up to {@link #SEGMENT_EDGES} edges each, {@code _id =
 * <network>:<seq>}, with the edges as packed little-endian int arrays (source index, target index, weight; links
 * also nofollow / sponsored / ugc counts). Append-only; a later segment's copy of an edge replaces an earlier one.</li>
 * </ul>
 * A 10-million-edge graph is ~40 segment documents and ~500 node chunks: loading it reads few, large documents by
 * {@code _id} on any MongoDB, including the embedded one that scans every non-{@code _id} query.
 */
final class GraphDocuments {

	static final String NODES = "graph_nodes";

	static final String EDGES = "graph_edges";

	static final int NODE_CHUNK = 20_000;

	static final int SEGMENT_EDGES = 250_000;

	private GraphDocuments() {
	}

	static String nodeChunkId(String networkId, int chunk) {
		return networkId + ":" + chunk;
	}

	static String segmentId(String networkId, int seq) {
		return networkId + ":" + seq;
	}

}
