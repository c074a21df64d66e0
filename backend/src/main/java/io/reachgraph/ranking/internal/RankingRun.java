package io.reachgraph.ranking.internal;

import io.reachgraph.ranking.RankingParameters;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One ranking run: its parameters, the job computing it, and (once {@code complete}) which attempt's snapshot
 * columns hold the result. A snapshot is written column by column under its attempt number and only then marked
 * complete, so a half-written snapshot is never shown.
 */
@Document("ranking_runs")
public class RankingRun {

	@Id
	private String id;

	private String networkId;

	private String name;

	private String jobId;

	private String createdBy;

	private Instant createdAt;

	private Instant completedAt;

	private RankingParameters parameters;

	private String scopeKey;

	private boolean complete;

	private int attempt;

	private int nodeCount;

	private long edgeCount;

	private Map<String, Object> stats = new LinkedHashMap<>();

	protected RankingRun() {
	}

	RankingRun(String networkId, String name, RankingParameters parameters, String createdBy, Instant now) {
		this.networkId = networkId;
		this.name = name;
		this.parameters = parameters;
		this.scopeKey = parameters.scopeKey();
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void jobId(String jobId) {
		this.jobId = jobId;
	}

	public String getId() {
		return id;
	}

	public String getNetworkId() {
		return networkId;
	}

	public String getName() {
		return name;
	}

	public String getJobId() {
		return jobId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public RankingParameters getParameters() {
		return parameters;
	}

	public String getScopeKey() {
		return scopeKey;
	}

	public boolean isComplete() {
		return complete;
	}

	public int getAttempt() {
		return attempt;
	}

	public int getNodeCount() {
		return nodeCount;
	}

	public long getEdgeCount() {
		return edgeCount;
	}

	public Map<String, Object> getStats() {
		return stats == null ? Map.of() : stats;
	}

}
