package io.reachgraph.collect.internal.social;

import io.reachgraph.collect.BlueskyProperties;
import io.reachgraph.collect.MastodonProperties;
import java.net.URI;
import java.time.Duration;
import java.util.SplittableRandom;
import org.springframework.util.unit.DataSize;

/** Clients wired as {@link SocialClients} wires them, against a fixture server, with fake time. */
final class TestClients {

	static final double FAST = 1000;

	private TestClients() {
	}

	static BlueskyProperties bluesky(URI baseUrl, double requestsPerSecond, int maxRetries, Duration readTimeout,
			DataSize maxResponseSize) {
		return new BlueskyProperties(baseUrl, requestsPerSecond, maxRetries, Duration.ofMillis(500),
				Duration.ofSeconds(60), Duration.ofSeconds(2), readTimeout, maxResponseSize);
	}

	static MastodonProperties mastodon(double requestsPerSecond, int maxRetries) {
		return new MastodonProperties(requestsPerSecond, maxRetries, Duration.ofMillis(500), Duration.ofSeconds(60),
				Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofMegabytes(8));
	}

	static SocialClients factory(BlueskyProperties bluesky, MastodonProperties mastodon, FakeTime time) {
		return new SocialClients(bluesky, mastodon, time, time, time, new SplittableRandom(7));
	}

	static SocialNetworkClient bluesky(FixtureServer server, FakeTime time, RecordingListener listener) {
		return bluesky(server, time, listener, FAST, 4);
	}

	static SocialNetworkClient bluesky(FixtureServer server, FakeTime time, RecordingListener listener,
			double requestsPerSecond, int maxRetries) {
		return factory(bluesky(server.uri(), requestsPerSecond, maxRetries, Duration.ofSeconds(5),
				DataSize.ofMegabytes(8)), mastodon(FAST, maxRetries), time).bluesky(listener);
	}

	static SocialNetworkClient mastodon(FixtureServer server, String token, FakeTime time,
			RecordingListener listener) {
		return mastodon(server, token, time, listener, 4);
	}

	static SocialNetworkClient mastodon(FixtureServer server, String token, FakeTime time, RecordingListener listener,
			int maxRetries) {
		return factory(bluesky(server.uri(), FAST, maxRetries, Duration.ofSeconds(5), DataSize.ofMegabytes(8)),
				mastodon(FAST, maxRetries), time).mastodon(server.uri(), token, listener);
	}

}
