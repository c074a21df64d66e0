package io.reachgraph.collect.internal.crawl;

import java.util.List;

/**
 * One page fetch, whatever came of it.
 *
 * @param requestedUrl  the URL asked for (normalised)
 * @param finalUrl      where the redirects ended (the requested URL when there were none)
 * @param status        the final HTTP status; 0 when no response arrived
 * @param contentType   the final response's media type (no parameters), null when it sent none
 * @param redirects     the URLs that redirected, in order (requested URL first), empty without redirects
 * @param problem       null when the page arrived whole, else what went wrong (the rest is what did arrive)
 * @param problemDetail a readable sentence about the problem, null without one
 * @param bytes         body bytes read (after content decoding)
 * @param content       what the HTML said (for a cut page: its first part); null when not HTML, not 2xx, or empty
 */
record FetchedPage(String requestedUrl, String finalUrl, int status, String contentType, List<String> redirects,
		FetchProblem problem, String problemDetail, long bytes, PageContent content) {

	FetchedPage {
		redirects = List.copyOf(redirects);
	}

	boolean html() {
		return content != null;
	}

}
