package io.reachgraph.collect.internal.crawl;

import java.util.List;
import java.util.Set;

/**
 * What {@link PageAnalyzer} read from one HTML page. URLs are normalised ({@link Urls}); strings may be null.
 *
 * @param title          the {@code <title>} (or {@code og:title})
 * @param description    the meta description (or {@code og:description})
 * @param language       {@code <html lang>}, the Content-Language meta or header
 * @param canonicalUrl   {@code <link rel=canonical>}
 * @param nofollowPage   the page's robots meta says {@code nofollow} (or {@code none}): its links are not followed
 *                       and every one counts as nofollow
 * @param links          every http(s) link on the page, in document order, same-site ones included
 * @param feeds          RSS, Atom and JSON feeds the page announces
 * @param contactPages   same-site links (and the page itself) that look like a contact or about page, best first
 * @param guestPostPages same-site links (and the page itself) that look like a write-for-us, guest-post, contribute
 *                       or advertise page, best first
 * @param emails         addresses from {@code mailto:} links, lower case, without duplicates
 */
record PageContent(String title, String description, String language, String canonicalUrl, boolean nofollowPage,
		List<Link> links, List<String> feeds, List<RankedUrl> contactPages, List<RankedUrl> guestPostPages,
		List<String> emails) {

	PageContent {
		links = List.copyOf(links);
		feeds = List.copyOf(feeds);
		contactPages = List.copyOf(contactPages);
		guestPostPages = List.copyOf(guestPostPages);
		emails = List.copyOf(emails);
	}

	/** The link relations that matter for a link's value; others are dropped. */
	enum Rel { NOFOLLOW, SPONSORED, UGC }

	/** One {@code <a href>}: absolute, normalised, without fragment; {@code text} is the anchor text or image alt. */
	record Link(String url, String text, Set<Rel> rel) {

		Link {
			rel = Set.copyOf(rel);
		}

		/** No nofollow, sponsored or ugc: the link vouches for its target. */
		boolean followed() {
			return rel.isEmpty();
		}

	}

	/** A candidate page for a signal; lower rank is better (0: "contact", 1: "about"). */
	record RankedUrl(String url, int rank) {
	}

}
