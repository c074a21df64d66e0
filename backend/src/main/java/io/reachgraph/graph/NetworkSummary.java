package io.reachgraph.graph;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;

/**
 * A network as lists and dashboards show it. {@code edgeCounts} is keyed by {@link EdgeKind#wireName()};
 * {@code writingJob} is the job run writing to it now, if any.
 */
public record NetworkSummary(@NotNull String id, @NotNull String name, String description,
		@Schema(requiredMode = RequiredMode.REQUIRED) int profileCount, @NotNull Map<String, Long> edgeCounts,
		@Schema(requiredMode = RequiredMode.REQUIRED) long edgeCount, String createdBy, @NotNull Instant createdAt,
		Instant updatedAt, Instant lastCollectedAt, String writingJob) {
}
