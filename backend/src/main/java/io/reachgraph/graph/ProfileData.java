package io.reachgraph.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is known about a profile, from a collector or an import. Null fields leave what is stored unchanged, so a
 * thin record (an edge list's node) never erases a rich one (a collected profile).
 *
 * @param site       partner-site signals, for web sites only (else null)
 * @param attributes other columns of an imported file, by name
 */
public record ProfileData(ProfileKey key, String platformId, String handle, String displayName, String bio,
		String avatarUrl, Long followersCount, Long followingCount, Long postsCount, List<String> links, String language,
		String status, String movedTo, Instant collectedAt, SiteSignals site, Map<String, String> attributes) {

	public static ProfileData bare(ProfileKey key, Map<String, String> attributes) {
		return new ProfileData(key, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				attributes);
	}

	/** True when it says nothing beyond its key: storing it would only add the node. */
	public boolean isBare() {
		return platformId == null && handle == null && displayName == null && bio == null && avatarUrl == null
				&& followersCount == null && followingCount == null && postsCount == null
				&& (links == null || links.isEmpty()) && language == null && status == null && movedTo == null
				&& collectedAt == null && site == null && (attributes == null || attributes.isEmpty());
	}

	/**
	 * @param pagesSeen    pages the crawler fetched on the site
	 * @param feeds        RSS / Atom feed URLs
	 * @param contactUrl   a contact page
	 * @param guestPostUrl a "write for us" / guest-post page
	 * @param emails       addresses found in mailto: links
	 */
	public record SiteSignals(String title, String description, Integer pagesSeen, List<String> feeds, String contactUrl,
			String guestPostUrl, List<String> emails) {
	}

}
