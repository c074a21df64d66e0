package io.reachgraph.collect.internal.social;

/**
 * A social network's public API, as the collection job needs it. Implementations handle HTTP: a polite rate limit,
 * retries with backoff on 429 (honouring Retry-After) and 5xx, timeouts and response size caps. They never return
 * partial garbage: a page either parses completely or the call throws.
 */
public interface SocialNetworkClient {

	/** {@code bluesky} or {@code mastodon}. */
	String platform();

	/**
	 * Resolves a seed (a handle such as {@code alice.bsky.social} / {@code @alice@mastodon.social}, or a platform id)
	 * to its account. A suspended, moved or deleted account is returned with that status, not thrown.
	 *
	 * @throws ConnectorFailure when the network cannot be read (after retries)
	 */
	SocialAccount account(String handleOrId);

	/** Accounts that follow {@code account}; empty last page when hidden. */
	Page<SocialAccount> followers(SocialAccount account, String cursor, int limit);

	/** Accounts that {@code account} follows; empty last page when hidden. */
	Page<SocialAccount> following(SocialAccount account, String cursor, int limit);

	/** Reposts and mentions found in {@code account}'s recent posts, newest first. */
	Page<Interaction> interactions(SocialAccount account, String cursor, int limit);

}
