package io.reachgraph.platform.internal;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which both real MongoDB and mongo-java-server answer (Boot's own indicator runs
 * {@code hello}, which the embedded server lacks, and would report DOWN). Named so Boot's indicator steps aside.
 */
@Configuration(proxyBeanMethods = false)
class MongoPingHealthConfiguration {

	@Bean
	AbstractHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
		return new AbstractHealthIndicator("MongoDB health check failed") {
			@Override
			protected void doHealthCheck(Health.Builder builder) {
				Document result = mongo.executeCommand(new Document("ping", 1));
				Object ok = result.get("ok");
				if (ok instanceof Number number && number.doubleValue() == 1.0) {
					builder.up().withDetail("database", mongo.getDb().getName());
				}
				else {
					builder.down().withDetail("ping", result.toJson());
				}
			}
		};
	}

}
