package io.reachgraph.graph;

/**
 * Writes profiles and edges into one network. Only one writer per network exists at a time (it holds the network's
 * lease). Nothing is visible to readers until {@link #flush()}, which stores everything added since the last flush
 * and then, last, the network's counters, so a crash mid-flush never exposes half of it. Adding an edge or profile
 * that is already stored is a no-op or an update, never a duplicate: a job that resumes from an earlier checkpoint
 * ends with the same graph.
 */
public interface GraphWriter extends AutoCloseable {

	void addProfile(ProfileData profile);

	/** Adds the edge (and its two nodes) unless it is stored with the same counts already. */
	void addEdge(EdgeData edge);

	/** Adds a node without edges. */
	void addNode(ProfileKey key);

	/** Edges and nodes added since the last flush (for batching). */
	int pending();

	/** Stores what was added and renews the lease. */
	void flush();

	/** Releases the lease (after a final flush by the caller). */
	@Override
	void close();

	/** Unique edges per kind stored in the network, including pending ones. */
	java.util.Map<EdgeKind, Long> edgeCounts();

	int nodeCount();

}
