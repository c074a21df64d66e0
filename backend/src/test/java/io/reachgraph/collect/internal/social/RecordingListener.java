package io.reachgraph.collect.internal.social;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers everything a client reported. */
final class RecordingListener implements CollectionListener {

	record Unavailable(SocialAccount account, AccountStatus status) {
	}

	final List<String> requests = new CopyOnWriteArrayList<>();

	final List<Duration> rateLimitWaits = new CopyOnWriteArrayList<>();

	final List<String> retries = new CopyOnWriteArrayList<>();

	final List<Unavailable> unavailable = new CopyOnWriteArrayList<>();

	@Override
	public void requestSent(String url) {
		requests.add(url);
	}

	@Override
	public void rateLimitWait(Duration waited) {
		rateLimitWaits.add(waited);
	}

	@Override
	public void retried(String url, String reason) {
		retries.add(reason);
	}

	@Override
	public void listingUnavailable(SocialAccount account, AccountStatus status) {
		unavailable.add(new Unavailable(account, status));
	}

}
