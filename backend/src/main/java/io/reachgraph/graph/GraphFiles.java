package io.reachgraph.graph;

import java.nio.file.Path;

/** Reads graph files (CSV, GraphML, GEXF) as streams of profiles and edges. */
public interface GraphFiles {

	/**
	 * Checks that the file is non-empty text of a supported format and tells which (from its content; the original
	 * file name is a hint for CSV edges vs profiles).
	 *
	 * @param requested the format the user chose, or null to detect
	 * @throws InvalidGraphFile when it is empty, binary, or not of a supported / the requested format
	 */
	GraphFileFormat inspect(Path file, String originalName, GraphFileFormat requested);

	/**
	 * Streams the file's records into {@code sink}.
	 *
	 * @return counts of what was read
	 * @throws InvalidGraphFile when the file breaks in a way that stops reading (for example malformed XML)
	 */
	ReadSummary read(Path file, ImportOptions options, GraphFileSink sink);

	record ReadSummary(long records, long bytesRead, boolean complete) {
	}

}
