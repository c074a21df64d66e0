/**
 * Background jobs: documents with status, progress, checkpoint and a lease, claimed with {@code findAndModify} by a
 * small worker pool, paused / resumed / cancelled by users, resumed from their checkpoint after a restart or a crash.
 * Modules contribute {@link io.reachgraph.jobs.JobHandler}s (collect: imports and collectors; ranking: runs).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs", allowedDependencies = "shared")
package io.reachgraph.jobs;
