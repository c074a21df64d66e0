package io.reachgraph.collect.internal.social;

import java.time.Duration;

/** What a client tells the job while it works, for the job's live progress. */
public interface CollectionListener {

	CollectionListener NONE = new CollectionListener() {
	};

	/** Called once per HTTP request sent. */
	default void requestSent(String url) {
	}

	/** Called when the client waited for a rate limit (its own, or the server's 429 Retry-After). */
	default void rateLimitWait(Duration waited) {
	}

	/** Called when a request is retried after a failure. */
	default void retried(String url, String reason) {
	}

	/**
	 * Called when a listing (followers, following, feed) of {@code account} could not be read because the network
	 * hides it ({@link AccountStatus#HIDDEN_NETWORK}) or the account is suspended or gone; the listing then returns
	 * an empty last page. Without this the job could not tell "hidden" from "no followers" and record the status.
	 */
	default void listingUnavailable(SocialAccount account, AccountStatus status) {
	}

}
