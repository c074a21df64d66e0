package io.reachgraph.collect.internal.social;

import static io.reachgraph.collect.internal.social.FixtureServer.Reply.json;
import static io.reachgraph.collect.internal.social.FixtureServer.Reply.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.reachgraph.collect.internal.social.FixtureServer.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The shared HTTP plumbing ({@link ApiHttp}) as the Bluesky client uses it. */
class BlueskyHttpResilienceTests {

	private static final String PROFILE = "/xrpc/app.bsky.actor.getProfile";

	private static final String PROFILE_FIXTURE = "bluesky/profile-alice.json";

	private final FixtureServer server = FixtureServer.start();

	private final FakeTime time = new FakeTime();

	private final RecordingListener listener = new RecordingListener();

	@AfterEach
	void stopServer() {
		server.close();
	}

	private SocialNetworkClient client(int maxRetries) {
		return TestClients.bluesky(server, time, listener, TestClients.FAST, maxRetries);
	}

	@Test
	void waitsAsLongAsRetryAfterSaysThenSucceeds() {
		server.on(PROFILE).reply(status(429, "{\"error\":\"RateLimitExceeded\"}", "Retry-After", "7"),
				json(PROFILE_FIXTURE));

		SocialAccount alice = client(4).account("alice.example.com");

		assertThat(alice.handle()).isEqualTo("alice.example.com");
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
		assertThat(listener.rateLimitWaits).containsExactly(Duration.ofSeconds(7));
		assertThat(listener.retries).singleElement().asString().contains("429");
		assertThat(listener.requests).hasSize(2);
	}

	@Test
	void understandsRetryAfterAsAnHttpDate() {
		String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(FakeTime.START.plusSeconds(30).atZone(ZoneOffset.UTC));
		server.on(PROFILE).reply(status(429, "", "Retry-After", inNinetySeconds), json(PROFILE_FIXTURE));

		client(4).account("alice.example.com");

		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
	}

	@Test
	void fallsBackToTheRateLimitResetHeaderWhenThereIsNoRetryAfter() {
		long resetEpochSecond = FakeTime.START.plusSeconds(12).getEpochSecond();
		server.on(PROFILE).reply(status(429, "", "RateLimit-Reset", String.valueOf(resetEpochSecond)),
				json(PROFILE_FIXTURE));

		client(4).account("alice.example.com");

		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
	}

	@Test
	void givesUpRetryablyWhenTheServerAsksForMoreThanTheLongestWait() {
		server.on(PROFILE).reply(status(429, "", "Retry-After", "3600"), json(PROFILE_FIXTURE));

		ConnectorFailure failure = catchThrowableOfType(() -> client(4).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(failure).hasMessageContaining("PT1H");
		assertThat(time.sleeps()).isEmpty();
		assertThat(listener.requests).hasSize(1);
	}

	@Test
	void retriesTwoServiceUnavailablesWithGrowingJitteredBackoff() {
		server.on(PROFILE).reply(status(503, ""), status(503, ""), json(PROFILE_FIXTURE));

		SocialAccount alice = client(4).account("alice.example.com");

		assertThat(alice.platformId()).isEqualTo("did:plc:alice7xq2kd4nb5wuzaeh3vqa");
		assertThat(time.sleeps()).hasSize(2);
		// initial backoff 500 ms, doubled per retry, jittered to between half and all of it
		assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
		assertThat(time.sleeps().get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
		assertThat(listener.retries).containsExactly("HTTP 503", "HTTP 503");
		assertThat(listener.rateLimitWaits).as("a 5xx is not a rate limit").isEmpty();
	}

	@Test
	void failsRetryablyAfterMaxRetriesOfServerErrors() {
		server.on(PROFILE).reply(status(500, "{\"error\":\"InternalServerError\"}"));

		ConnectorFailure failure = catchThrowableOfType(() -> client(3).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(failure).hasMessageContaining("HTTP 500").hasMessageContaining("4 attempts");
		assertThat(server.requests(PROFILE)).hasSize(4);
		assertThat(time.sleeps()).hasSize(3);
	}

	@Test
	void failsWithoutRetryOnMalformedJson() {
		server.on(PROFILE).reply(status(200, "{\"did\": \"did:plc:x\", \"handle\": }"));

		ConnectorFailure failure = catchThrowableOfType(() -> client(4).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isFalse();
		assertThat(failure).hasMessageContaining("malformed JSON");
		assertThat(server.requests(PROFILE)).hasSize(1);
	}

	@Test
	void failsWithoutRetryOnWellFormedJsonOfTheWrongShape() {
		server.on(PROFILE).reply(status(200, "{\"handle\":\"alice.example.com\"}"));

		ConnectorFailure failure = catchThrowableOfType(() -> client(4).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isFalse();
		assertThat(failure).hasMessageContaining("\"did\"");
		assertThat(server.requests(PROFILE)).hasSize(1);
	}

	@Test
	void retriesABodyCutShortOfItsContentLengthThenFailsRetryably() {
		server.on(PROFILE).reply(Reply.cutShort(PROFILE_FIXTURE));

		ConnectorFailure failure = catchThrowableOfType(() -> client(2).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(failure).hasMessageContaining("IOException").hasMessageNotContaining("no complete response");
		assertThat(server.requests(PROFILE)).hasSize(3);
	}

	@Test
	void recoversWhenAChunkedBodyIsDroppedOnce() {
		server.on(PROFILE).reply(Reply.chunkedThenDropped(PROFILE_FIXTURE), json(PROFILE_FIXTURE));

		SocialAccount alice = client(2).account("alice.example.com");

		assertThat(alice.handle()).isEqualTo("alice.example.com");
		assertThat(server.requests(PROFILE)).hasSize(2);
		assertThat(listener.retries).singleElement().asString().contains("IOException");
	}

	@Test
	void treatsJsonThatEndsEarlyAsTruncatedAndRetryable() {
		String whole = new String(FixtureServer.bodyOf(PROFILE_FIXTURE), java.nio.charset.StandardCharsets.UTF_8);
		server.on(PROFILE).reply(status(200, whole.substring(0, whole.length() / 2)));

		ConnectorFailure failure = catchThrowableOfType(() -> client(1).account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(failure).hasMessageContaining("cut short");
		assertThat(server.requests(PROFILE)).hasSize(2);
	}

	@Test
	void refusesResponsesOverTheSizeCapWithOrWithoutADeclaredLength() {
		server.on(PROFILE, "actor=declared").reply(Reply.large(300_000));
		server.on(PROFILE, "actor=chunked").reply(Reply.largeChunked(300_000));
		SocialNetworkClient client = TestClients.factory(TestClients.bluesky(server.uri(), TestClients.FAST, 4,
				Duration.ofSeconds(5), DataSize.ofKilobytes(100)), TestClients.mastodon(TestClients.FAST, 4), time)
			.bluesky(listener);

		ConnectorFailure declared = catchThrowableOfType(() -> client.account("declared"), ConnectorFailure.class);
		ConnectorFailure chunked = catchThrowableOfType(() -> client.account("chunked"), ConnectorFailure.class);

		assertThat(declared.retryable()).isFalse();
		assertThat(declared).hasMessageContaining("more than the limit of 102400 bytes");
		assertThat(chunked.retryable()).isFalse();
		assertThat(chunked).hasMessageContaining("more than the limit of 102400 bytes");
		assertThat(server.requests(PROFILE)).hasSize(2);
	}

	@Test
	void retriesAResponseSlowerThanTheReadTimeout() {
		server.on(PROFILE).reply(Reply.after(Duration.ofSeconds(3), json(PROFILE_FIXTURE)), json(PROFILE_FIXTURE));
		SocialNetworkClient client = TestClients.factory(TestClients.bluesky(server.uri(), TestClients.FAST, 1,
				Duration.ofMillis(300), DataSize.ofMegabytes(8)), TestClients.mastodon(TestClients.FAST, 1), time)
			.bluesky(listener);

		SocialAccount alice = client.account("alice.example.com");

		assertThat(alice.handle()).isEqualTo("alice.example.com");
		assertThat(listener.retries).singleElement().asString().contains("PT0.3S");
	}

	@Test
	void retriesARefusedConnectionThenFailsRetryably() throws Exception {
		URI closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
		}
		SocialNetworkClient client = TestClients.factory(TestClients.bluesky(closedPort, TestClients.FAST, 2,
				Duration.ofSeconds(2), DataSize.ofMegabytes(8)), TestClients.mastodon(TestClients.FAST, 2), time)
			.bluesky(listener);

		ConnectorFailure failure = catchThrowableOfType(() -> client.account("alice.example.com"),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(listener.requests).hasSize(3);
	}

	@Test
	void keepsToTheRateLimitAndReportsTheWait() {
		server.on(PROFILE).reply(json(PROFILE_FIXTURE));
		SocialNetworkClient client = TestClients.bluesky(server, time, listener, 2, 0);

		for (int i = 0; i < 5; i++) {
			client.account("alice.example.com");
		}

		// 2 per second: two at once, then one every half second
		assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500),
				Duration.ofMillis(500));
		assertThat(listener.rateLimitWaits).containsExactlyElementsOf(time.sleeps());
	}

	@Test
	void sharesOneRateLimitAcrossBlueskyClients() {
		server.on(PROFILE).reply(json(PROFILE_FIXTURE));
		SocialClients factory = TestClients.factory(TestClients.bluesky(server.uri(), 1, 0, Duration.ofSeconds(5),
				DataSize.ofMegabytes(8)), TestClients.mastodon(TestClients.FAST, 0), time);

		factory.bluesky(listener).account("alice.example.com");
		factory.bluesky(listener).account("alice.example.com");

		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void identifiesItselfAndAsksForJson() {
		server.on(PROFILE).reply(json(PROFILE_FIXTURE));

		client(0).account("alice.example.com");

		FixtureServer.Recorded request = server.requests().get(0);
		assertThat(request.header("User-Agent")).startsWith("Reachgraph/");
		assertThat(request.header("Accept")).isEqualTo("application/json");
		assertThat(request.header("Authorization")).isNull();
	}

}
