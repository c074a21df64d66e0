package io.reachgraph.collect.internal.social;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.reachgraph.collect.BlueskyProperties;
import io.reachgraph.collect.MastodonProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Builds the social network clients a collection job uses. Rate limits are shared: one bucket for Bluesky and one
 * per Mastodon instance, however many clients (jobs) talk to it at once.
 */
@Component
public class SocialClients {

	private final BlueskyProperties bluesky;

	private final MastodonProperties mastodon;

	private final Sleeper sleeper;

	private final Clock clock;

	private final TimeMeter time;

	private final RandomGenerator random;

	private final Bucket blueskyRateLimit;

	private final Map<URI, Bucket> mastodonRateLimits = new ConcurrentHashMap<>();

	private HttpClient blueskyHttp;

	private HttpClient mastodonHttp;

	@Autowired
	public SocialClients(BlueskyProperties bluesky, MastodonProperties mastodon) {
		this(bluesky, mastodon, Sleeper.SYSTEM, Clock.systemUTC(), TimeMeter.SYSTEM_NANOTIME,
				() -> ThreadLocalRandom.current().nextLong());
	}

	/** For tests: time, waits and jitter under control. */
	SocialClients(BlueskyProperties bluesky, MastodonProperties mastodon, Sleeper sleeper, Clock clock, TimeMeter time,
			RandomGenerator random) {
		this.bluesky = bluesky;
		this.mastodon = mastodon;
		this.sleeper = sleeper;
		this.clock = clock;
		this.time = time;
		this.random = random;
		this.blueskyRateLimit = ApiHttp.rateLimit(bluesky.requestsPerSecond(), time);
	}

	/** A Bluesky client reporting to {@code listener}. */
	public SocialNetworkClient bluesky(CollectionListener listener) {
		ApiHttp http = new ApiHttp(blueskyHttp(), settings(bluesky.connectTimeout(), bluesky.readTimeout(),
				bluesky.maxRetries(), bluesky.initialBackoff(), bluesky.maxRetryWait(), bluesky.maxResponseSize()),
				blueskyRateLimit, sleeper, clock, random, listener);
		return new BlueskyClient(bluesky.baseUrl(), http, clock, listener);
	}

	/**
	 * A client for one Mastodon instance ({@code https://mastodon.example}; only its origin is used), with an
	 * optional access token sent as {@code Authorization: Bearer} to that instance only.
	 */
	public SocialNetworkClient mastodon(URI instance, String accessToken, CollectionListener listener) {
		URI origin = MastodonClient.origin(instance);
		Bucket rateLimit = mastodonRateLimits.computeIfAbsent(origin,
				key -> ApiHttp.rateLimit(mastodon.requestsPerSecond(), time));
		ApiHttp http = new ApiHttp(mastodonHttp(), settings(mastodon.connectTimeout(), mastodon.readTimeout(),
				mastodon.maxRetries(), mastodon.initialBackoff(), mastodon.maxRetryWait(), mastodon.maxResponseSize()),
				rateLimit, sleeper, clock, random, listener);
		return new MastodonClient(origin, accessToken, http, clock, listener);
	}

	private static ApiHttp.Settings settings(Duration connectTimeout, Duration readTimeout, int maxRetries,
			Duration initialBackoff, Duration maxRetryWait, DataSize maxResponseSize) {
		return new ApiHttp.Settings(connectTimeout, readTimeout, maxRetries, initialBackoff, maxRetryWait,
				maxResponseSize.toBytes());
	}

	private synchronized HttpClient blueskyHttp() {
		if (blueskyHttp == null) {
			blueskyHttp = ApiHttp.newClient(bluesky.connectTimeout());
		}
		return blueskyHttp;
	}

	private synchronized HttpClient mastodonHttp() {
		if (mastodonHttp == null) {
			mastodonHttp = ApiHttp.newClient(mastodon.connectTimeout());
		}
		return mastodonHttp;
	}

}
