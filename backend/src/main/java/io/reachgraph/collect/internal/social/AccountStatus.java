package io.reachgraph.collect.internal.social;

/** What a network says about an account. None of these is fatal to a collection: they are recorded. */
public enum AccountStatus {
	ACTIVE,
	/** The account exists but hides its follower / following lists. */
	HIDDEN_NETWORK,
	SUSPENDED,
	/** The account moved elsewhere ({@link SocialAccount#movedTo()}). */
	MOVED,
	/** Deactivated, deleted or never existed. */
	NOT_FOUND
}
