package io.reachgraph.graph.internal.io;

import io.reachgraph.graph.ProfileData;
import io.reachgraph.graph.ProfileKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Maps the column / attribute names that files use to profile fields; the rest become attributes. */
final class Columns {

	static final Set<String> SOURCE = Set.of("source", "from", "src", "follower", "source_id", "sourceid");

	static final Set<String> TARGET = Set.of("target", "to", "dst", "followed", "followee", "target_id", "targetid");

	static final Set<String> KIND = Set.of("kind", "type", "edge_kind", "edgekind", "relation", "relationship");

	static final Set<String> WEIGHT = Set.of("weight", "count", "w", "times");

	static final Set<String> ID = Set.of("id", "key", "node", "node_id", "handle", "username", "screen_name", "domain",
			"acct");

	static final Set<String> HANDLE = Set.of("handle", "username", "screen_name", "acct");

	private Columns() {
	}

	static String normalize(String name) {
		return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

	/** A profile from named values (a CSV row, a GraphML / GEXF node's attributes). */
	static ProfileData profile(ProfileKey key, Map<String, String> values) {
		String platformId = null, handle = null, displayName = null, bio = null, avatar = null, language = null;
		Long followers = null, following = null, posts = null;
		List<String> links = new ArrayList<>();
		Map<String, String> attributes = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String value = entry.getValue() == null ? "" : entry.getValue().strip();
			if (value.isEmpty()) {
				continue;
			}
			switch (normalize(entry.getKey())) {
				case "platform_id", "did", "uid", "user_id" -> platformId = value;
				case "handle", "username", "screen_name", "acct" -> handle = value.startsWith("@") ? value.substring(1) : value;
				case "display_name", "displayname", "name", "label", "title", "full_name" -> displayName = value;
				case "bio", "description", "about", "note" -> bio = value;
				case "avatar", "avatar_url", "image", "profile_image_url" -> avatar = value;
				case "followers", "followers_count", "followerscount" -> followers = number(value);
				case "following", "following_count", "friends_count", "follows_count" -> following = number(value);
				case "posts", "posts_count", "statuses_count", "tweets", "media_count" -> posts = number(value);
				case "url", "website", "link", "links", "homepage" -> {
					for (String link : value.split("[\\s|]+")) {
						if (!link.isBlank() && !links.contains(link)) {
							links.add(link);
						}
					}
				}
				case "language", "lang" -> language = value;
				case "id", "key", "node", "node_id", "platform" -> {
				}
				default -> attributes.put(entry.getKey().strip(), value.length() > 2000 ? value.substring(0, 2000) : value);
			}
		}
		return new ProfileData(key, platformId, handle, displayName, bio, avatar, followers, following, posts,
				links.isEmpty() ? null : links, language, null, null, null, null, attributes);
	}

	private static Long number(String value) {
		try {
			return Math.round(Double.parseDouble(value.replace("_", "").replace(",", "")));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
