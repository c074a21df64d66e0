package io.reachgraph.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.collect.internal.social.CollectionListener;
import io.reachgraph.collect.internal.social.SocialClients;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

class BlueskyPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ BlueskyProperties.class, MastodonProperties.class })
	@Import(SocialClients.class)
	static class Connectors {

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Connectors.class);

	@Test
	void defaultsToThePublicAppViewAtFiveRequestsPerSecond() {
		context.run(app -> {
			BlueskyProperties bluesky = app.getBean(BlueskyProperties.class);
			assertThat(bluesky.baseUrl()).isEqualTo(URI.create("https://public.api.bsky.app"));
			assertThat(bluesky.requestsPerSecond()).isEqualTo(5);
			assertThat(bluesky.maxRetries()).isEqualTo(4);
			assertThat(bluesky.maxRetryWait()).isEqualTo(Duration.ofSeconds(60));
			assertThat(bluesky.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(8));
			assertThat(app.getBean(SocialClients.class).bluesky(CollectionListener.NONE).platform()).isEqualTo("bluesky");
		});
	}

	@Test
	void bindsOverrides() {
		context.withPropertyValues("reachgraph.collect.bluesky.base-url=http://127.0.0.1:8999",
				"reachgraph.collect.bluesky.requests-per-second=0.5", "reachgraph.collect.bluesky.max-retry-wait=2m",
				"reachgraph.collect.bluesky.read-timeout=10s", "reachgraph.collect.bluesky.max-response-size=1MB")
			.run(app -> {
				BlueskyProperties bluesky = app.getBean(BlueskyProperties.class);
				assertThat(bluesky.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8999"));
				assertThat(bluesky.requestsPerSecond()).isEqualTo(0.5);
				assertThat(bluesky.maxRetryWait()).isEqualTo(Duration.ofMinutes(2));
				assertThat(bluesky.readTimeout()).isEqualTo(Duration.ofSeconds(10));
				assertThat(bluesky.maxResponseSize()).isEqualTo(DataSize.ofMegabytes(1));
			});
	}

	@Test
	void refusesToStartWithANonPositiveRateNegativeRetriesOrZeroTimeout() {
		context.withPropertyValues("reachgraph.collect.bluesky.requests-per-second=0")
			.run(app -> assertThat(app).getFailure()
				.hasRootCauseInstanceOf(BindValidationException.class)
				.hasStackTraceContaining("requestsPerSecond"));
		context.withPropertyValues("reachgraph.collect.bluesky.max-retries=-1")
			.run(app -> assertThat(app).getFailure()
				.hasRootCauseInstanceOf(BindValidationException.class)
				.hasStackTraceContaining("maxRetries"));
		context.withPropertyValues("reachgraph.collect.bluesky.read-timeout=0s")
			.run(app -> assertThat(app).getFailure()
				.hasRootCauseInstanceOf(BindValidationException.class)
				.hasStackTraceContaining("readTimeout"));
	}

}
