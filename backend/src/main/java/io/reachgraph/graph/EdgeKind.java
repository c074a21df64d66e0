package io.reachgraph.graph;

import java.util.Locale;

/** What an edge means. Edges are directed: source → target. */
public enum EdgeKind {

	/** source follows target */
	FOLLOWS,
	/** source reposted target (weight: how many times) */
	REPOSTS,
	/** source mentioned target (weight: how many times) */
	MENTIONS,
	/** site source links to site target (weight: links; with followed / nofollow / sponsored / ugc counts) */
	LINKS;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Parses {@code follows}, {@code FOLLOWS}, {@code follow}, {@code link}, ... or returns null. */
	public static EdgeKind parse(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		return switch (t) {
			case "follows", "follow", "follower", "followers" -> FOLLOWS;
			case "reposts", "repost", "retweet", "retweets", "reblog", "reblogs", "boost", "boosts" -> REPOSTS;
			case "mentions", "mention" -> MENTIONS;
			case "links", "link", "hyperlink" -> LINKS;
			default -> null;
		};
	}

}
