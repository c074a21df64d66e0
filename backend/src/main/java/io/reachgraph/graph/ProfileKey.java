package io.reachgraph.graph;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The natural key of a profile: a platform and the platform's key for it (a Bluesky DID, a Mastodon
 * {@code user@domain}, a site's registrable domain, or an imported node id). {@link #id()} is the profile's
 * document id, so importing or collecting the same profile again always lands on the same document.
 */
public record ProfileKey(String platform, String key) {

	private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,19}");

	public static final int MAX_KEY_LENGTH = 300;

	public ProfileKey {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(key, "key");
		if (!PLATFORM.matcher(platform).matches()) {
			throw new IllegalArgumentException("platform must be 1-20 of a-z, 0-9 and '-': " + platform);
		}
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("key must be 1-" + MAX_KEY_LENGTH + " characters");
		}
	}

	/** Normalises a handle, domain or node id: trimmed, a leading '@' dropped, lower-cased (DIDs keep their case). */
	public static ProfileKey of(String platform, String rawKey) {
		return new ProfileKey(platform.strip().toLowerCase(Locale.ROOT), normalize(rawKey));
	}

	/** The key {@link #of} would use for {@code rawKey} (possibly empty). */
	public static String normalize(String rawKey) {
		String key = rawKey == null ? "" : rawKey.strip();
		if (key.startsWith("@")) {
			key = key.substring(1).strip();
		}
		return key.startsWith("did:") ? key : key.toLowerCase(Locale.ROOT);
	}

	public String id() {
		return platform + ":" + key;
	}

	public static ProfileKey fromId(String id) {
		int colon = id.indexOf(':');
		if (colon <= 0) {
			throw new IllegalArgumentException("not a profile id: " + id);
		}
		return new ProfileKey(id.substring(0, colon), id.substring(colon + 1));
	}

	public static boolean validPlatform(String platform) {
		return platform != null && PLATFORM.matcher(platform).matches();
	}

}
