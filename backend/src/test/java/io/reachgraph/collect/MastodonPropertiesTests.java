package io.reachgraph.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.reachgraph.collect.internal.social.CollectionListener;
import io.reachgraph.collect.internal.social.SocialClients;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MastodonPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(BlueskyPropertiesTests.Connectors.class);

	@Test
	void defaultsToOneRequestPerSecondPerInstance() {
		context.run(app -> {
			MastodonProperties mastodon = app.getBean(MastodonProperties.class);
			assertThat(mastodon.requestsPerSecond()).isEqualTo(1);
			assertThat(mastodon.maxRetries()).isEqualTo(4);
			assertThat(mastodon.maxRetryWait()).isEqualTo(Duration.ofSeconds(60));
			assertThat(app.getBean(SocialClients.class)
				.mastodon(URI.create("https://mastodon.example/"), "token", CollectionListener.NONE)
				.platform()).isEqualTo("mastodon");
		});
	}

	@Test
	void bindsOverrides() {
		context.withPropertyValues("reachgraph.collect.mastodon.requests-per-second=3",
				"reachgraph.collect.mastodon.max-retries=0", "reachgraph.collect.mastodon.connect-timeout=1s")
			.run(app -> {
				MastodonProperties mastodon = app.getBean(MastodonProperties.class);
				assertThat(mastodon.requestsPerSecond()).isEqualTo(3);
				assertThat(mastodon.maxRetries()).isZero();
				assertThat(mastodon.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
			});
	}

	@Test
	void refusesANonPositiveRate() {
		context.withPropertyValues("reachgraph.collect.mastodon.requests-per-second=-1")
			.run(app -> assertThat(app).getFailure()
				.hasRootCauseInstanceOf(BindValidationException.class)
				.hasStackTraceContaining("requestsPerSecond"));
	}

	@Test
	void refusesInstanceUrlsThatAreNotHttp() {
		context.run(app -> {
			SocialClients clients = app.getBean(SocialClients.class);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> clients.mastodon(URI.create("ftp://mastodon.example"), null, CollectionListener.NONE));
			assertThatIllegalArgumentException().isThrownBy(
					() -> clients.mastodon(URI.create("https://user:pw@mastodon.example"), null, CollectionListener.NONE));
		});
	}

}
