package io.reachgraph.collect.internal.collections;

import io.reachgraph.collect.internal.social.AccountStatus;
import io.reachgraph.collect.internal.social.CollectionListener;
import io.reachgraph.collect.internal.social.SocialAccount;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/** Counts what connectors report (requests, retries, rate-limit waits, hidden lists) for a job's live progress. */
final class CountingListener implements CollectionListener {

	final AtomicLong requests = new AtomicLong();

	final AtomicLong retries = new AtomicLong();

	final AtomicLong rateLimitWaits = new AtomicLong();

	final AtomicLong rateLimitWaitMs = new AtomicLong();

	final AtomicLong hidden = new AtomicLong();

	private final BiConsumer<SocialAccount, AccountStatus> unavailable;

	CountingListener(Map<String, Long> start, BiConsumer<SocialAccount, AccountStatus> unavailable) {
		this.unavailable = unavailable;
		requests.set(start.getOrDefault("requests", 0L));
		retries.set(start.getOrDefault("retries", 0L));
		rateLimitWaits.set(start.getOrDefault("rateLimitWaits", 0L));
		rateLimitWaitMs.set(start.getOrDefault("rateLimitWaitMs", 0L));
		hidden.set(start.getOrDefault("hidden", 0L));
	}

	@Override
	public void requestSent(String url) {
		requests.incrementAndGet();
	}

	@Override
	public void rateLimitWait(Duration waited) {
		rateLimitWaits.incrementAndGet();
		rateLimitWaitMs.addAndGet(waited.toMillis());
	}

	@Override
	public void retried(String url, String reason) {
		retries.incrementAndGet();
	}

	@Override
	public void listingUnavailable(SocialAccount account, AccountStatus status) {
		hidden.incrementAndGet();
		unavailable.accept(account, status);
	}

	void into(Map<String, Long> progress) {
		progress.put("requests", requests.get());
		progress.put("retries", retries.get());
		progress.put("rateLimitWaits", rateLimitWaits.get());
		progress.put("rateLimitWaitMs", rateLimitWaitMs.get());
		progress.put("hidden", hidden.get());
	}

}
