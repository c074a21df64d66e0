package io.reachgraph.graph;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** Profiles that belong to one person or brand (a Bluesky account, a Mastodon account, a blog). */
public record ProfileGroupSummary(@NotNull String id, @NotNull String name, @NotNull List<Member> members,
		String createdBy, @NotNull Instant createdAt, @NotNull Instant updatedAt) {

	public record Member(@NotNull String profileId, @NotNull String platform, @NotNull String label, String displayName) {
	}

}
