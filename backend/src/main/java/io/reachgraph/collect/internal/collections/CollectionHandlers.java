package io.reachgraph.collect.internal.collections;

import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.JobsProperties;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.collect.internal.social.SocialClients;
import io.reachgraph.graph.GraphStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class CollectionHandlers {

	@Bean
	JobHandler blueskyCollection(SocialClients clients, GraphStore graphs, JobsProperties properties, JsonMapper json,
			Clock clock) {
		return new SocialCollectionHandler(JobType.BLUESKY, clients, graphs, properties, json, clock);
	}

	@Bean
	JobHandler mastodonCollection(SocialClients clients, GraphStore graphs, JobsProperties properties, JsonMapper json,
			Clock clock) {
		return new SocialCollectionHandler(JobType.MASTODON, clients, graphs, properties, json, clock);
	}

}
