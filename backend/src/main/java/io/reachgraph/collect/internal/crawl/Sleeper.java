package io.reachgraph.collect.internal.crawl;

import java.time.Duration;

/** Waits out a crawl delay; tests replace it with one that advances a fake clock instead of waiting. */
@FunctionalInterface
interface Sleeper {

	Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

	void sleep(Duration duration) throws InterruptedException;

}
