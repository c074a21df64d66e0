package io.reachgraph.jobs;

import io.reachgraph.jobs.JobStatus;
import io.reachgraph.jobs.JobType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.annotation.Id;

/**
 * A collection or import job: what to do ({@code params}), how far it got ({@code progress}, {@code checkpoint}), and
 * who runs it ({@code owner} holds it until {@code leaseUntil}, renewed by heartbeats). State changes go through
 * {@code findAndModify} on this one document, so they are atomic without transactions.
 */
@org.springframework.data.mongodb.core.mapping.Document("jobs")
public class Job {

	@Id
	private String id;

	private JobType type;

	private String networkId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private JobStatus status;

	/** PAUSE or CANCEL, asked by a user, honoured by the running job at its next checkpoint. */
	private String requested;

	private Document params = new Document();

	private Map<String, Long> progress = new LinkedHashMap<>();

	private Long bytesTotal;

	private String message;

	private Document checkpoint;

	private List<JobError> errors = new ArrayList<>();

	private long errorCount;

	private String owner;

	private Instant leaseUntil;

	private Instant notBefore;

	private int attempts;

	private Instant startedAt;

	private Instant finishedAt;

	public record JobError(Instant at, String message, Long line) {
	}

	protected Job() {
	}

	public Job(JobType type, String networkId, String createdBy, Document params, Long bytesTotal, Instant now) {
		this.type = type;
		this.networkId = networkId;
		this.createdBy = createdBy;
		this.params = params;
		this.bytesTotal = bytesTotal;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = JobStatus.QUEUED;
	}

	public String getId() {
		return id;
	}

	public JobType getType() {
		return type;
	}

	public String getNetworkId() {
		return networkId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public JobStatus getStatus() {
		return status;
	}

	public String getRequested() {
		return requested;
	}

	public Document getParams() {
		return params;
	}

	public Map<String, Long> getProgress() {
		return progress == null ? Map.of() : progress;
	}

	public Long getBytesTotal() {
		return bytesTotal;
	}

	public String getMessage() {
		return message;
	}

	public Document getCheckpoint() {
		return checkpoint;
	}

	public List<JobError> getErrors() {
		return errors == null ? List.of() : errors;
	}

	public long getErrorCount() {
		return errorCount;
	}

	public String getOwner() {
		return owner;
	}

	public Instant getLeaseUntil() {
		return leaseUntil;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public Instant getFinishedAt() {
		return finishedAt;
	}

	public Instant getNotBefore() {
		return notBefore;
	}

}
