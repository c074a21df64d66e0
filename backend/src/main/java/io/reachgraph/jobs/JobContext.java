package io.reachgraph.jobs;

import java.util.Map;
import org.bson.Document;

/** What a running job tells the store and learns from it. */
public interface JobContext {

	/** The last checkpoint saved, or null on a first run. */
	Document checkpoint();

	/**
	 * Saves a checkpoint with the progress so far, renews the job's lease, and learns whether a user asked it to
	 * pause or cancel (or the app is shutting down).
	 *
	 * @throws LeaseLost when another worker took the job over (this one must stop without writing more)
	 */
	void checkpoint(Document checkpoint, Map<String, Long> progress, String message);

	/** Progress only (no checkpoint), also renews the lease. */
	void progress(Map<String, Long> progress, String message);

	/** Records a non-fatal error (kept: the first 50; counted: all). */
	void error(String message, Long line);

	/** True once the job should stop at its next consistent point. */
	boolean stopRequested();

	final class LeaseLost extends RuntimeException {

		public LeaseLost(String jobId) {
			super("job " + jobId + " was taken over by another worker");
		}

	}

}
