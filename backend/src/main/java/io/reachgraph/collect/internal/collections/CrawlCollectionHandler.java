package io.reachgraph.collect.internal.collections;

import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.JobsProperties;
import io.reachgraph.collect.internal.crawl.CrawlCheckpoint;
import io.reachgraph.collect.internal.crawl.CrawlSink;
import io.reachgraph.collect.internal.crawl.PageVisit;
import io.reachgraph.collect.internal.crawl.SiteCrawler;
import io.reachgraph.collect.internal.crawl.SiteLink;
import io.reachgraph.collect.internal.crawl.SiteSummary;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobContext;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.GraphWriter;
import io.reachgraph.graph.ProfileData;
import io.reachgraph.graph.ProfileKey;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crawls partner sites into the network's {@code links} graph: each site becomes a {@code web:<domain>} profile with
 * its partner signals (feed, contact page, guest-post page, emails), each linked domain pair a {@code links} edge
 * with followed / nofollow / sponsored / ugc counts. Checkpoints the crawler's state every few seconds, after a flush.
 */
@Component
class CrawlCollectionHandler implements JobHandler {

	private final SiteCrawler crawler;

	private final GraphStore graphs;

	private final JobsProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	CrawlCollectionHandler(SiteCrawler crawler, GraphStore graphs, JobsProperties properties, JsonMapper json,
			Clock clock) {
		this.crawler = crawler;
		this.graphs = graphs;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public JobType type() {
		return JobType.CRAWL;
	}

	@Override
	public void run(Job job, JobContext context) {
		CollectionParameters parameters = CollectionParameters.of(job.getParams());
		Document saved = context.checkpoint();
		try (GraphWriter writer = graphs.openWriter(job.getNetworkId(), job.getId() + ":" + job.getAttempts(),
				properties.lease())) {
			Sink sink = new Sink(writer, context, job.getProgress());
			CountingListener listener = new CountingListener(job.getProgress(), (account, status) -> {
			});
			sink.listener = listener;
			CrawlCheckpoint last = saved != null && saved.getString("state") != null
					? crawler.resume(json.readValue(saved.getString("state"), CrawlCheckpoint.class), sink, listener,
							parameters.maxPagesPerDomain())
					: crawler.crawl(parameters.seeds(), sink, listener, parameters.maxPagesPerDomain());
			sink.save(last, context.stopRequested() ? null
					: "Crawled " + String.format("%,d", last.pagesFetched()) + " pages on "
							+ String.format("%,d", last.domains().size()) + " sites");
			if (!context.stopRequested()) {
				graphs.markCollected(job.getNetworkId(), clock.instant());
			}
		}
	}

	private final class Sink implements CrawlSink {

		private final GraphWriter writer;

		private final JobContext context;

		private long pages;

		private long problems;

		private Instant lastSave;

		CountingListener listener;

		Sink(GraphWriter writer, JobContext context, Map<String, Long> progress) {
			this.writer = writer;
			this.context = context;
			this.pages = progress.getOrDefault("pages", 0L);
			this.problems = progress.getOrDefault("pageProblems", 0L);
			this.lastSave = clock.instant();
		}

		@Override
		public void siteUpdated(SiteSummary site) {
			writer.addProfile(new ProfileData(ProfileKey.of("web", site.domain()), null, site.domain(), site.title(),
					site.description(), null, null, null, null, null, site.language(), null, null, clock.instant(),
					new ProfileData.SiteSignals(site.title(), site.description(), site.pagesSeen(), site.feedUrls(),
							site.contactPageUrl(), site.guestPostPageUrl(), site.emails()),
					null));
		}

		@Override
		public void linkUpdated(SiteLink link) {
			writer.addEdge(new EdgeData(EdgeKind.LINKS, ProfileKey.of("web", link.fromDomain()),
					ProfileKey.of("web", link.toDomain()), link.total(), link.nofollow(), link.sponsored(), link.ugc()));
		}

		@Override
		public void pageVisited(PageVisit visit) {
			pages++;
			if (visit.problem() != null) {
				problems++;
				context.error(visit.url() + ": " + visit.problem().toString().toLowerCase().replace('_', ' ')
						+ (visit.detail() != null ? " (" + visit.detail() + ")" : ""), null);
			}
		}

		@Override
		public void checkpoint(CrawlCheckpoint checkpoint) {
			if (!clock.instant().isBefore(lastSave.plus(properties.checkpointEvery()))) {
				save(checkpoint, null);
			}
		}

		@Override
		public boolean stopRequested() {
			return context.stopRequested();
		}

		void save(CrawlCheckpoint checkpoint, String finalMessage) {
			writer.flush();
			Map<String, Long> progress = new LinkedHashMap<>();
			progress.put("pages", pages);
			progress.put("pageProblems", problems);
			progress.put("sites", (long) checkpoint.domains().size());
			progress.put("profiles", (long) writer.nodeCount());
			progress.put("edges", writer.edgeCounts().getOrDefault(EdgeKind.LINKS, 0L));
			listener.into(progress);
			List<String> busy = checkpoint.domains().stream().filter(d -> !d.frontier().isEmpty())
				.map(CrawlCheckpoint.DomainProgress::domain).limit(3).toList();
			String message = finalMessage != null ? finalMessage
					: "Crawled " + String.format("%,d", checkpoint.pagesFetched()) + " pages"
							+ (busy.isEmpty() ? "" : "; now on " + String.join(", ", busy));
			context.checkpoint(new Document("state", json.writeValueAsString(checkpoint)), progress, message);
			lastSave = clock.instant();
		}

	}

}
