package io.reachgraph.collect.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Starts a collection into a network.
 *
 * @param source             where from
 * @param seeds              handles / ids (Bluesky, Mastodon) or URLs / domains (crawl), 1 to 100
 * @param depth              hops from the seeds (social: 0 = the seeds' own lists only); default 1
 * @param maxProfiles        stop after this many profiles have been read in full; default 1000
 * @param maxEdgesPerProfile at most this many followers / follows / interactions per profile and list; default 1000
 * @param collect            which lists (social); default followers and following
 * @param instance           Mastodon: the instance whose API to use, e.g. https://mastodon.social
 * @param accessToken        Mastodon: optional access token (kept with the job, never shown again)
 * @param maxPagesPerDomain  crawl: pages per site; default 50
 * @param seedsFromProfileLinks crawl: also seed with the sites linked from the network's profiles (bios, websites)
 */
public record StartCollectionRequest(@NotNull Source source,
		@Size(max = 100) List<@NotBlank @Size(max = 300) String> seeds,
		@Min(0) @Max(3) Integer depth, @Min(1) @Max(100_000) Integer maxProfiles,
		@Min(1) @Max(100_000) Integer maxEdgesPerProfile, @Size(max = 3) Set<@NotNull What> collect,
		@Size(max = 300) @Pattern(regexp = "https?://[^\\s/?#]+/?", message = "must be the instance's address, like https://mastodon.social") String instance,
		@Size(max = 500) String accessToken, @Min(1) @Max(1000) Integer maxPagesPerDomain, Boolean seedsFromProfileLinks) {

	public enum Source { BLUESKY, MASTODON, CRAWL }

	public enum What { FOLLOWERS, FOLLOWING, INTERACTIONS }

	@AssertTrue(message = "is required for Mastodon")
	boolean isInstance() {
		return source != Source.MASTODON || (instance != null && !instance.isBlank());
	}

	@AssertTrue(message = "must not be empty (for a crawl, or ask for seedsFromProfileLinks)")
	boolean isSeeds() {
		return (seeds != null && !seeds.isEmpty()) || (source == Source.CRAWL && Boolean.TRUE.equals(seedsFromProfileLinks));
	}

	@AssertTrue(message = "must name at least one of FOLLOWERS, FOLLOWING, INTERACTIONS")
	boolean isCollect() {
		return collect == null || !collect.isEmpty();
	}

}
