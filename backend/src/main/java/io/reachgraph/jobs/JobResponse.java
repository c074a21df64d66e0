package io.reachgraph.jobs;

import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A job as the API shows it. {@code progress} counters depend on the type (imports: records, bytesRead, edgesRead,
 * profilesRead, rejected, nodes, edges); {@code percent} is set when the total is known.
 */
public record JobResponse(@NotNull String id, @NotNull JobType type, @NotNull String networkId, @NotNull JobStatus status,
		String requested, String createdBy, @NotNull Instant createdAt, Instant startedAt, Instant updatedAt,
		Instant finishedAt, @NotNull Map<String, Long> progress, Integer percent, String message,
		@NotNull List<JobErrorResponse> errors, @io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) long errorCount,
		@io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) int attempts, @NotNull Map<String, Object> parameters,
		@io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) boolean hasRejectedRows) {

	public record JobErrorResponse(@NotNull Instant at, @NotNull String message, Long line) {
	}

}
