package io.reachgraph.jobs;

import io.reachgraph.jobs.JobType;

/** Runs one type of job. It resumes from {@code context.checkpoint()} when that is not null. */
public interface JobHandler {

	JobType type();

	/**
	 * Does the work, checkpointing through the context. Returns normally when done or when
	 * {@link JobContext#stopRequested()} asked it to stop (after a last checkpoint); throws when it failed.
	 */
	void run(Job job, JobContext context) throws Exception;

}
