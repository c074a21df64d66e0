package io.reachgraph.collect.internal.social;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Bluesky through the public AppView's XRPC API (no credentials): profiles, followers, follows, and reposts and
 * mentions in an author feed. Accounts are identified by DID ({@code platformId}); cursors are the AppView's own.
 */
final class BlueskyClient implements SocialNetworkClient {

	static final String PLATFORM = "bluesky";

	static final int MAX_LIMIT = 100;

	private static final String REASON_REPOST = "app.bsky.feed.defs#reasonRepost";

	private static final String FACET_MENTION = "app.bsky.richtext.facet#mention";

	private static final String FACET_LINK = "app.bsky.richtext.facet#link";

	/** What the AppView shows instead of a handle that no longer verifies; not a handle anyone can type. */
	private static final String INVALID_HANDLE = "handle.invalid";

	private static final Pattern HANDLE = Pattern
		.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

	private final URI baseUrl;

	private final ApiHttp http;

	private final Clock clock;

	private final CollectionListener listener;

	BlueskyClient(URI baseUrl, ApiHttp http, Clock clock, CollectionListener listener) {
		this.baseUrl = baseUrl;
		this.http = http;
		this.clock = clock;
		this.listener = listener == null ? CollectionListener.NONE : listener;
	}

	@Override
	public String platform() {
		return PLATFORM;
	}

	@Override
	public SocialAccount account(String handleOrId) {
		String actor = actor(handleOrId);
		ApiHttp.Response response = get("app.bsky.actor.getProfile", "actor", actor);
		if (response.ok()) {
			return profile(response.json(), response.uri());
		}
		AccountStatus status = unavailable(response);
		boolean did = actor.startsWith("did:");
		return new SocialAccount(PLATFORM, did ? actor : null, did ? null : actor, null, null, null, null, null, null,
				List.of(), null, status, null, clock.instant());
	}

	@Override
	public Page<SocialAccount> followers(SocialAccount account, String cursor, int limit) {
		return accounts("app.bsky.graph.getFollowers", "followers", account, cursor, limit);
	}

	@Override
	public Page<SocialAccount> following(SocialAccount account, String cursor, int limit) {
		return accounts("app.bsky.graph.getFollows", "follows", account, cursor, limit);
	}

	private Page<SocialAccount> accounts(String method, String field, SocialAccount account, String cursor, int limit) {
		ApiHttp.Response response = get(method, "actor", actorOf(account), "limit", clamp(limit), "cursor", cursor);
		if (!response.ok()) {
			return unavailableListing(account, response);
		}
		List<SocialAccount> accounts = new ArrayList<>();
		for (JsonNode profile : Json.array(response.json(), field, response.uri())) {
			accounts.add(profile(profile, response.uri()));
		}
		return new Page<>(accounts, nextCursor(response.json(), cursor));
	}

	/**
	 * Reposts (feed items whose reason is a repost: the post's author is the target) and mentions (mention facets of
	 * the account's own posts and replies). Pinned-post items are skipped: the post also comes in its place in time.
	 * Self-reposts and self-mentions are left out.
	 */
	@Override
	public Page<Interaction> interactions(SocialAccount account, String cursor, int limit) {
		ApiHttp.Response response = get("app.bsky.feed.getAuthorFeed", "actor", actorOf(account), "limit",
				clamp(limit), "cursor", cursor, "filter", "posts_with_replies");
		if (!response.ok()) {
			return unavailableListing(account, response);
		}
		URI source = response.uri();
		List<Interaction> interactions = new ArrayList<>();
		for (JsonNode item : Json.array(response.json(), "feed", source)) {
			JsonNode post = item.get("post");
			if (post == null || !post.isObject()) {
				throw Json.unexpected(source, "feed item without a post");
			}
			String postUri = Json.required(post, "uri", source);
			JsonNode author = post.get("author");
			String authorDid = Json.required(author, "did", source);
			JsonNode reason = item.get("reason");
			if (reason != null && reason.isObject()) {
				if (REASON_REPOST.equals(Json.text(reason, "$type"))
						&& !isSelf(account, authorDid, Json.text(author, "handle"))) {
					String repostUri = Json.text(reason, "uri");
					interactions.add(new Interaction(Interaction.Kind.REPOST, profile(author, source),
							repostUri != null ? repostUri : postUri, Json.instant(reason, "indexedAt")));
				}
				continue;
			}
			// an author feed holds the account's own posts and replies, and reposts (which carry a reason)
			if (account.platformId() == null || authorDid.equals(account.platformId())) {
				mentions(account, post, postUri, interactions);
			}
		}
		return new Page<>(interactions, nextCursor(response.json(), cursor));
	}

	/**
	 * Mention facets of a post record. Records are written by users' apps, so a malformed facet is skipped rather
	 * than failing the page; the handle comes from the text the facet covers (UTF-8 byte offsets), else null.
	 */
	private void mentions(SocialAccount account, JsonNode post, String postUri, List<Interaction> into) {
		JsonNode record = post.path("record");
		String text = record.path("text").isString() ? record.path("text").stringValue() : "";
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		Instant at = Json.instant(record, "createdAt");
		if (at == null) {
			at = Json.instant(post, "indexedAt");
		}
		Set<String> seen = new HashSet<>();
		for (JsonNode facet : record.path("facets")) {
			for (JsonNode feature : facet.path("features")) {
				String did = Json.text(feature, "did");
				if (!FACET_MENTION.equals(Json.text(feature, "$type")) || did == null || !did.startsWith("did:")) {
					continue;
				}
				String handle = handleAt(utf8, facet.path("index"));
				if (isSelf(account, did, handle) || !seen.add(did)) {
					continue;
				}
				SocialAccount target = new SocialAccount(PLATFORM, did, handle, null, null, null, null, null, null,
						List.of(), null, AccountStatus.ACTIVE, null, clock.instant());
				into.add(new Interaction(Interaction.Kind.MENTION, target, postUri, at));
			}
		}
	}

	/** The handle in {@code @handle} at the facet's byte range, or null when the range does not hold one. */
	static String handleAt(byte[] utf8, JsonNode index) {
		if (!index.path("byteStart").canConvertToInt() || !index.path("byteEnd").canConvertToInt()) {
			return null;
		}
		int start = index.path("byteStart").intValue();
		int end = index.path("byteEnd").intValue();
		if (start < 0 || end > utf8.length || start >= end) {
			return null;
		}
		String slice;
		try {
			slice = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(utf8, start, end - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null; // the range cuts a character: the offsets are not for this text
		}
		if (!slice.startsWith("@")) {
			return null;
		}
		String handle = slice.substring(1).toLowerCase(Locale.ROOT);
		return HANDLE.matcher(handle).matches() && !handle.equals(INVALID_HANDLE) ? handle : null;
	}

	/** profileView, profileViewBasic or profileViewDetailed (counts only in the last). */
	private SocialAccount profile(JsonNode profile, URI source) {
		if (profile == null || !profile.isObject()) {
			throw Json.unexpected(source, "profile is not an object");
		}
		String did = Json.required(profile, "did", source);
		String handle = Json.required(profile, "handle", source).toLowerCase(Locale.ROOT);
		String description = Json.text(profile, "description");
		Set<String> links = new LinkedHashSet<>(ProfileText.urlsIn(description));
		// profile views carry no facets today; take link facets should the AppView add them
		for (JsonNode facet : profile.path("descriptionFacets")) {
			for (JsonNode feature : facet.path("features")) {
				String uri = Json.text(feature, "uri");
				if (FACET_LINK.equals(Json.text(feature, "$type")) && uri != null && ProfileText.isWebUrl(uri)) {
					links.add(uri);
				}
			}
		}
		return new SocialAccount(PLATFORM, did, INVALID_HANDLE.equals(handle) ? null : handle,
				Json.text(profile, "displayName"), description != null ? description.strip() : null,
				Json.text(profile, "avatar"), Json.count(profile, "followersCount"),
				Json.count(profile, "followsCount"), Json.count(profile, "postsCount"), List.copyOf(links), null,
				AccountStatus.ACTIVE, null, clock.instant());
	}

	/**
	 * XRPC errors come as HTTP 400 with {@code {"error": name, "message": text}}. Takedowns are suspensions;
	 * deactivated, deleted and unknown actors are not found. Anything else is not ours to interpret.
	 */
	private static AccountStatus unavailableStatus(ApiHttp.Response response) {
		if (response.status() != 400 && response.status() != 404) {
			return null;
		}
		String error = Json.text(response.json(), "error");
		String message = String.valueOf(Json.text(response.json(), "message")).toLowerCase(Locale.ROOT);
		if (error == null) {
			return null;
		}
		return switch (error) {
			case "AccountTakedown" -> AccountStatus.SUSPENDED;
			case "AccountDeactivated", "ActorNotFound", "ProfileNotFound" -> AccountStatus.NOT_FOUND;
			case "BlockedActor", "BlockedByActor" -> AccountStatus.HIDDEN_NETWORK;
			case "InvalidRequest", "NotFound" -> message.contains("not found") || message.contains("could not find")
					|| message.contains("unable to resolve") ? AccountStatus.NOT_FOUND : null;
			default -> null;
		};
	}

	private static AccountStatus unavailable(ApiHttp.Response response) {
		AccountStatus status = unavailableStatus(response);
		if (status == null) {
			throw response.unexpected();
		}
		return status;
	}

	private <T> Page<T> unavailableListing(SocialAccount account, ApiHttp.Response response) {
		listener.listingUnavailable(account, unavailable(response));
		return new Page<>(List.of(), null);
	}

	private ApiHttp.Response get(String method, Object... params) {
		return http.get(ApiHttp.uri(baseUrl, "/xrpc/" + method, ApiHttp.params(params)), Map.of());
	}

	/** The next cursor; null at the end, or when the AppView hands back the cursor it was given (no progress). */
	private static String nextCursor(JsonNode page, String sent) {
		String next = Json.text(page, "cursor");
		return next == null || next.equals(sent) ? null : next;
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	private static boolean isSelf(SocialAccount account, String did, String handle) {
		return did.equals(account.platformId()) || (handle != null && handle.equalsIgnoreCase(account.handle()));
	}

	private static String actorOf(SocialAccount account) {
		if (account.platformId() != null) {
			return account.platformId();
		}
		if (account.handle() != null) {
			return account.handle();
		}
		throw new IllegalArgumentException("a Bluesky account needs a DID or a handle: " + account);
	}

	/** A DID, or a handle without {@code @}; {@code at://} URIs and bsky.app profile links are accepted too. */
	static String actor(String handleOrId) {
		String actor = handleOrId == null ? "" : handleOrId.strip();
		for (String prefix : List.of("at://", "https://bsky.app/profile/")) {
			if (actor.regionMatches(true, 0, prefix, 0, prefix.length())) {
				actor = actor.substring(prefix.length());
				int slash = actor.indexOf('/');
				actor = slash < 0 ? actor : actor.substring(0, slash);
			}
		}
		if (actor.startsWith("@")) {
			actor = actor.substring(1);
		}
		if (actor.isEmpty()) {
			throw new IllegalArgumentException("not a Bluesky handle or DID: '" + handleOrId + "'");
		}
		return actor.startsWith("did:") ? actor : actor.toLowerCase(Locale.ROOT);
	}

}
