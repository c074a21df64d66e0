package io.reachgraph.jobs.internal;

import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobContext;

import io.reachgraph.jobs.JobStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A running job's link to its document; every write is conditional on still owning the job. */
final class MongoJobContext implements JobContext {

	static final int KEPT_ERRORS = 50;

	enum Stop { NONE, PAUSE, CANCEL, SHUTDOWN }

	private final MongoTemplate mongo;

	private final String jobId;

	private final String owner;

	private final Clock clock;

	private final Duration lease;

	private final Document checkpoint;

	private final List<Job.JobError> errors;

	private long errorCount;

	private volatile Stop stop = Stop.NONE;

	private volatile Map<String, Long> lastProgress = new LinkedHashMap<>();

	private volatile String lastMessage;

	MongoJobContext(MongoTemplate mongo, Job job, String owner, Clock clock, Duration lease) {
		this.mongo = mongo;
		this.jobId = job.getId();
		this.owner = owner;
		this.clock = clock;
		this.lease = lease;
		this.checkpoint = job.getCheckpoint();
		this.errors = new ArrayList<>(job.getErrors());
		this.errorCount = job.getErrorCount();
		this.lastProgress = new LinkedHashMap<>(job.getProgress());
		requested(job.getRequested());
	}

	String jobId() {
		return jobId;
	}

	Stop stop() {
		return stop;
	}

	void shutdown() {
		if (stop == Stop.NONE) {
			stop = Stop.SHUTDOWN;
		}
	}

	private void requested(String requested) {
		if ("CANCEL".equals(requested)) {
			stop = Stop.CANCEL;
		}
		else if ("PAUSE".equals(requested) && stop != Stop.CANCEL) {
			stop = Stop.PAUSE;
		}
	}

	@Override
	public Document checkpoint() {
		return checkpoint;
	}

	@Override
	public void checkpoint(Document checkpoint, Map<String, Long> progress, String message) {
		write(new Update().set("checkpoint", checkpoint), progress, message);
	}

	@Override
	public void progress(Map<String, Long> progress, String message) {
		write(new Update(), progress, message);
	}

	/** Renews the lease with the last progress (heartbeat between checkpoints). */
	void heartbeat() {
		write(new Update(), lastProgress, lastMessage);
	}

	private synchronized void write(Update update, Map<String, Long> progress, String message) {
		lastProgress = new LinkedHashMap<>(progress);
		lastMessage = message;
		update.set("progress", lastProgress)
			.set("message", message)
			.set("errors", List.copyOf(errors))
			.set("errorCount", errorCount)
			.set("leaseUntil", clock.instant().plus(lease))
			.set("updatedAt", clock.instant());
		Job job = mongo.findAndModify(
				Query.query(Criteria.where("_id").is(jobId).and("owner").is(owner).and("status").is(JobStatus.RUNNING)),
				update, FindAndModifyOptions.options().returnNew(true), Job.class);
		if (job == null) {
			throw new LeaseLost(jobId);
		}
		requested(job.getRequested());
	}

	@Override
	public synchronized void error(String message, Long line) {
		errorCount++;
		if (errors.size() < KEPT_ERRORS) {
			errors.add(new Job.JobError(clock.instant(), message, line));
		}
	}

	synchronized List<Job.JobError> errors() {
		return List.copyOf(errors);
	}

	synchronized long errorCount() {
		return errorCount;
	}

	Map<String, Long> lastProgress() {
		return lastProgress;
	}

	String lastMessage() {
		return lastMessage;
	}

	@Override
	public boolean stopRequested() {
		return stop != Stop.NONE;
	}

}
