package io.reachgraph.collect.internal.crawl;

import io.reachgraph.collect.CrawlerProperties;
import io.reachgraph.collect.internal.social.CollectionListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls partner sites: from seed URLs or bare domains, breadth first within each seed's registrable domain
 * ({@code www.} and {@code blog.} subdomains included), obeying robots.txt, at most
 * {@code maxPagesPerDomain} fetches per site and one request per {@code crawlDelay} (or the site's larger
 * Crawl-delay) per site. Sites take turns, one page each, so the delay of one does not hold up the others.
 * Redirects are followed only within the site, to pages not seen yet, when robots.txt allows, after the crawl delay.
 * <p>
 * Results stream to a {@link CrawlSink}: per site a {@link SiteSummary}, per (site, linked site) a {@link SiteLink};
 * sites that are linked to but not crawled appear as link targets. After every page the sink gets a
 * {@link CrawlCheckpoint}; {@link #resume} continues from one and ends with the same results as an uninterrupted
 * crawl. The crawl order depends only on the checkpointed state, never on timing.
 * <p>
 * One crawl runs on the calling thread; the crawler itself holds no per-crawl state and can run several crawls on
 * several threads. Interrupting the thread stops the crawl at the next wait, like {@link CrawlSink#stopRequested()}.
 */
public final class SiteCrawler {

	private static final Logger log = LoggerFactory.getLogger(SiteCrawler.class);

	/** Links to these are not queued: they are not pages. */
	private static final Pattern NOT_A_PAGE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|pdf"
			+ "|zip|gz|tgz|bz2|xz|7z|rar|tar|exe|dmg|msi|apk|iso|mp3|mp4|m4a|m4v|ogg|ogv|wav|webm|avi|mov|wmv|flac"
			+ "|css|js|mjs|json|xml|rss|atom|txt|csv|xlsx?|docx?|pptx?|odt|ods|epub|woff2?|ttf|otf|eot)$");

	private static final int MAX_FEEDS = 20;

	private static final int MAX_EMAILS = 50;

	/** A site's queue holds at most this many times its page cap. */
	private static final int FRONTIER_FACTOR = 10;

	private static final int NO_RANK = Integer.MAX_VALUE;

	private final CrawlerProperties properties;

	private final Clock clock;

	private final Sleeper sleeper;

	private final PinnedHttp http;

	private final PageFetcher fetcher;

	SiteCrawler(CrawlerProperties properties, Clock clock, Sleeper sleeper, AddressGuard.Resolver resolver,
			PinnedHttp.Dialer dialer, SSLSocketFactory tls) {
		this.properties = properties;
		this.clock = clock;
		this.sleeper = sleeper;
		AddressGuard guard = new AddressGuard(properties.allowPrivateAddresses(), Set.copyOf(properties.allowedPorts()),
				resolver);
		this.http = new PinnedHttp(guard, properties.userAgentHeader(), new PinnedHttp.Limits(properties.connectTimeout(),
				properties.readTimeout(), properties.pageTimeout(), properties.maxRedirects()), dialer, tls);
		this.fetcher = new PageFetcher(http, new PageAnalyzer(properties.robotsToken()),
				properties.maxPageBytes().toBytes());
	}

	/**
	 * The URL a seed stands for: {@code example.com} and {@code example.com/blog} become https URLs, full http(s)
	 * URLs are normalised.
	 *
	 * @throws IllegalArgumentException when the seed is not a web address
	 */
	public static URI seedUrl(String seed) {
		String text = seed == null ? "" : seed.strip();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("empty seed");
		}
		URI url = Urls.normalize(text.contains("://") ? text : "https://" + text);
		if (Urls.authority(url).userInfo() != null) {
			throw new IllegalArgumentException("not a web address: " + Urls.abbreviate(text));
		}
		return url;
	}

	/** The registrable domain (the site) of a URL or bare domain, or null when it is not a web address. */
	public static String siteOf(String urlOrDomain) {
		try {
			return Urls.registrableDomain(seedUrl(urlOrDomain));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Crawls from seeds until every site is done or the sink asks to stop.
	 *
	 * @param seeds URLs or bare domains; a bare domain that cannot be reached over https is tried over http
	 * @return the last checkpoint ({@link CrawlCheckpoint#finished()} tells whether anything is left)
	 * @throws IllegalArgumentException when a seed is not a web address (nothing is fetched then)
	 */
	public CrawlCheckpoint crawl(List<String> seeds, CrawlSink sink, CollectionListener listener) {
		return crawl(seeds, sink, listener, properties.maxPagesPerDomain());
	}

	/** As {@link #crawl(List, CrawlSink, CollectionListener)} with a page cap per site for this crawl. */
	public CrawlCheckpoint crawl(List<String> seeds, CrawlSink sink, CollectionListener listener, int maxPagesPerDomain) {
		Run run = new Run(sink, listener, maxPagesPerDomain);
		for (String seed : seeds) {
			URI url = seedUrl(seed);
			Site site = run.site(Urls.registrableDomain(url));
			if (run.seen.add(url.toString())) {
				site.frontier.addLast(url.toString());
				if (!seed.contains("://")) {
					site.httpFallbacks.add(url.toString());
				}
			}
		}
		return run.crawl();
	}

	/** Continues a crawl from a checkpoint a sink received. */
	public CrawlCheckpoint resume(CrawlCheckpoint checkpoint, CrawlSink sink, CollectionListener listener) {
		return resume(checkpoint, sink, listener, properties.maxPagesPerDomain());
	}

	/** As {@link #resume(CrawlCheckpoint, CrawlSink, CollectionListener)} with a page cap per site. */
	public CrawlCheckpoint resume(CrawlCheckpoint checkpoint, CrawlSink sink, CollectionListener listener,
			int maxPagesPerDomain) {
		Run run = new Run(sink, listener, maxPagesPerDomain);
		for (CrawlCheckpoint.DomainProgress progress : checkpoint.domains()) {
			run.sites.put(progress.domain(), Site.from(progress));
		}
		run.seen.addAll(checkpoint.seenUrls());
		for (SiteLink link : checkpoint.links()) {
			run.links.put(linkKey(link.fromDomain(), link.toDomain()), link);
		}
		run.cursor = checkpoint.cursor();
		return run.crawl();
	}

	private static String linkKey(String from, String to) {
		return from + " " + to;
	}

	/** One crawl: its state, its robots cache, its politeness clock. */
	private final class Run {

		final CrawlSink sink;

		final CollectionListener listener;

		final RobotsRules robots;

		final Map<String, Site> sites = new LinkedHashMap<>();

		final Set<String> seen = new LinkedHashSet<>();

		final Map<String, SiteLink> links = new LinkedHashMap<>();

		final Map<String, Instant> lastRequest = new HashMap<>();

		int cursor;

		final int pageCap;

		Run(CrawlSink sink, CollectionListener listener, int pageCap) {
			this.pageCap = pageCap;
			this.sink = sink;
			this.listener = listener;
			this.robots = new RobotsRules(http, properties.robotsToken(), properties.crawlDelay(), clock);
		}

		Site site(String domain) {
			return sites.computeIfAbsent(domain, Site::new);
		}

		CrawlCheckpoint crawl() {
			CrawlCheckpoint last = checkpoint();
			while (true) {
				int next = nextSite();
				if (next < 0) {
					break;
				}
				if (sink.stopRequested() || Thread.currentThread().isInterrupted()) {
					return last;
				}
				List<Site> all = List.copyOf(sites.values());
				Site site = all.get(next);
				cursor = (next + 1) % all.size();
				String url = site.frontier.pollFirst();
				try {
					visit(site, URI.create(url));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return last; // the state as it was before this page
				}
				if (site.fetches >= pageCap) {
					site.frontier.clear();
					site.httpFallbacks.clear();
				}
				last = checkpoint();
				sink.checkpoint(last);
			}
			for (Site site : sites.values()) {
				sink.siteUpdated(site.summary());
			}
			CrawlCheckpoint done = checkpoint();
			sink.checkpoint(done);
			return done;
		}

		/** Round robin: the first site from the cursor on that has work, or -1. Changes nothing. */
		private int nextSite() {
			List<Site> all = List.copyOf(sites.values());
			for (int i = 0; i < all.size(); i++) {
				int index = Math.floorMod(cursor + i, all.size());
				Site site = all.get(index);
				if (!site.frontier.isEmpty() && site.fetches < pageCap) {
					return index;
				}
			}
			return -1;
		}

		private void visit(Site site, URI url) throws InterruptedException {
			RobotsRules.HostRules rules = politeRobots(site, url);
			if (!rules.allows(url)) {
				fallBackToHttp(site, url, 0, rules.problem());
				boolean unreachable = rules.source() == RobotsRules.Source.UNREACHABLE;
				sink.pageVisited(new PageVisit(site.domain, url.toString(), null, 0, null, List.of(),
						unreachable ? "ROBOTS_UNREACHABLE" : "ROBOTS_DISALLOWED",
						unreachable ? "robots.txt could not be read: the site is not crawled for now"
								: "disallowed by robots.txt",
						false));
				return;
			}
			awaitTurn(site.domain, rules.delay());
			FetchedPage page;
			try {
				page = fetcher.fetch(url, hop -> follow(site, hop), listener);
			}
			catch (RuntimeException ex) {
				// a bug or a page jsoup chokes on must not stop the crawl, nor come back on every resume
				log.warn("Crawling {} failed unexpectedly", url, ex);
				lastRequest.put(site.domain, clock.instant());
				site.fetches++;
				sink.pageVisited(new PageVisit(site.domain, url.toString(), null, 0, null, List.of(), "UNEXPECTED_ERROR",
						ex.toString(), false));
				sink.siteUpdated(site.summary());
				return;
			}
			if (page.problem() == FetchProblem.CANCELLED) {
				throw new InterruptedException("interrupted while fetching " + url);
			}
			lastRequest.put(site.domain, clock.instant());
			site.fetches++;
			fallBackToHttp(site, url, page.status(), page.problem());
			Map<String, SiteLink> changed = Map.of();
			if (page.html()) {
				changed = absorb(site, URI.create(page.finalUrl()), page.content());
			}
			sink.pageVisited(new PageVisit(site.domain, url.toString(), page.finalUrl(), page.status(),
					page.contentType(), page.redirects(), page.problem() == null ? null : page.problem().name(),
					page.problemDetail(), page.html()));
			sink.siteUpdated(site.summary());
			changed.values().forEach(sink::linkUpdated);
		}

		/**
		 * A redirect hop is followed only within the site, to a page not seen yet, when robots.txt allows it, and
		 * after the crawl delay like any other request.
		 */
		private FetchProblem follow(Site site, URI hop) throws InterruptedException {
			if (!Urls.registrableDomain(hop).equals(site.domain)) {
				return FetchProblem.OFF_SITE_REDIRECT;
			}
			if (seen.contains(hop.toString())) {
				return FetchProblem.DUPLICATE;
			}
			RobotsRules.HostRules rules = politeRobots(site, hop);
			if (!rules.allows(hop)) {
				return FetchProblem.ROBOTS_DISALLOWED;
			}
			seen.add(hop.toString());
			awaitTurn(site.domain, rules.delay());
			return null;
		}

		/** The robots rules for a URL; fetching robots.txt counts as a request to the site (crawl delay). */
		private RobotsRules.HostRules politeRobots(Site site, URI url) throws InterruptedException {
			if (!robots.isCached(url)) {
				awaitTurn(site.domain, properties.crawlDelay());
				RobotsRules.HostRules rules = robots.rulesFor(url, listener);
				lastRequest.put(site.domain, clock.instant());
				return rules;
			}
			return robots.rulesFor(url, listener);
		}

		/** A bare-domain seed whose https URL cannot connect (robots.txt or the page) is tried over http once. */
		private void fallBackToHttp(Site site, URI url, int status, FetchProblem problem) {
			if (!site.httpFallbacks.remove(url.toString()) || status != 0 || problem == null) {
				return;
			}
			boolean cannotConnect = switch (problem) {
				case CONNECTION_FAILED, TLS_FAILED, TIMED_OUT, PROTOCOL_ERROR -> true;
				default -> false;
			};
			String httpUrl = "http" + url.toString().substring("https".length());
			if (cannotConnect && seen.add(httpUrl)) {
				site.frontier.addFirst(httpUrl);
			}
		}

		/** Adds a read page to its site's summary and queue, and its links to the counts; returns the changed pairs. */
		private Map<String, SiteLink> absorb(Site site, URI url, PageContent content) {
			site.read(url, content);
			Map<String, SiteLink> changed = new LinkedHashMap<>();
			int frontierCap = pageCap * FRONTIER_FACTOR;
			for (PageContent.Link link : content.links()) {
				URI target = URI.create(link.url());
				String domain;
				try {
					domain = Urls.registrableDomain(target);
				}
				catch (IllegalArgumentException ex) {
					continue;
				}
				if (domain.equals(site.domain)) {
					if (!content.nofollowPage() && !NOT_A_PAGE.matcher(target.getRawPath()).matches()
							&& site.frontier.size() < frontierCap && seen.add(link.url())) {
						site.frontier.addLast(link.url());
					}
					continue;
				}
				String key = linkKey(site.domain, domain);
				SiteLink counts = links.getOrDefault(key, new SiteLink(site.domain, domain, 0, 0, 0, 0, 0));
				SiteLink counted = new SiteLink(site.domain, domain, counts.total() + 1,
						counts.followed() + (link.followed() ? 1 : 0),
						counts.nofollow() + (link.rel().contains(PageContent.Rel.NOFOLLOW) ? 1 : 0),
						counts.sponsored() + (link.rel().contains(PageContent.Rel.SPONSORED) ? 1 : 0),
						counts.ugc() + (link.rel().contains(PageContent.Rel.UGC) ? 1 : 0));
				links.put(key, counted);
				changed.put(key, counted);
			}
			return changed;
		}

		/** Waits until {@code delay} has passed since the last request to the site, and notes the next one as sent. */
		private void awaitTurn(String domain, Duration delay) throws InterruptedException {
			Instant last = lastRequest.get(domain);
			if (last != null) {
				Duration wait = Duration.between(clock.instant(), last.plus(delay));
				if (wait.compareTo(Duration.ZERO) > 0) {
					sleeper.sleep(wait);
					listener.rateLimitWait(wait);
				}
			}
			lastRequest.put(domain, clock.instant());
		}

		CrawlCheckpoint checkpoint() {
			return new CrawlCheckpoint(sites.values().stream().map(Site::progress).toList(), List.copyOf(seen),
					List.copyOf(links.values()), cursor);
		}

	}

	/** One site's mutable state during a run. */
	private static final class Site {

		final String domain;

		final Deque<String> frontier = new ArrayDeque<>();

		final Set<String> httpFallbacks = new LinkedHashSet<>();

		int fetches;

		String title;

		String description;

		String language;

		int pagesSeen;

		final Set<String> feeds = new LinkedHashSet<>();

		final Set<String> emails = new LinkedHashSet<>();

		String contactPage;

		int contactRank = NO_RANK;

		String guestPostPage;

		int guestPostRank = NO_RANK;

		boolean homePageRead;

		Site(String domain) {
			this.domain = domain;
		}

		static Site from(CrawlCheckpoint.DomainProgress progress) {
			Site site = new Site(progress.domain());
			site.frontier.addAll(progress.frontier());
			site.httpFallbacks.addAll(progress.httpFallbacks());
			site.fetches = progress.fetches();
			SiteSummary summary = progress.site();
			site.title = summary.title();
			site.description = summary.description();
			site.language = summary.language();
			site.pagesSeen = summary.pagesSeen();
			site.feeds.addAll(summary.feedUrls());
			site.emails.addAll(summary.emails());
			site.contactPage = summary.contactPageUrl();
			site.contactRank = progress.contactRank();
			site.guestPostPage = summary.guestPostPageUrl();
			site.guestPostRank = progress.guestPostRank();
			site.homePageRead = progress.homePageRead();
			return site;
		}

		void read(URI url, PageContent content) {
			pagesSeen++;
			String pageLanguage = content.language() == null ? null : content.language().toLowerCase(Locale.ROOT);
			boolean homePage = "/".equals(url.getRawPath()) && url.getRawQuery() == null;
			if (homePage && !homePageRead) {
				homePageRead = true;
				title = content.title() != null ? content.title() : title;
				description = content.description() != null ? content.description() : description;
				language = pageLanguage != null ? pageLanguage : language;
			}
			else if (!homePageRead) {
				title = title != null ? title : content.title();
				description = description != null ? description : content.description();
				language = language != null ? language : pageLanguage;
			}
			content.feeds().stream().limit(Math.max(0, MAX_FEEDS - feeds.size())).forEach(feeds::add);
			content.emails().stream().limit(Math.max(0, MAX_EMAILS - emails.size())).forEach(emails::add);
			for (PageContent.RankedUrl candidate : content.contactPages()) {
				if (candidate.rank() < contactRank) {
					contactRank = candidate.rank();
					contactPage = candidate.url();
				}
			}
			for (PageContent.RankedUrl candidate : content.guestPostPages()) {
				if (candidate.rank() < guestPostRank) {
					guestPostRank = candidate.rank();
					guestPostPage = candidate.url();
				}
			}
		}

		SiteSummary summary() {
			return new SiteSummary(domain, title, description, language, pagesSeen, List.copyOf(feeds), contactPage,
					guestPostPage, List.copyOf(emails));
		}

		CrawlCheckpoint.DomainProgress progress() {
			return new CrawlCheckpoint.DomainProgress(domain, List.copyOf(frontier), List.copyOf(httpFallbacks), fetches,
					summary(), contactRank, guestPostRank, homePageRead);
		}

	}

}
