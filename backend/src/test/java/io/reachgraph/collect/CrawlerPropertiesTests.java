package io.reachgraph.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The crawler's settings: documented defaults, and refused nonsense at startup. */
class CrawlerPropertiesTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CrawlerProperties.class)
	static class Config {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

	@Test
	void defaultsArePoliteAndSafe() {
		runner.run(context -> {
			CrawlerProperties properties = context.getBean(CrawlerProperties.class);
			assertThat(properties.userAgent()).isEqualTo("ReachgraphBot/0.1");
			assertThat(properties.contactUrl()).isEmpty();
			assertThat(properties.maxPagesPerDomain()).isEqualTo(50);
			assertThat(properties.crawlDelay()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.pageTimeout()).isEqualTo(Duration.ofSeconds(20));
			assertThat(properties.maxPageBytes()).isEqualTo(DataSize.ofMegabytes(2));
			assertThat(properties.maxRedirects()).isEqualTo(5);
			assertThat(properties.allowPrivateAddresses()).isFalse();
			assertThat(properties.allowedPorts()).isEmpty();
			assertThat(properties.userAgentHeader()).isEqualTo("ReachgraphBot/0.1");
			assertThat(properties.robotsToken()).isEqualTo("ReachgraphBot");
		});
	}

	@Test
	void theContactUrlGoesIntoTheUserAgent() {
		runner.withPropertyValues("reachgraph.collect.crawler.contact-url=https://example.org/bot",
				"reachgraph.collect.crawler.allowed-ports=8080,8443", "reachgraph.collect.crawler.max-page-bytes=512KB")
			.run(context -> {
				CrawlerProperties properties = context.getBean(CrawlerProperties.class);
				assertThat(properties.userAgentHeader()).isEqualTo("ReachgraphBot/0.1 (+https://example.org/bot)");
				assertThat(properties.allowedPorts()).isEqualTo(List.of(8080, 8443));
				assertThat(properties.maxPageBytes().toBytes()).isEqualTo(512 * 1024);
			});
	}

	@Test
	void refusesSettingsThatMakeNoSense() {
		for (String bad : List.of("max-pages-per-domain=0", "max-redirects=50", "read-timeout=0s", "crawl-delay=-1s",
				"user-agent=Reachgraph Bot", "contact-url=javascript:alert(1)", "contact-url=https://x.test/\r\nX: y",
				"allowed-ports=70000", "max-page-bytes=0B")) {
			runner.withPropertyValues("reachgraph.collect.crawler." + bad)
				.run(context -> {
					assertThat(context).as(bad).hasFailed();
					Throwable root = context.getStartupFailure();
					while (root.getCause() != null) {
						root = root.getCause();
					}
					String kebab = bad.substring(0, bad.indexOf('='));
					String camel = java.util.regex.Pattern.compile("-(.)").matcher(kebab).replaceAll(m -> m.group(1).toUpperCase());
					assertThat(root.getMessage()).as(bad).containsAnyOf("field '" + camel, kebab);
				});
		}
	}

}
