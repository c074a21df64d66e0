package io.reachgraph.collect.internal.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.reachgraph.collect.internal.social.CollectionListener;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * robots.txt per origin (scheme, host, port), fetched on first use and cached, as RFC 9309 says:
 * <ul>
 * <li>2xx: parsed with crawler-commons for our token; only the first 500 KiB are read (the RFC's minimum), the rest
 * is ignored. Cached for 24 hours.</li>
 * <li>4xx (but 429), and more redirects than allowed: no usable file, everything allowed. Cached for 24 hours.</li>
 * <li>429, 5xx, timeouts, connection failures: unreachable, everything disallowed; asked again after
 * {@link #UNREACHABLE_RETRY}.</li>
 * </ul>
 * The delay between two requests to the site is the larger of our minimum and the file's {@code Crawl-delay}.
 * Not thread-safe beyond its cache: one crawl uses one instance.
 */
final class RobotsRules {

	static final int MAX_ROBOTS_BYTES = 500 * 1024;

	static final Duration CACHE_FOR = Duration.ofHours(24);

	static final Duration UNREACHABLE_RETRY = Duration.ofMinutes(10);

	private static final int MAX_CACHED_ORIGINS = 10_000;

	/** How the rules came about. */
	enum Source { FILE, NO_FILE, UNREACHABLE }

	/**
	 * The rules for one origin and the delay to keep between requests to it; {@code problem} is why robots.txt could
	 * not be read (null when a response came).
	 */
	record HostRules(BaseRobotRules rules, Duration delay, Source source, FetchProblem problem, Instant expiresAt) {

		boolean allows(URI url) {
			return rules.isAllowed(url.toString());
		}

	}

	private final PinnedHttp http;

	private final List<String> robotNames;

	private final Duration minDelay;

	private final Clock clock;

	private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

	private final Map<String, HostRules> cache = new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, HostRules> eldest) {
			return size() > MAX_CACHED_ORIGINS;
		}
	};

	/**
	 * @param robotsToken our product token ({@code ReachgraphBot}), matched case-insensitively
	 * @param minDelay    our own minimum delay between requests to a site
	 */
	RobotsRules(PinnedHttp http, String robotsToken, Duration minDelay, Clock clock) {
		this.http = http;
		this.robotNames = List.of(robotsToken.toLowerCase(Locale.ROOT));
		this.minDelay = minDelay;
		this.clock = clock;
	}

	/** True when the rules for this URL's origin are cached and fresh, so {@link #rulesFor} sends no request. */
	synchronized boolean isCached(URI url) {
		HostRules rules = cache.get(Urls.origin(url));
		return rules != null && clock.instant().isBefore(rules.expiresAt());
	}

	synchronized HostRules rulesFor(URI url, CollectionListener listener) {
		String origin = Urls.origin(url);
		HostRules cached = cache.get(origin);
		if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
			return cached;
		}
		HostRules fetched = fetch(origin, listener);
		cache.put(origin, fetched);
		return fetched;
	}

	boolean allows(URI url, CollectionListener listener) {
		return rulesFor(url, listener).allows(url);
	}

	private HostRules fetch(String origin, CollectionListener listener) {
		URI robotsUrl = Urls.normalize(origin + "/robots.txt");
		PinnedHttp.Response response = http.get(robotsUrl, MAX_ROBOTS_BYTES, (status, mediaType) -> status / 100 == 2,
				PinnedHttp.RedirectPolicy.FOLLOW_ALL, listener);
		FetchProblem problem = response.failure() == null ? null : response.failure().problem();
		int status = response.status();
		if (problem == FetchProblem.REDIRECT_LOOP || problem == FetchProblem.TOO_MANY_REDIRECTS) {
			return rules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), Source.NO_FILE, null, CACHE_FOR);
		}
		if (status / 100 == 2 && (problem == null || problem == FetchProblem.TOO_LARGE)) {
			BaseRobotRules parsed = parser.parseContent(robotsUrl.toString(), response.body(),
					response.header("content-type"), robotNames);
			return rules(parsed, Source.FILE, null, CACHE_FOR);
		}
		if (status == 0 || problem != null || status == 429 || status / 100 == 5) {
			return rules(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), Source.UNREACHABLE, problem, UNREACHABLE_RETRY);
		}
		return rules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), Source.NO_FILE, null, CACHE_FOR);
	}

	private HostRules rules(BaseRobotRules rules, Source source, FetchProblem problem, Duration cacheFor) {
		Duration delay = minDelay;
		if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY && rules.getCrawlDelay() > delay.toMillis()) {
			delay = Duration.ofMillis(rules.getCrawlDelay());
		}
		return new HostRules(rules, delay, source, problem, clock.instant().plus(cacheFor));
	}

}
