package io.reachgraph.collect.internal.social;

import java.time.Instant;

/**
 * The account whose feed was read reposted or mentioned {@code target}.
 *
 * @param kind    {@code REPOST} or {@code MENTION}
 * @param target  the reposted author or the mentioned account; on Bluesky at least platformId (DID) and handle,
 *                other fields may be null
 * @param postUri the post that carries the interaction (for de-duplication across pages and re-collections)
 * @param at      when it happened
 */
public record Interaction(Kind kind, SocialAccount target, String postUri, Instant at) {

	public enum Kind { REPOST, MENTION }

}
