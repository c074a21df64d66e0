package io.reachgraph.collect.internal.social;

import java.time.Duration;

/** Waits. Every wait of the HTTP plumbing (rate limit, backoff, Retry-After) goes through one, so tests need not. */
@FunctionalInterface
public interface Sleeper {

	Sleeper SYSTEM = duration -> {
		if (!duration.isNegative() && !duration.isZero()) {
			Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
		}
	};

	void sleep(Duration duration) throws InterruptedException;

}
