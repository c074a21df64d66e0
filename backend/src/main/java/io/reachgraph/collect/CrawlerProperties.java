package io.reachgraph.collect;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The partner-site crawler ({@code reachgraph.collect.crawler.*}).
 *
 * @param userAgent             product token and version; the token ({@code ReachgraphBot}) is what robots.txt
 *                              groups are matched against
 * @param contactUrl            where a site owner reads who crawls them; sent as {@code (+url)} in the User-Agent.
 *                              Set it in production
 * @param maxPagesPerDomain     pages fetched per registrable domain at most
 * @param crawlDelay            minimum time between two requests to one site (a larger robots.txt Crawl-delay wins)
 * @param connectTimeout        TCP (and TLS) connect time limit
 * @param readTimeout           longest wait for the next bytes of a response
 * @param pageTimeout           time limit for a whole page, redirects included; a page still arriving is cut
 * @param maxPageBytes          a page body is cut after this many bytes
 * @param maxRedirects          redirect hops followed per page
 * @param allowPrivateAddresses let the crawler reach loopback and private networks (tests, intranet development
 *                              only: this disables SSRF protection for those ranges)
 * @param allowedPorts          ports allowed besides 80 and 443
 */
@Validated
@ConfigurationProperties("reachgraph.collect.crawler")
public record CrawlerProperties(
		@DefaultValue("ReachgraphBot/0.1") @NotNull @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]*/[!-~]+") String userAgent,
		@DefaultValue("") @NotNull @Pattern(regexp = "(https?://[!-~]+)?") String contactUrl,
		@DefaultValue("50") @Min(1) @Max(100_000) int maxPagesPerDomain,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 0) Duration crawlDelay,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
		@DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
		@DefaultValue("20s") @NotNull @DurationMin(millis = 1) Duration pageTimeout,
		@DefaultValue("2MB") @NotNull DataSize maxPageBytes,
		@DefaultValue("5") @Min(0) @Max(20) int maxRedirects,
		@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue List<@Min(1) @Max(65535) Integer> allowedPorts) {

	public CrawlerProperties {
		if (maxPageBytes != null && maxPageBytes.toBytes() < 1) {
			throw new IllegalArgumentException("reachgraph.collect.crawler.max-page-bytes must be at least 1 byte");
		}
		allowedPorts = allowedPorts == null ? List.of() : List.copyOf(allowedPorts);
	}

	/** {@code ReachgraphBot/0.1 (+https://…)}: what goes into the User-Agent header. */
	public String userAgentHeader() {
		return contactUrl == null || contactUrl.isBlank() ? userAgent : userAgent + " (+" + contactUrl + ")";
	}

	/** The product token robots.txt is matched against: {@code ReachgraphBot}. */
	public String robotsToken() {
		int slash = userAgent.indexOf('/');
		return slash < 0 ? userAgent : userAgent.substring(0, slash);
	}

}
