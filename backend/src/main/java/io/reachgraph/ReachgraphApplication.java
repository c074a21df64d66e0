package io.reachgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Reachgraph: influencer discovery and outreach CRM.
 * Each direct sub-package is an application module (see {@code ModularityTests}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReachgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(ReachgraphApplication.class, args);
	}

}
