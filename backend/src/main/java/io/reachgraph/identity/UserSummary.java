package io.reachgraph.identity;

/** What other modules may know of a user. */
public record UserSummary(UserId id, String email, String displayName, Role role, boolean active) {
}
