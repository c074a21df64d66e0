package io.reachgraph.collect.internal.crawl;

import org.junit.jupiter.api.AfterEach;

/** Tests against {@link LocalSites}: a fake clock, the sites on it, crawler settings allowing their port. */
abstract class LocalSitesTest {

	final FakeClock clock = new FakeClock();

	final LocalSites sites = new LocalSites(clock);

	final TestCrawlers.Settings settings = new TestCrawlers.Settings(sites.port());

	@AfterEach
	void stopSites() {
		sites.close();
	}

}
