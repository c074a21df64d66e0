package io.reachgraph.graph;

/** Receives what a graph file holds, record by record, while it is read (streamed, never loaded whole). */
public interface GraphFileSink {

	void profile(ProfileData profile);

	void edge(EdgeData edge);

	/** A record that could not be used; the import goes on. {@code raw} is the record as it stood in the file. */
	void rejected(long line, String reason, String raw);

	/**
	 * Called after each record (accepted or rejected): {@code record} counts records from 1, {@code bytesRead} is the
	 * position in the file. Returning false stops the reading (pause, cancel).
	 */
	boolean afterRecord(long record, long bytesRead);

}
