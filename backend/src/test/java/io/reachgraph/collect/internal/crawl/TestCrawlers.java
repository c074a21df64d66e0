package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.CrawlerProperties;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.util.unit.DataSize;

/** Crawler parts wired for tests: loopback allowed on the test server's port, short timeouts, fake time. */
final class TestCrawlers {

	private TestCrawlers() {
	}

	/** Mutable settings, turned into {@link CrawlerProperties}. */
	static final class Settings {

		int port;

		boolean allowPrivateAddresses = true;

		int maxPagesPerDomain = 50;

		Duration crawlDelay = Duration.ofSeconds(1);

		Duration readTimeout = Duration.ofSeconds(5);

		Duration pageTimeout = Duration.ofSeconds(10);

		long maxPageBytes = 2 * 1024 * 1024;

		int maxRedirects = 5;

		Settings(int port) {
			this.port = port;
		}

		CrawlerProperties properties() {
			return new CrawlerProperties("ReachgraphBot/0.1", "https://reachgraph.example/bot", maxPagesPerDomain,
					crawlDelay, Duration.ofSeconds(2), readTimeout, pageTimeout, DataSize.ofBytes(maxPageBytes),
					maxRedirects, allowPrivateAddresses, List.of(port));
		}

		PinnedHttp http() {
			return http(LocalSites.RESOLVER, PinnedHttp.Dialer.DIRECT, defaultTls());
		}

		PinnedHttp http(AddressGuard.Resolver resolver, PinnedHttp.Dialer dialer, SSLSocketFactory tls) {
			CrawlerProperties properties = properties();
			return new PinnedHttp(
					new AddressGuard(properties.allowPrivateAddresses(), java.util.Set.copyOf(properties.allowedPorts()),
							resolver),
					properties.userAgentHeader(), new PinnedHttp.Limits(properties.connectTimeout(),
							properties.readTimeout(), properties.pageTimeout(), properties.maxRedirects()),
					dialer, tls);
		}

		PageFetcher fetcher() {
			return fetcher(http());
		}

		PageFetcher fetcher(PinnedHttp http) {
			return new PageFetcher(http, new PageAnalyzer("reachgraphbot"), maxPageBytes);
		}

		SiteCrawler crawler(FakeClock clock) {
			return new SiteCrawler(properties(), clock, clock.sleeper(), LocalSites.RESOLVER, PinnedHttp.Dialer.DIRECT,
					defaultTls());
		}

	}

	static SSLSocketFactory defaultTls() {
		return (SSLSocketFactory) SSLSocketFactory.getDefault();
	}

}
