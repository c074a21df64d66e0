package io.reachgraph.collect.internal.social;

import java.time.Instant;
import java.util.List;

/**
 * One account as a social network's public API describes it.
 *
 * @param platform       {@code bluesky} or {@code mastodon}
 * @param platformId     the network's stable id: a DID on Bluesky; the actor URI on Mastodon (stable across instances)
 * @param handle         what people type: {@code alice.bsky.social}; {@code alice@mastodon.social} (always with domain)
 * @param displayName    may be null
 * @param bio            plain text (HTML stripped), may be null
 * @param avatarUrl      may be null
 * @param followersCount as the network reports it, null when unknown
 * @param followingCount as the network reports it, null when unknown
 * @param postsCount     as the network reports it, null when unknown
 * @param links          absolute http(s) URLs found in the bio and profile fields, in order, without duplicates
 * @param language       BCP 47 tag when the network says, else null
 * @param status         what the network says about the account
 * @param movedTo        handle of the new account when {@code status == MOVED}, else null
 * @param collectedAt    when this was read
 */
public record SocialAccount(String platform, String platformId, String handle, String displayName, String bio,
		String avatarUrl, Long followersCount, Long followingCount, Long postsCount, List<String> links,
		String language, AccountStatus status, String movedTo, Instant collectedAt) {

	public SocialAccount {
		links = links == null ? List.of() : List.copyOf(links);
	}

}
