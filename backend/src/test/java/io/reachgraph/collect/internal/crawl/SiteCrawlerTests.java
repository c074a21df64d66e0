package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole crawls over small local sites: alpha.test (with www. and blog. subdomains, robots rules and a Crawl-delay),
 * beta.test, broken.test (robots.txt answers 500), and sites that are only linked to.
 */
class SiteCrawlerTests extends LocalSitesTest {

	private String url(String host, String path) {
		return sites.url(host, path);
	}

	private void buildSites() {
		sites.respond("alpha.test", "/robots.txt", 200, "text/plain", """
				User-agent: *
				Disallow: /

				User-agent: ReachgraphBot
				Disallow: /private/
				Crawl-delay: 3
				""".getBytes(StandardCharsets.UTF_8));
		sites.html("alpha.test", "/", """
				<html lang="en-GB"><head><title>Alpha Travel</title>
				<meta name="description" content="Trips and tips">
				<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>
				<a href="/about">About us</a> <a href="/contact-us">Contact</a> <a href="/write-for-us">Write for us</a>
				<a href="/private/drafts">Drafts</a> <a href="%s">Post</a> <a href="%s">Home</a> <a href="/#top">Top</a>
				<a href="/logo.png">Logo</a> <a href="/redirected">Old page</a> <a href="/go">Go</a>
				<a href="%s">Beta</a> <a href="%s">Beta guide</a>
				<a href="https://gamma.test/" rel="nofollow">Gamma</a>
				<a href="https://delta.test/" rel="sponsored">Delta</a>
				<a href="https://delta.test/deal" rel="sponsored nofollow">Delta deal</a>
				<a href="mailto:editor@alpha.test">Mail the editor</a>
				</body></html>""".formatted(url("blog.alpha.test", "/post-1"), url("www.alpha.test", "/"),
				url("beta.test", "/"), url("beta.test", "/guide")));
		sites.html("alpha.test", "/about", "<title>About Alpha</title><a href=\"/\">Home</a> <a href=\"/team\">Team</a>");
		sites.html("alpha.test", "/contact-us", "<title>Contact</title><a href=\"mailto:hello@alpha.test?subject=hi\">hello</a>");
		sites.html("alpha.test", "/write-for-us",
				"<title>Write for us</title><a href=\"https://epsilon.test/\" rel=\"ugc\">Epsilon</a>");
		sites.html("alpha.test", "/team", "<title>Team</title><a href=\"/about\">About</a>");
		sites.html("alpha.test", "/landing", "<title>Landing</title>");
		sites.html("alpha.test", "/private/drafts", "<title>Secret</title>");
		sites.redirect("alpha.test", "/redirected", 301, "/moved").redirect("alpha.test", "/moved", 302, "/landing");
		sites.redirect("alpha.test", "/go", 302, "/private/other");
		sites.redirect("www.alpha.test", "/", 301, url("alpha.test", "/"));
		sites.html("blog.alpha.test", "/post-1", """
				<title>Post</title><a href="%s">Beta article</a>
				<a href="https://zeta.test/" rel="ugc nofollow">a commenter</a>""".formatted(url("beta.test", "/article")));

		sites.html("beta.test", "/", "<title>Beta</title><a href=\"%s\">Alpha</a> <a href=\"/guide\">Guide</a>"
			.formatted(url("alpha.test", "/")));
		sites.html("beta.test", "/guide", "<title>Guide</title><a href=\"/contact\">Contact</a> <a href=\"/download\">PDF</a>");
		sites.html("beta.test", "/contact", "<title>Contact Beta</title><a href=\"/\">Home</a>");
		sites.respond("beta.test", "/download", 200, "application/pdf", new byte[2048]);

		sites.respond("broken.test", "/robots.txt", 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
		sites.html("broken.test", "/", "<title>Broken</title>");
	}

	private List<String> seeds() {
		return List.of(url("alpha.test", "/"), url("beta.test", "/"), url("broken.test", "/"));
	}

	@Test
	void summarisesEachSeedSiteIncludingItsSubdomains() {
		buildSites();
		Store store = new Store();
		CrawlCheckpoint end = settings.crawler(clock).crawl(seeds(), store, CollectionListener.NONE);

		assertThat(end.finished()).isTrue();
		assertThat(store.sites.keySet()).containsExactly("alpha.test", "beta.test", "broken.test");
		assertThat(store.sites.get("alpha.test")).isEqualTo(new SiteSummary("alpha.test", "Alpha Travel", "Trips and tips",
				"en-gb", 7, List.of(url("alpha.test", "/feed.xml")), url("alpha.test", "/contact-us"),
				url("alpha.test", "/write-for-us"), List.of("editor@alpha.test", "hello@alpha.test")));
		assertThat(store.sites.get("beta.test")).isEqualTo(new SiteSummary("beta.test", "Beta", null, null, 3, List.of(),
				url("beta.test", "/contact"), null, List.of()));
		assertThat(store.sites.get("broken.test"))
			.isEqualTo(new SiteSummary("broken.test", null, null, null, 0, List.of(), null, null, List.of()));
	}

	@Test
	void countsLinksPerDomainPairByRelIncludingSitesThatWereNotCrawled() {
		buildSites();
		Store store = new Store();
		settings.crawler(clock).crawl(seeds(), store, CollectionListener.NONE);

		assertThat(store.links.values()).containsExactlyInAnyOrder(
				new SiteLink("alpha.test", "beta.test", 3, 3, 0, 0, 0),
				new SiteLink("alpha.test", "gamma.test", 1, 0, 1, 0, 0),
				new SiteLink("alpha.test", "delta.test", 2, 0, 1, 2, 0),
				new SiteLink("alpha.test", "epsilon.test", 1, 0, 0, 0, 1),
				new SiteLink("alpha.test", "zeta.test", 1, 0, 1, 0, 1),
				new SiteLink("beta.test", "alpha.test", 1, 1, 0, 0, 0));
		assertThat(sites.paths("gamma.test")).isEmpty();
		assertThat(sites.paths("zeta.test")).isEmpty();
	}

	@Test
	void obeysRobotsTxtAndFetchesEveryPageOnce() {
		buildSites();
		Store store = new Store();
		settings.crawler(clock).crawl(seeds(), store, CollectionListener.NONE);

		assertThat(sites.paths("alpha.test")).doesNotContain("/private/drafts", "/private/other", "/logo.png", "/feed.xml")
			.containsOnlyOnce("/robots.txt", "/", "/about", "/contact-us", "/write-for-us", "/team", "/redirected",
					"/moved", "/landing", "/go");
		assertThat(sites.paths("broken.test")).containsExactly("/robots.txt");
		assertThat(sites.paths("beta.test")).containsOnlyOnce("/robots.txt", "/", "/guide", "/contact", "/download");
		assertThat(store.visits).filteredOn(visit -> visit.url().endsWith("/private/drafts"))
			.singleElement()
			.satisfies(visit -> assertThat(visit.problem()).isEqualTo("ROBOTS_DISALLOWED"));
		assertThat(store.visits).filteredOn(visit -> visit.url().endsWith("/go"))
			.singleElement()
			.satisfies(visit -> assertThat(visit.problem()).isEqualTo("ROBOTS_DISALLOWED"));
		assertThat(store.visits).filteredOn(visit -> visit.domain().equals("broken.test"))
			.singleElement()
			.satisfies(visit -> assertThat(visit.problem()).isEqualTo("ROBOTS_UNREACHABLE"));
		assertThat(store.visits).filteredOn(visit -> visit.url().equals(url("www.alpha.test", "/")))
			.singleElement()
			.satisfies(visit -> {
				assertThat(visit.problem()).isEqualTo("DUPLICATE");
				assertThat(visit.analyzed()).isFalse();
			});
		assertThat(store.visits).filteredOn(visit -> visit.url().endsWith("/redirected"))
			.singleElement()
			.satisfies(visit -> {
				assertThat(visit.finalUrl()).isEqualTo(url("alpha.test", "/landing"));
				assertThat(visit.redirects()).containsExactly(url("alpha.test", "/redirected"), url("alpha.test", "/moved"));
				assertThat(visit.analyzed()).isTrue();
			});
		assertThat(store.visits).filteredOn(visit -> visit.url().endsWith("/download"))
			.singleElement()
			.satisfies(visit -> {
				assertThat(visit.contentType()).isEqualTo("application/pdf");
				assertThat(visit.analyzed()).isFalse();
			});
	}

	@Test
	void waitsTheCrawlDelayBetweenRequestsToOneSiteWithoutWaitingForReal() {
		buildSites();
		long started = System.nanoTime();
		settings.crawler(clock).crawl(seeds(), new Store(), CollectionListener.NONE);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(gaps("alpha.test")).isNotEmpty().allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
		assertThat(gaps("beta.test")).isNotEmpty().allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
		assertThat(clock.sleeps()).isNotEmpty();
		assertThat(clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus)).isGreaterThan(Duration.ofSeconds(20));
	}

	/** Time between consecutive requests (robots.txt included) to one host, by the test clock. */
	private List<Duration> gaps(String host) {
		List<Instant> times = sites.requests().stream().filter(request -> request.host().equals(host))
			.map(LocalSites.Request::at).toList();
		List<Duration> gaps = new ArrayList<>();
		for (int i = 1; i < times.size(); i++) {
			gaps.add(Duration.between(times.get(i - 1), times.get(i)));
		}
		return gaps;
	}

	@Test
	void stopsAtThePageCapOfEachSite() {
		settings.maxPagesPerDomain = 5;
		StringBuilder links = new StringBuilder();
		for (int i = 1; i <= 20; i++) {
			links.append("<a href=\"/p/").append(i).append("\">").append(i).append("</a>");
			sites.html("big.test", "/p/" + i, "<title>Page " + i + "</title>" + links);
		}
		sites.html("big.test", "/", links.toString());
		Store store = new Store();
		CrawlCheckpoint end = settings.crawler(clock).crawl(List.of(url("big.test", "/")), store, CollectionListener.NONE);

		assertThat(sites.paths("big.test")).filteredOn(path -> !path.equals("/robots.txt")).hasSize(5);
		assertThat(store.sites.get("big.test").pagesSeen()).isEqualTo(5);
		assertThat(end.finished()).isTrue();
		assertThat(end.domains().get(0).frontier()).isEmpty();
	}

	/** With a page cap of 5, which pages of alpha.test are read depends on the restored queue. */
	@ParameterizedTest
	@CsvSource({ "50, 1", "50, 2", "5, 1", "5, 3" })
	void aResumedCrawlEndsWithTheSameResultsAsAnUninterruptedOne(int pageCap, int pagesPerRun) throws Exception {
		settings.maxPagesPerDomain = pageCap;
		buildSites();
		Store uninterrupted = new Store();
		settings.crawler(clock).crawl(seeds(), uninterrupted, CollectionListener.NONE);
		int requestsBefore = sites.requests().size();

		Store interrupted = new Store();
		interrupted.stopAfterPages = pagesPerRun;
		CrawlCheckpoint checkpoint = settings.crawler(clock).crawl(seeds(), interrupted, CollectionListener.NONE);
		int restarts = 0;
		while (!checkpoint.finished()) {
			assertThat(checkpoint).isEqualTo(interrupted.last);
			CrawlCheckpoint stored = roundTrip(interrupted.last);
			interrupted.pagesThisRun = 0;
			checkpoint = settings.crawler(clock).resume(stored, interrupted, CollectionListener.NONE);
			restarts++;
		}

		assertThat(restarts).isGreaterThanOrEqualTo(2);
		assertThat(interrupted.sites).isEqualTo(uninterrupted.sites);
		assertThat(interrupted.links).isEqualTo(uninterrupted.links);
		assertThat(interrupted.visits).as("the same pages in the same order").isEqualTo(uninterrupted.visits);
		List<String> firstRun = pagePaths(sites.requests().subList(0, requestsBefore));
		List<String> resumedRuns = pagePaths(sites.requests().subList(requestsBefore, sites.requests().size()));
		assertThat(resumedRuns).containsExactlyInAnyOrderElementsOf(firstRun);
	}

	private static List<String> pagePaths(List<LocalSites.Request> requests) {
		return requests.stream()
			.filter(request -> !request.path().equals("/robots.txt"))
			.map(request -> request.host() + request.path())
			.toList();
	}

	private static CrawlCheckpoint roundTrip(CrawlCheckpoint checkpoint) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(checkpoint);
		}
		try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			return (CrawlCheckpoint) in.readObject();
		}
	}

	@Test
	void stopsWhenTheSinkAsksAndHandsBackWhereItStopped() {
		buildSites();
		Store store = new Store();
		store.stopAfterPages = 3;
		CrawlCheckpoint checkpoint = settings.crawler(clock).crawl(seeds(), store, CollectionListener.NONE);

		assertThat(checkpoint.finished()).isFalse();
		assertThat(store.visits).hasSize(3);
		assertThat(checkpoint.domains()).extracting(CrawlCheckpoint.DomainProgress::domain)
			.containsExactly("alpha.test", "beta.test", "broken.test");
		assertThat(checkpoint.seenUrls()).contains(url("alpha.test", "/about"), url("beta.test", "/guide"));
	}

	@Test
	void triesABareDomainOverHttpWhenHttpsCannotConnect() {
		settings.readTimeout = Duration.ofMillis(500); // the plain HTTP server never answers a TLS hello
		buildSites();
		Store store = new Store();
		settings.crawler(clock).crawl(List.of("alpha.test:" + sites.port()), store, CollectionListener.NONE);

		assertThat(store.visits.get(0).url()).isEqualTo("https://alpha.test:" + sites.port() + "/");
		assertThat(store.visits.get(0).problem()).isEqualTo("ROBOTS_UNREACHABLE");
		assertThat(store.visits.get(1).url()).isEqualTo(url("alpha.test", "/"));
		assertThat(store.sites.get("alpha.test").title()).isEqualTo("Alpha Travel");
	}

	@Test
	void turnsSeedsIntoUrls() {
		assertThat(SiteCrawler.seedUrl("example.com")).hasToString("https://example.com/");
		assertThat(SiteCrawler.seedUrl(" WWW.Example.com/blog ")).hasToString("https://www.example.com/blog");
		assertThat(SiteCrawler.seedUrl("http://example.com/blog#x")).hasToString("http://example.com/blog");
		assertThatThrownBy(() -> SiteCrawler.seedUrl("")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SiteCrawler.seedUrl("ftp://example.com")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SiteCrawler.seedUrl("mailto:someone@example.com")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> settings.crawler(clock).crawl(List.of("ok.test", "not a url"), new Store(),
				CollectionListener.NONE)).isInstanceOf(IllegalArgumentException.class);
		assertThat(sites.requests()).isEmpty();
	}

	@Test
	void refusesToCrawlPrivateAddressesByDefault() {
		buildSites();
		settings.allowPrivateAddresses = false;
		Store store = new Store();
		settings.crawler(clock).crawl(List.of(url("alpha.test", "/")), store, CollectionListener.NONE);
		assertThat(sites.requests()).isEmpty();
		assertThat(store.sites.get("alpha.test").pagesSeen()).isZero();
	}

	/** What the collection job would store: the latest site and link values by key, and every visit. */
	static final class Store implements CrawlSink {

		final Map<String, SiteSummary> sites = new LinkedHashMap<>();

		final Map<List<String>, SiteLink> links = new LinkedHashMap<>();

		final List<PageVisit> visits = new ArrayList<>();

		CrawlCheckpoint last;

		int stopAfterPages = Integer.MAX_VALUE;

		int pagesThisRun;

		@Override
		public void siteUpdated(SiteSummary site) {
			sites.put(site.domain(), site);
		}

		@Override
		public void linkUpdated(SiteLink link) {
			links.put(List.of(link.fromDomain(), link.toDomain()), link);
		}

		@Override
		public void checkpoint(CrawlCheckpoint checkpoint) {
			last = checkpoint;
		}

		@Override
		public void pageVisited(PageVisit visit) {
			visits.add(visit);
			pagesThisRun++;
		}

		@Override
		public boolean stopRequested() {
			return pagesThisRun >= stopAfterPages;
		}

	}

}
