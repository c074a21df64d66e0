package io.reachgraph.jobs;

public enum JobStatus {
	QUEUED, RUNNING, PAUSED, COMPLETED, FAILED, CANCELLED;

	public boolean finished() {
		return this == COMPLETED || this == FAILED || this == CANCELLED;
	}
}
