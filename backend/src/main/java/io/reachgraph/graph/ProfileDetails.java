package io.reachgraph.graph;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stored profile as screens show it. Profiles known only as a node of an imported edge list have no document:
 * {@link GraphStore#profiles} then gives their key as handle and nulls elsewhere.
 */
public record ProfileDetails(String id, String platform, String key, String platformId, String handle,
		String displayName, String bio, String avatarUrl, Long followersCount, Long followingCount, Long postsCount,
		List<String> links, String language, String status, String movedTo, Instant collectedAt,
		ProfileData.SiteSignals site, Map<String, String> attributes) {

	/** What to call it: the handle, else the key. */
	public String label() {
		return handle != null ? handle : key;
	}

	public boolean hasContact() {
		return site != null && (site.contactUrl() != null || (site.emails() != null && !site.emails().isEmpty()));
	}

	public static ProfileDetails bare(String id) {
		ProfileKey key = ProfileKey.fromId(id);
		return new ProfileDetails(id, key.platform(), key.key(), null, null, null, null, null, null, null, null, List.of(),
				null, null, null, null, null, Map.of());
	}

}
