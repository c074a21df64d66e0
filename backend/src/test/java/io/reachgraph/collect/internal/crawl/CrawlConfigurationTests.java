package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.collect.CrawlerProperties;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The crawler bean as the app builds it, from the settings in application.yml. */
class CrawlConfigurationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(CrawlerProperties.class)
	static class Base {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Base.class, CrawlConfiguration.class);

	@Test
	void applicationYmlGivesTheDocumentedDefaultsAndACrawler() throws Exception {
		List<PropertySource<?>> yml = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));
		CrawlerProperties[] defaults = new CrawlerProperties[1];
		runner.run(context -> defaults[0] = context.getBean(CrawlerProperties.class));
		runner.withInitializer(context -> yml.forEach(source -> context.getEnvironment().getPropertySources().addLast(source)))
			.run(context -> {
				assertThat(context).hasNotFailed().hasSingleBean(SiteCrawler.class);
				assertThat(context.getBean(CrawlerProperties.class)).isEqualTo(defaults[0]);
			});
	}

}
