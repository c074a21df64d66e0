package io.reachgraph.collect.internal.collections;

import io.reachgraph.collect.internal.crawl.SiteCrawler;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.ProfileDetails;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The web sites a network's profiles link to (bio links, website fields): seeds for the partner-site crawler.
 * Social networks and link-in-bio hosts are left out: they are not partner sites.
 */
@Component
public class ProfileSites {

	static final Set<String> NOT_PARTNER_SITES = Set.of("bsky.app", "bsky.social", "twitter.com", "x.com",
			"instagram.com", "facebook.com", "youtube.com", "youtu.be", "tiktok.com", "linkedin.com", "threads.net",
			"linktr.ee", "github.com", "patreon.com", "ko-fi.com", "twitch.tv", "discord.gg", "t.me", "mastodon.social",
			"google.com", "apple.com", "spotify.com");

	static final int MAX_PROFILES = 50_000;

	private final GraphStore graphs;

	ProfileSites(GraphStore graphs) {
		this.graphs = graphs;
	}

	/** Up to {@code limit} home pages of the sites the network's profiles link to, most linked first. */
	public List<String> sites(String networkId, int limit) {
		List<String> ids = graphs.load(networkId).profileIds();
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		java.util.Map<String, String> homePages = new java.util.HashMap<>();
		for (ProfileDetails profile : graphs.profiles(ids.subList(0, Math.min(ids.size(), MAX_PROFILES))).values()) {
			Set<String> domains = new LinkedHashSet<>();
			for (String link : profile.links() == null ? List.<String>of() : profile.links()) {
				String domain = link.startsWith("http://") || link.startsWith("https://") ? SiteCrawler.siteOf(link) : null;
				if (domain != null && !NOT_PARTNER_SITES.contains(domain)) {
					domains.add(domain);
					homePages.putIfAbsent(domain, homePage(link));
				}
			}
			domains.forEach(domain -> counts.merge(domain, 1, Integer::sum));
		}
		return counts.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
			.limit(Math.max(0, limit))
			.map(entry -> homePages.get(entry.getKey()))
			.toList();
	}

	/** The link's scheme, host and port: where its site's crawl starts. */
	static String homePage(String link) {
		java.net.URI uri = SiteCrawler.seedUrl(link);
		return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
	}

}
