package io.reachgraph.collect.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.reachgraph.collect.internal.social.CollectionListener;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 says: our group, 4xx allow all, 5xx / unreachable disallow all for a while, size cap. */
class CrawlRobotsRulesTests extends LocalSitesTest {

	private RobotsRules robots(Duration minDelay) {
		return new RobotsRules(settings.http(), "ReachgraphBot", minDelay, clock);
	}

	private URI url(String host, String path) {
		return URI.create(sites.url(host, path));
	}

	private boolean allows(RobotsRules robots, String host, String path) {
		return robots.allows(url(host, path), CollectionListener.NONE);
	}

	private void robotsTxt(String host, String text) {
		sites.respond(host, "/robots.txt", 200, "text/plain", text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void obeysOurGroupAndItsCrawlDelay() {
		robotsTxt("alpha.test", """
				User-agent: *
				Disallow: /

				User-agent: ReachgraphBot
				Disallow: /private/
				Crawl-delay: 3
				""");
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/blog/post")).isTrue();
		assertThat(allows(robots, "alpha.test", "/private/x")).isFalse();
		assertThat(robots.rulesFor(url("alpha.test", "/"), CollectionListener.NONE).delay()).isEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void keepsOurMinimumDelayWhenTheCrawlDelayIsShorter() {
		robotsTxt("alpha.test", "User-agent: *\nCrawl-delay: 2\n");
		assertThat(robots(Duration.ofSeconds(5)).rulesFor(url("alpha.test", "/"), CollectionListener.NONE).delay())
			.isEqualTo(Duration.ofSeconds(5));
		assertThat(robots(Duration.ofMillis(10)).rulesFor(url("alpha.test", "/"), CollectionListener.NONE).delay())
			.isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void fetchesRobotsOncePerOriginAndCachesIt() {
		robotsTxt("alpha.test", "User-agent: *\nDisallow: /x\n");
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(robots.isCached(url("alpha.test", "/"))).isFalse();
		allows(robots, "alpha.test", "/a");
		allows(robots, "alpha.test", "/b");
		assertThat(robots.isCached(url("alpha.test", "/c"))).isTrue();
		assertThat(robots.isCached(url("www.alpha.test", "/"))).isFalse();
		allows(robots, "www.alpha.test", "/a");
		assertThat(sites.paths("alpha.test")).containsExactly("/robots.txt");
		assertThat(sites.paths("www.alpha.test")).containsExactly("/robots.txt");
		clock.advance(RobotsRules.CACHE_FOR.plusSeconds(1));
		allows(robots, "alpha.test", "/a");
		assertThat(sites.paths("alpha.test")).containsExactly("/robots.txt", "/robots.txt");
	}

	@Test
	void aMissingRobotsFileAllowsEverything() {
		sites.respond("alpha.test", "/robots.txt", 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8))
			.respond("beta.test", "/robots.txt", 403, "text/plain", "no".getBytes(StandardCharsets.UTF_8));
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/anything")).isTrue();
		assertThat(allows(robots, "beta.test", "/anything")).isTrue();
	}

	@Test
	void aServerErrorDisallowsTheWholeHostForAWhileThenAsksAgain() {
		AtomicInteger calls = new AtomicInteger();
		sites.handle("alpha.test", "/robots.txt", exchange -> {
			boolean broken = calls.getAndIncrement() == 0;
			byte[] body = (broken ? "oops" : "User-agent: *\nDisallow: /private/\n").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(broken ? 500 : 200, body.length);
			exchange.getResponseBody().write(body);
		});
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/")).isFalse();
		assertThat(robots.rulesFor(url("alpha.test", "/"), CollectionListener.NONE).source())
			.isEqualTo(RobotsRules.Source.UNREACHABLE);
		clock.advance(RobotsRules.UNREACHABLE_RETRY.minusSeconds(1));
		assertThat(allows(robots, "alpha.test", "/")).isFalse();
		assertThat(calls).hasValue(1);
		clock.advance(Duration.ofSeconds(2));
		assertThat(allows(robots, "alpha.test", "/")).isTrue();
		assertThat(allows(robots, "alpha.test", "/private/x")).isFalse();
		assertThat(calls).hasValue(2);
	}

	@Test
	void tooManyRequestsAndTimeoutsCountAsUnreachable() {
		settings.readTimeout = Duration.ofMillis(300);
		sites.respond("alpha.test", "/robots.txt", 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8))
			.handle("hang.test", "/robots.txt", exchange -> CrawlPageFetcherTests.sleep(60_000));
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/")).isFalse();
		assertThat(allows(robots, "hang.test", "/")).isFalse();
		assertThat(robots.rulesFor(url("hang.test", "/"), CollectionListener.NONE).problem())
			.isEqualTo(FetchProblem.TIMED_OUT);
	}

	@Test
	void followsRedirectsToTheRobotsFile() {
		sites.redirect("alpha.test", "/robots.txt", 301, sites.url("www.alpha.test", "/robots.txt"));
		robotsTxt("www.alpha.test", "User-agent: *\nDisallow: /nope\n");
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/nope")).isFalse();
		assertThat(allows(robots, "alpha.test", "/yes")).isTrue();
	}

	@Test
	void readsOnlyTheFirst500KilobytesOfAHugeRobotsFile() {
		String padding = ("# " + "x".repeat(98) + "\n").repeat(6000); // 600 KB of comments
		robotsTxt("alpha.test", "User-agent: *\nDisallow: /early\n" + padding + "Disallow: /late\n");
		RobotsRules robots = robots(Duration.ofSeconds(1));
		assertThat(allows(robots, "alpha.test", "/early")).isFalse();
		assertThat(allows(robots, "alpha.test", "/late")).isTrue();
	}

}
