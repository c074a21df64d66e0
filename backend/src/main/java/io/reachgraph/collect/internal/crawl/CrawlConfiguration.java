package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.CrawlerProperties;
import java.time.Clock;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The crawler as the collection job gets it: the system resolver, real sockets, the JDK's trusted CAs. */
@Configuration(proxyBeanMethods = false)
class CrawlConfiguration {

	@Bean
	SiteCrawler siteCrawler(CrawlerProperties properties, Clock clock) {
		return new SiteCrawler(properties, clock, Sleeper.REAL, AddressGuard.Resolver.SYSTEM, PinnedHttp.Dialer.DIRECT,
				(SSLSocketFactory) SSLSocketFactory.getDefault());
	}

}
