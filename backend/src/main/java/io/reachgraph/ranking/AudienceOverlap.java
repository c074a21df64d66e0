package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * How much audiences (followers in scope) overlap: per pair the shared count, Jaccard index and overlap coefficient;
 * and a greedy best set of k that reaches the most unique followers.
 */
public record AudienceOverlap(@NotNull List<Audience> profiles, @NotNull List<Pair> pairs, @NotNull List<Pick> bestSet,
		int uniqueReach) {

	public record Audience(@NotNull String profileId, @NotNull String label, int followers) {
	}

	public record Pair(@NotNull String a, @NotNull String b, int shared, double jaccard, double overlapCoefficient) {
	}

	/** A pick of the greedy best set: the followers it adds that the earlier picks do not reach. */
	public record Pick(@NotNull String profileId, @NotNull String label, int newFollowers, int reachSoFar) {
	}

}
