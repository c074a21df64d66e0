package io.reachgraph.jobs;

import io.reachgraph.jobs.internal.JobRunner;

import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import io.reachgraph.shared.Problem;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Creates jobs and carries out what users ask of them: pause, resume, cancel. */
@Service
public class JobService {

	private final MongoTemplate mongo;

	private final JobRunner runner;

	private final Clock clock;

	JobService(MongoTemplate mongo, JobRunner runner, Clock clock) {
		this.mongo = mongo;
		this.runner = runner;
		this.clock = clock;
	}

	public static final class JobNotFound extends Problem {

		private final String id;

		public JobNotFound(String id) {
			super(HttpStatus.NOT_FOUND, "job-not-found", "Job not found", "No job has the id '" + id + "'.");
			this.id = id;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("jobId", id);
		}

	}

	public static final class InvalidJobTransition extends Problem {

		InvalidJobTransition(String action, JobStatus status) {
			super(HttpStatus.CONFLICT, "invalid-job-transition", "Not possible now",
					"A " + status.name().toLowerCase() + " job cannot be " + action + ".");
		}

	}

	public Job create(JobType type, String networkId, String createdBy, Document params, Long bytesTotal) {
		Job job = mongo.insert(new Job(type, networkId, createdBy, params, bytesTotal, clock.instant()));
		runner.poll();
		return job;
	}

	public Job get(String id) {
		Job job = mongo.findById(id, Job.class);
		if (job == null) {
			throw new JobNotFound(id);
		}
		return job;
	}

	public Page<Job> list(String networkId, JobStatus status, Pageable pageable) {
		Criteria criteria = new Criteria();
		if (networkId != null && !networkId.isBlank()) {
			criteria = criteria.and("networkId").is(networkId);
		}
		if (status != null) {
			criteria = criteria.and("status").is(status);
		}
		Query query = Query.query(criteria);
		long total = mongo.count(query, Job.class);
		List<Job> jobs = mongo.find(query.with(pageable), Job.class);
		return new PageImpl<>(jobs, pageable, total);
	}

	/** A running job pauses at its next checkpoint; a queued one pauses at once. */
	public Job pause(String id) {
		Job queued = transition(id, JobStatus.QUEUED, new Update().set("status", JobStatus.PAUSED).set("message", "Paused"));
		if (queued != null) {
			return queued;
		}
		Job running = transition(id, JobStatus.RUNNING, new Update().set("requested", "PAUSE").set("message", "Pausing…"));
		if (running != null) {
			return running;
		}
		throw new InvalidJobTransition("paused", get(id).getStatus());
	}

	/** A paused or failed job goes back to the queue and continues from its last checkpoint. */
	public Job resume(String id) {
		for (JobStatus from : new JobStatus[] { JobStatus.PAUSED, JobStatus.FAILED }) {
			Job job = transition(id, from, new Update().set("status", JobStatus.QUEUED)
				.unset("requested")
				.unset("finishedAt")
				.set("message", "Queued to resume from its checkpoint"));
			if (job != null) {
				runner.poll();
				return job;
			}
		}
		throw new InvalidJobTransition("resumed", get(id).getStatus());
	}

	/** Stops for good; what was stored so far stays in the network. */
	public Job cancel(String id) {
		for (JobStatus from : new JobStatus[] { JobStatus.QUEUED, JobStatus.PAUSED, JobStatus.FAILED }) {
			Job job = transition(id, from, new Update().set("status", JobStatus.CANCELLED)
				.set("finishedAt", clock.instant())
				.set("message", "Cancelled"));
			if (job != null) {
				return job;
			}
		}
		Job running = transition(id, JobStatus.RUNNING, new Update().set("requested", "CANCEL").set("message", "Cancelling…"));
		if (running != null) {
			return running;
		}
		throw new InvalidJobTransition("cancelled", get(id).getStatus());
	}

	private Job transition(String id, JobStatus from, Update update) {
		get(id);
		return mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(from)),
				update.set("updatedAt", clock.instant()), FindAndModifyOptions.options().returnNew(true), Job.class);
	}

}
