package io.reachgraph.collect.internal.crawl;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a crawl needs to continue where it stopped: the queues, the URLs already seen, the counts and what was
 * learned so far. {@link SiteCrawler#resume} from the last checkpoint a sink received produces the same sites and
 * links as a crawl that never stopped. Plain lists of records and strings (no maps keyed by domain, whose dots
 * MongoDB refuses in keys), {@link Serializable} for Java serialisation.
 *
 * @param domains  the sites being crawled, in seed order
 * @param seenUrls every URL queued or reached so far (normalised), in the order first seen
 * @param links    link counts per (from, to) pair so far
 * @param cursor   which site takes the next turn (sites take turns, one page each)
 */
public record CrawlCheckpoint(List<DomainProgress> domains, List<String> seenUrls, List<SiteLink> links, int cursor)
		implements Serializable {

	public CrawlCheckpoint {
		domains = List.copyOf(domains);
		seenUrls = List.copyOf(seenUrls);
		links = List.copyOf(links);
	}

	/** True when no site has anything left to fetch. */
	public boolean finished() {
		return domains.stream().allMatch(domain -> domain.frontier().isEmpty());
	}

	/** Pages fetched so far over all sites. */
	public int pagesFetched() {
		return domains.stream().mapToInt(DomainProgress::fetches).sum();
	}

	/**
	 * One site's progress.
	 *
	 * @param domain        registrable domain
	 * @param frontier      URLs queued, next first (emptied when the page cap is reached)
	 * @param httpFallbacks queued https URLs from bare-domain seeds, tried over http when https cannot connect
	 * @param fetches       fetches made (counted against the page cap)
	 * @param site          the summary so far
	 * @param contactRank   rank of {@code site.contactPageUrl()} (lower is better; {@link Integer#MAX_VALUE}: none)
	 * @param guestPostRank rank of {@code site.guestPostPageUrl()}
	 * @param homePageRead  true once the home page gave the title and description
	 */
	public record DomainProgress(String domain, List<String> frontier, List<String> httpFallbacks, int fetches,
			SiteSummary site, int contactRank, int guestPostRank, boolean homePageRead) implements Serializable {

		public DomainProgress {
			frontier = List.copyOf(frontier);
			httpFallbacks = List.copyOf(httpFallbacks);
		}

	}

}
