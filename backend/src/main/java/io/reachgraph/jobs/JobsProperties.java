package io.reachgraph.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Background jobs ({@code reachgraph.jobs.*}).
 *
 * @param workers        jobs run at once
 * @param lease          how long a running job's claim lasts without a heartbeat; after a crash the job resumes from its
 *                       checkpoint once this has passed
 * @param checkpointEvery longest time between checkpoints of a running job (also how quickly pause / cancel act)
 * @param uploadDir      where uploaded files and rejected rows are kept until their job is deleted
 * @param pollInterval   how often idle workers look for queued jobs
 */
@Validated
@ConfigurationProperties("reachgraph.jobs")
public record JobsProperties(
		@DefaultValue("2") @Min(1) @Max(16) int workers,
		@DefaultValue("30s") Duration lease,
		@DefaultValue("2s") Duration checkpointEvery,
		@DefaultValue("data/uploads") @NotBlank String uploadDir,
		@DefaultValue("1s") Duration pollInterval) {
}
