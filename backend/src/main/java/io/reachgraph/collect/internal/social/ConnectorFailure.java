package io.reachgraph.collect.internal.social;

/**
 * A network or site could not be read even after retries (5xx, malformed JSON, truncated body, timeouts, refused
 * address). The job records it with the step it happened in and can resume later.
 */
public class ConnectorFailure extends RuntimeException {

	private final boolean retryable;

	public ConnectorFailure(String message, boolean retryable, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
	}

	public ConnectorFailure(String message, boolean retryable) {
		this(message, retryable, null);
	}

	/** True when trying again later may succeed (rate limits, 5xx, timeouts); false for malformed data. */
	public boolean retryable() {
		return retryable;
	}

}
