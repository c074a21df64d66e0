package io.reachgraph.collect.internal.social;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Time that only moves when someone sleeps: the clock, the rate limit's time meter and the sleeper in one. */
final class FakeTime extends Clock implements Sleeper, TimeMeter {

	static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	private long elapsedNanos;

	@Override
	public synchronized void sleep(Duration duration) {
		sleeps.add(duration);
		elapsedNanos += duration.toNanos();
	}

	List<Duration> sleeps() {
		return List.copyOf(sleeps);
	}

	Duration slept() {
		return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
	}

	@Override
	public synchronized long currentTimeNanos() {
		return elapsedNanos;
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

	@Override
	public synchronized Instant instant() {
		return START.plusNanos(elapsedNanos);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
