package io.reachgraph.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SinglePageAppResolverTests {

	@Test
	void appRoutesGetTheIndexEvenWhenTheyEndInADottedHandle() {
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("discover")).isTrue();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("discover/r-1/profiles/bluesky:maya.makes")).isTrue();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("discover/r-1/profiles/web:example.com")).isTrue();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("sources/networks/n-1")).isTrue();
	}

	@Test
	void apiPathsAndMissingAssetsStayNotFound() {
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("api/nothing")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("actuator/env")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("v3/api-docs.yaml")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("assets/index-gone.js")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("assets/fonts")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("robots.txt")).isFalse();
		assertThat(WebConfiguration.SinglePageAppResolver.isAppRoute("favicon.ico")).isFalse();
	}

}
