package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

/**
 * A ranking run: its parameters, whether its snapshot is complete, the job computing it, and run statistics
 * (timings per metric in ms, modularity, communities, betweenness sampling and error bound, score weights used).
 */
public record RankingRunSummary(@NotNull String id, @NotNull String networkId, @NotNull String name, String jobId,
		@NotNull String status, boolean complete, String createdBy, @NotNull Instant createdAt, Instant completedAt,
		int profileCount, long edgeCount, @NotNull RankingParameters parameters, @NotNull Map<String, Object> stats,
		String previousRunId) {
}
