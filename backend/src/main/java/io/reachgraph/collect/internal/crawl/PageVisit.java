package io.reachgraph.collect.internal.crawl;

import java.util.List;

/**
 * One URL the crawler took from its queue, for the job's progress log.
 *
 * @param domain      the site it belongs to
 * @param url         the URL taken from the queue
 * @param finalUrl    where redirects ended; equals {@code url} without redirects, null when not fetched
 * @param status      final HTTP status; 0 when not fetched or no response arrived
 * @param contentType final media type, null when unknown
 * @param redirects   the URLs that redirected, in order
 * @param problem     null when the page was read whole; else what went wrong: a fetch problem ({@code TIMED_OUT},
 *                    {@code TOO_LARGE} (the first part was read), {@code REFUSED_ADDRESS}, {@code REDIRECT_LOOP}, …);
 *                    a redirect not followed ({@code DUPLICATE}, {@code OFF_SITE_REDIRECT}, {@code ROBOTS_DISALLOWED});
 *                    {@code ROBOTS_DISALLOWED} / {@code ROBOTS_UNREACHABLE} for a URL not fetched at all; or
 *                    {@code UNEXPECTED_ERROR} (a bug, logged)
 * @param detail      a readable sentence about the problem, or null
 * @param analyzed    true when the page was read as HTML and counted in the site's summary and links
 */
public record PageVisit(String domain, String url, String finalUrl, int status, String contentType,
		List<String> redirects, String problem, String detail, boolean analyzed) {

	public PageVisit {
		redirects = List.copyOf(redirects);
	}

}
