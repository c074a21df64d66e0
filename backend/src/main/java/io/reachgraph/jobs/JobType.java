package io.reachgraph.jobs;

public enum JobType {
	/** a file import (CSV, GraphML, GEXF) */
	IMPORT,
	/** the Bluesky collector */
	BLUESKY,
	/** the Mastodon collector */
	MASTODON,
	/** the partner-site crawler */
	CRAWL,
	/** a ranking run over a network scope */
	RANKING
}
