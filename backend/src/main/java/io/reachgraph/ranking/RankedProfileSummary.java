package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * One row of a ranking: who, their rank and composite score, every metric with its percentile (0..1), their
 * community, authenticity flags, and how their rank changed since the previous run of the same scope
 * ({@code change}: NEW, UP, DOWN, SAME; {@code by}: places).
 */
public record RankedProfileSummary(@NotNull String profileId, int rank, double score, @NotNull String label,
		String displayName, @NotNull String platform, String avatarUrl, Long followersCount, int followersInScope,
		@NotNull Map<String, Double> metrics, @NotNull Map<String, Double> percentiles, int community,
		@NotNull List<String> flags, RankChange rankChange, boolean hasContact, String guestPostUrl) {

	public record RankChange(@NotNull String change, int by, int previousRank) {
	}

}
