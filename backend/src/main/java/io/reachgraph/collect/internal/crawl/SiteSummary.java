package io.reachgraph.collect.internal.crawl;

import java.io.Serializable;
import java.util.List;

/**
 * What the crawler learned about one site (a registrable domain) so far. Sent again whenever it changes: the latest
 * one for a domain replaces the earlier ones.
 *
 * @param domain           registrable domain ({@code example.co.uk}); {@code www.} and other subdomains belong to it
 * @param title            the home page's title, else the first page's that had one; null when none
 * @param description      likewise for the meta description
 * @param language         likewise for the page language
 * @param pagesSeen        HTML pages read
 * @param feedUrls         RSS / Atom / JSON feeds announced, first seen first
 * @param contactPageUrl   the best contact page found (a "contact" page beats an "about" page; ties: first found)
 * @param guestPostPageUrl the best write-for-us / guest-post / contribute page (beats an "advertise" page)
 * @param emails           addresses from mailto links, first seen first
 */
public record SiteSummary(String domain, String title, String description, String language, int pagesSeen,
		List<String> feedUrls, String contactPageUrl, String guestPostPageUrl, List<String> emails)
		implements Serializable {

	public SiteSummary {
		feedUrls = List.copyOf(feedUrls);
		emails = List.copyOf(emails);
	}

}
