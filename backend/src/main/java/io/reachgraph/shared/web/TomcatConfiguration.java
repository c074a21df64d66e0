package io.reachgraph.shared.web;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat answers {@code Expect: 100-continue} only when the app starts reading the body, so a refused upload (too
 * large, not signed in, forbidden) is answered before the client sends a single byte of it.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	@Bean
	TomcatConnectorCustomizer continueOnRead() {
		return connector -> connector.setProperty("continueResponseTiming", "onRead");
	}

}
