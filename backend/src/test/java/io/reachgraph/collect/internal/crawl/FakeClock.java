package io.reachgraph.collect.internal.crawl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when told, and a {@link Sleeper} that moves it instead of waiting. */
final class FakeClock extends Clock {

	private volatile Instant now = Instant.parse("2026-01-05T09:00:00Z");

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	Sleeper sleeper() {
		return duration -> {
			sleeps.add(duration);
			advance(duration);
		};
	}

	List<Duration> sleeps() {
		return List.copyOf(sleeps);
	}

}
