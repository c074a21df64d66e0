package io.reachgraph.collect.internal.crawl;

/**
 * Where a crawl's results go as they come (the collection job stores them). All calls come from the crawling
 * thread, in this order per page: {@link #pageVisited}, {@link #siteUpdated}, {@link #linkUpdated} for each pair
 * that changed, {@link #checkpoint}. Sites and links are upserts (the latest value per key wins), so replaying a
 * page after a restart from an older checkpoint does no harm.
 */
public interface CrawlSink {

	/** The latest summary of a site; replaces any earlier one for {@code site.domain()}. */
	void siteUpdated(SiteSummary site);

	/** The latest counts for a (from, to) pair; replace any earlier ones. */
	void linkUpdated(SiteLink link);

	/** After every page (and once at the end): store it to resume from here. */
	void checkpoint(CrawlCheckpoint checkpoint);

	/** Each URL taken from the queue, fetched or not, with what came of it. */
	default void pageVisited(PageVisit visit) {
	}

	/** Asked before each page: true pauses or cancels the crawl, which returns its checkpoint. */
	default boolean stopRequested() {
		return false;
	}

}
