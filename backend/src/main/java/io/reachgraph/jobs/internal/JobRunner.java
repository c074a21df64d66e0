package io.reachgraph.jobs.internal;

import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.jobs.JobContext;

import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.JobsProperties;
import io.reachgraph.graph.NetworkBusy;
import io.reachgraph.shared.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Claims queued jobs (and jobs whose worker died: lease expired) with {@code findAndModify}, runs them on a small
 * pool, keeps their leases alive, and settles their final status. On shutdown, running jobs stop at their next
 * checkpoint and go back to the queue, so a restart continues them.
 */
@Component
public class JobRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	static final Duration BUSY_RETRY = Duration.ofSeconds(3);

	private final MongoTemplate mongo;

	private final Map<JobType, JobHandler> handlers = new EnumMap<>(JobType.class);

	private final JobsProperties properties;

	private final Clock clock;

	private final TaskScheduler scheduler;

	private final String instanceId = UUID.randomUUID().toString();

	private final Map<String, MongoJobContext> running = new ConcurrentHashMap<>();

	private final Semaphore slots;

	private ExecutorService executor;

	private ScheduledFuture<?> poller;

	private ScheduledFuture<?> heartbeat;

	private volatile boolean active;

	JobRunner(MongoTemplate mongo, List<JobHandler> handlers, JobsProperties properties, Clock clock,
			TaskScheduler scheduler) {
		this.mongo = mongo;
		handlers.forEach(handler -> this.handlers.put(handler.type(), handler));
		this.properties = properties;
		this.clock = clock;
		this.scheduler = scheduler;
		this.slots = new Semaphore(properties.workers());
	}

	@Override
	public void start() {
		executor = Executors.newFixedThreadPool(properties.workers(), runnable -> {
			Thread thread = new Thread(runnable, "job-worker");
			thread.setDaemon(true);
			return thread;
		});
		active = true;
		poller = scheduler.scheduleWithFixedDelay(this::poll, properties.pollInterval());
		Duration beat = properties.lease().dividedBy(3);
		heartbeat = scheduler.scheduleWithFixedDelay(this::heartbeat, beat.isZero() ? Duration.ofMillis(100) : beat);
	}

	@Override
	public void stop() {
		active = false;
		if (poller != null) {
			poller.cancel(false);
		}
		running.values().forEach(MongoJobContext::shutdown);
		executor.shutdown();
		try {
			if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (heartbeat != null) {
			heartbeat.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return active;
	}

	/** Stop before the web server and the database go away. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 100;
	}

	/** Looks for work now (also called every poll interval). */
	public void poll() {
		while (active && slots.tryAcquire()) {
			Job job;
			try {
				job = claim();
			}
			catch (RuntimeException ex) {
				slots.release();
				log.warn("Could not claim a job: {}", ex.getMessage());
				return;
			}
			if (job == null) {
				slots.release();
				return;
			}
			MongoJobContext context = new MongoJobContext(mongo, job, instanceId, clock, properties.lease());
			running.put(job.getId(), context);
			try {
				executor.submit(() -> execute(job, context));
			}
			catch (RuntimeException ex) {
				running.remove(job.getId());
				slots.release();
				release(job.getId(), JobStatus.QUEUED, null, "Interrupted: the app is stopping");
				return;
			}
		}
	}

	private Job claim() {
		Instant now = clock.instant();
		Criteria queued = new Criteria().andOperator(Criteria.where("status").is(JobStatus.QUEUED),
				new Criteria().orOperator(Criteria.where("notBefore").is(null), Criteria.where("notBefore").lte(now)));
		Criteria abandoned = Criteria.where("status").is(JobStatus.RUNNING).and("leaseUntil").lt(now);
		Query query = Query.query(new Criteria().andOperator(Criteria.where("type").in(handlers.keySet()),
				new Criteria().orOperator(queued, abandoned)))
			.with(Sort.by("createdAt"));
		Update update = new Update().set("status", JobStatus.RUNNING)
			.set("owner", instanceId)
			.set("leaseUntil", now.plus(properties.lease()))
			.set("updatedAt", now)
			.unset("notBefore")
			.inc("attempts", 1);
		Job job = mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Job.class);
		if (job != null && job.getStartedAt() == null) {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(job.getId())), new Update().set("startedAt", now), Job.class);
		}
		return job;
	}

	private void execute(Job job, MongoJobContext context) {
		try {
			if (!"CANCEL".equals(job.getRequested()) && !"PAUSE".equals(job.getRequested())) {
				handlers.get(job.getType()).run(job, context);
			}
			switch (context.stop()) {
				case CANCEL -> release(job.getId(), JobStatus.CANCELLED, context, "Cancelled");
				case PAUSE -> release(job.getId(), JobStatus.PAUSED, context, "Paused");
				case SHUTDOWN -> release(job.getId(), JobStatus.QUEUED, context, "Interrupted by a restart: resumes from its checkpoint");
				case NONE -> release(job.getId(), JobStatus.COMPLETED, context, context.lastMessage());
			}
		}
		catch (NetworkBusy ex) {
			Job requeued = mongo.findAndModify(ownedRunning(job.getId()),
					new Update().set("status", JobStatus.QUEUED)
						.set("notBefore", clock.instant().plus(BUSY_RETRY))
						.set("message", "Waiting: another job is writing to this network")
						.unset("owner")
						.unset("leaseUntil"),
					Job.class);
			if (requeued == null) {
				log.debug("Job {} was taken over while waiting", job.getId());
			}
		}
		catch (JobContext.LeaseLost ex) {
			log.warn(ex.getMessage());
		}
		catch (Exception ex) {
			String message = ex instanceof Problem problem ? problem.getMessage()
					: ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			if (!(ex instanceof Problem)) {
				log.warn("Job {} failed", job.getId(), ex);
			}
			context.error(message, null);
			release(job.getId(), JobStatus.FAILED, context, "Failed: " + message);
		}
		finally {
			running.remove(job.getId());
			slots.release();
		}
		if (active) {
			scheduler.schedule(this::poll, clock.instant());
		}
	}

	private Query ownedRunning(String jobId) {
		return Query.query(Criteria.where("_id").is(jobId).and("owner").is(instanceId).and("status").is(JobStatus.RUNNING));
	}

	private void release(String jobId, JobStatus status, MongoJobContext context, String message) {
		Instant now = clock.instant();
		Update update = new Update().set("status", status)
			.set("updatedAt", now)
			.set("message", message)
			.unset("owner")
			.unset("leaseUntil")
			.unset("requested");
		if (context != null) {
			update.set("progress", context.lastProgress()).set("errors", context.errors()).set("errorCount", context.errorCount());
		}
		if (status.finished()) {
			update.set("finishedAt", now);
		}
		mongo.updateFirst(ownedRunning(jobId), update, Job.class);
	}

	private void heartbeat() {
		for (MongoJobContext context : running.values()) {
			try {
				context.heartbeat();
			}
			catch (JobContext.LeaseLost ex) {
				context.shutdown();
			}
			catch (RuntimeException ex) {
				log.debug("Heartbeat of job {} failed: {}", context.jobId(), ex.getMessage());
			}
		}
	}

}
