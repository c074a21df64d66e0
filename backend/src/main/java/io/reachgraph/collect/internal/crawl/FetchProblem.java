package io.reachgraph.collect.internal.crawl;

/** Why a fetch did not give a complete page. Recorded per page; none of these stops a crawl. */
enum FetchProblem {

	/** Not an absolute http(s) URL, or a redirect to one that is not. */
	INVALID_URL(false),
	/** The address guard refused the URL (private, loopback, metadata address, userinfo, port, scheme). */
	REFUSED_ADDRESS(false),
	UNKNOWN_HOST(true),
	CONNECTION_FAILED(true),
	TLS_FAILED(false),
	/** Connect, read or total page time limit passed; whatever arrived before is kept. */
	TIMED_OUT(true),
	/** The body passed the byte cap and was cut there; the part read is kept. */
	TOO_LARGE(false),
	/** Not HTTP, a broken chunk, a body shorter than its Content-Length, an unknown content encoding. */
	PROTOCOL_ERROR(true),
	REDIRECT_LOOP(false),
	TOO_MANY_REDIRECTS(false),
	/** A redirect led to a URL robots.txt disallows. */
	ROBOTS_DISALLOWED(false),
	/** A redirect led to a page already fetched or queued: not fetched again. */
	DUPLICATE(false),
	/** A redirect led to another site: not followed. */
	OFF_SITE_REDIRECT(false),
	/** The thread was interrupted while waiting between redirect hops. */
	CANCELLED(true);

	private final boolean retryable;

	FetchProblem(boolean retryable) {
		this.retryable = retryable;
	}

	boolean retryable() {
		return retryable;
	}

}
