package io.reachgraph.graph;

/**
 * One directed edge to store. Storing the same (kind, source, target) again replaces its counts, never duplicates it.
 *
 * @param weight    how many (reposts, mentions, links); 1 for follows
 * @param nofollow  links only: how many of the links carry rel=nofollow
 * @param sponsored links only: rel=sponsored
 * @param ugc       links only: rel=ugc
 */
public record EdgeData(EdgeKind kind, ProfileKey source, ProfileKey target, int weight, int nofollow, int sponsored,
		int ugc) {

	public static EdgeData of(EdgeKind kind, ProfileKey source, ProfileKey target, int weight) {
		return new EdgeData(kind, source, target, weight, 0, 0, 0);
	}

}
