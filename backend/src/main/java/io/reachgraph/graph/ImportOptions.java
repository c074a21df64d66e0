package io.reachgraph.graph;

/**
 * How to read a graph file.
 *
 * @param format      the file's format
 * @param platform    platform of the file's node ids ({@code bluesky}, {@code mastodon}, {@code web}, {@code x}, ...)
 * @param defaultKind edge kind for rows / edges that do not say
 * @param skipRecords records already imported by an earlier run of the same job (resume): read but not delivered
 */
public record ImportOptions(GraphFileFormat format, String platform, EdgeKind defaultKind, long skipRecords) {
}
