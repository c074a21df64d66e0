package io.reachgraph.collect.internal.social;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One Mastodon instance's public REST API, optionally with an access token. Accounts are identified by their actor
 * URI ({@code platformId}) and a fully qualified, lower-case {@code user@domain} handle; the instance-local ids the
 * API needs are remembered from earlier answers or looked up by handle. Cursors are the {@code max_id} of the
 * {@code Link: rel="next"} URL, which must point back to this instance.
 */
final class MastodonClient implements SocialNetworkClient {

	static final String PLATFORM = "mastodon";

	static final int MAX_ACCOUNTS_LIMIT = 80;

	static final int MAX_STATUSES_LIMIT = 40;

	private static final int REMEMBERED_IDS = 20_000;

	private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]*)*)");

	private static final Pattern PROFILE_URL = Pattern.compile("/(?:@|users/)([A-Za-z0-9_.-]+)/?");

	private final URI instance;

	private final Map<String, String> headers;

	private final ApiHttp http;

	private final Clock clock;

	private final CollectionListener listener;

	/** Local account id by platformId and by handle. */
	private final Map<String, String> localIds = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REMEMBERED_IDS;
		}

	});

	private volatile String localDomain;

	MastodonClient(URI instance, String accessToken, ApiHttp http, Clock clock, CollectionListener listener) {
		this.instance = origin(instance);
		this.headers = accessToken == null || accessToken.isBlank() ? Map.of()
				: Map.of("Authorization", "Bearer " + accessToken.strip());
		this.http = http;
		this.clock = clock;
		this.listener = listener == null ? CollectionListener.NONE : listener;
	}

	/** {@code scheme://host[:port]} of an http(s) URL without user info. */
	static URI origin(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null || url.getRawUserInfo() != null) {
			throw new IllegalArgumentException("not an http(s) instance URL: " + url);
		}
		return URI.create(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT)
				+ (url.getPort() >= 0 ? ":" + url.getPort() : ""));
	}

	@Override
	public String platform() {
		return PLATFORM;
	}

	/**
	 * Resolves {@code @user@domain}, {@code user@domain}, {@code user} (local), a numeric local id, or a profile /
	 * actor URL ({@code https://domain/@user}, {@code https://domain/users/user}).
	 */
	@Override
	public SocialAccount account(String handleOrId) {
		String seed = handleOrId == null ? "" : handleOrId.strip();
		if (seed.startsWith("@")) {
			seed = seed.substring(1);
		}
		if (seed.isEmpty()) {
			throw new IllegalArgumentException("not a Mastodon handle or id: '" + handleOrId + "'");
		}
		ApiHttp.Response response;
		String acct = null;
		String url = null;
		if (seed.chars().allMatch(Character::isDigit)) {
			response = get("/api/v1/accounts/" + seed, Map.of());
		}
		else {
			if (seed.regionMatches(true, 0, "http", 0, 4)) {
				url = seed;
				acct = acctOfProfileUrl(seed);
			}
			else {
				acct = seed;
			}
			response = get("/api/v1/accounts/lookup", Map.of("acct", acct));
		}
		if (response.ok()) {
			return account(response.json(), response.uri());
		}
		AccountStatus status = switch (response.status()) {
			case 404 -> AccountStatus.NOT_FOUND;
			case 410 -> AccountStatus.SUSPENDED; // Mastodon 2.4 to 3.2
			case 401, 403 -> throw new ConnectorFailure(response.uri() + " answered HTTP " + response.status()
					+ ": this instance only answers with an access token", false);
			default -> throw response.unexpected();
		};
		return new SocialAccount(PLATFORM, url, acct == null ? null : qualify(acct), null, null, null, null, null,
				null, List.of(), null, status, null, clock.instant());
	}

	private static String acctOfProfileUrl(String url) {
		try {
			URI uri = URI.create(url);
			Matcher path = PROFILE_URL.matcher(uri.getPath() == null ? "" : uri.getPath());
			if (path.matches()) {
				return path.group(1) + "@" + origin(uri).getHost();
			}
		}
		catch (IllegalArgumentException ex) {
			// not a URL we understand
		}
		throw new IllegalArgumentException("not a Mastodon profile URL: " + url);
	}

	@Override
	public Page<SocialAccount> followers(SocialAccount account, String cursor, int limit) {
		return accounts("followers", account, cursor, limit);
	}

	@Override
	public Page<SocialAccount> following(SocialAccount account, String cursor, int limit) {
		return accounts("following", account, cursor, limit);
	}

	/** 401, 403 and 404 on these lists mean the owner hides them (or the instance does): recorded, not fatal. */
	private Page<SocialAccount> accounts(String list, SocialAccount account, String cursor, int limit) {
		String id = localId(account);
		if (id == null) {
			return new Page<>(List.of(), null);
		}
		ApiHttp.Response response = get("/api/v1/accounts/" + id + "/" + list,
				ApiHttp.params("limit", clamp(limit, MAX_ACCOUNTS_LIMIT), "max_id", cursor));
		if (!response.ok()) {
			AccountStatus status = switch (response.status()) {
				case 401, 403, 404 -> AccountStatus.HIDDEN_NETWORK;
				case 410 -> AccountStatus.SUSPENDED;
				default -> throw response.unexpected();
			};
			listener.listingUnavailable(account, status);
			return new Page<>(List.of(), null);
		}
		List<SocialAccount> accounts = new ArrayList<>();
		for (JsonNode item : array(response)) {
			accounts.add(account(item, response.uri()));
		}
		return new Page<>(accounts, nextCursor(response, cursor));
	}

	/**
	 * Boosts (REPOST of the boosted status's author) and mentions in the account's statuses. A mention entity
	 * carries the mentioned account's handle and profile page, not its actor URI: its target has a null platformId.
	 * Self-boosts and self-mentions are left out.
	 */
	@Override
	public Page<Interaction> interactions(SocialAccount account, String cursor, int limit) {
		String id = localId(account);
		if (id == null) {
			return new Page<>(List.of(), null);
		}
		ApiHttp.Response response = get("/api/v1/accounts/" + id + "/statuses",
				ApiHttp.params("limit", clamp(limit, MAX_STATUSES_LIMIT), "max_id", cursor));
		if (!response.ok()) {
			AccountStatus status = switch (response.status()) {
				case 404 -> AccountStatus.NOT_FOUND;
				case 410 -> AccountStatus.SUSPENDED;
				default -> throw response.unexpected();
			};
			listener.listingUnavailable(account, status);
			return new Page<>(List.of(), null);
		}
		URI source = response.uri();
		List<Interaction> interactions = new ArrayList<>();
		for (JsonNode status : array(response)) {
			String statusUri = Json.required(status, "uri", source);
			Instant at = Json.instant(status, "created_at");
			JsonNode reblog = status.get("reblog");
			if (reblog != null && reblog.isObject()) {
				SocialAccount author = account(reblog.get("account"), source);
				if (!isSelf(account, author.platformId(), author.handle())) {
					interactions.add(new Interaction(Interaction.Kind.REPOST, author, statusUri, at));
				}
				continue;
			}
			Set<String> seen = new HashSet<>();
			for (JsonNode mention : status.path("mentions")) {
				String handle = qualify(Json.required(mention, "acct", source));
				if (isSelf(account, null, handle) || !seen.add(handle)) {
					continue;
				}
				SocialAccount target = new SocialAccount(PLATFORM, null, handle, null, null, null, null, null, null,
						List.of(), null, AccountStatus.ACTIVE, null, clock.instant());
				interactions.add(new Interaction(Interaction.Kind.MENTION, target, statusUri, at));
			}
		}
		return new Page<>(interactions, nextCursor(response, cursor));
	}

	/** An Account entity. */
	private SocialAccount account(JsonNode account, URI source) {
		if (account == null || !account.isObject()) {
			throw Json.unexpected(source, "account is not an object");
		}
		String id = Json.required(account, "id", source);
		String handle = qualify(Json.required(account, "acct", source));
		String platformId = Objects.requireNonNullElse(Json.text(account, "uri"), Json.text(account, "url"));
		if (platformId == null) {
			throw Json.unexpected(source, "account " + id + " has neither uri nor url");
		}
		AccountStatus status = AccountStatus.ACTIVE;
		String movedTo = null;
		JsonNode moved = account.get("moved");
		if (Json.isTrue(account, "suspended")) {
			status = AccountStatus.SUSPENDED;
		}
		else if (moved != null && moved.isObject()) {
			status = AccountStatus.MOVED;
			String movedAcct = Json.text(moved, "acct");
			movedTo = movedAcct == null ? null : qualify(movedAcct);
		}
		else if (Json.isTrue(account, "hide_collections")) {
			status = AccountStatus.HIDDEN_NETWORK;
		}
		String note = Json.text(account, "note");
		Set<String> links = new LinkedHashSet<>(ProfileText.linksInHtml(note));
		for (JsonNode field : account.path("fields")) {
			links.addAll(ProfileText.linksInHtml(Json.text(field, "value")));
		}
		localIds.put(platformId, id);
		localIds.put(handle, id);
		return new SocialAccount(PLATFORM, platformId, handle, Json.text(account, "display_name"),
				ProfileText.htmlToText(note), Json.text(account, "avatar"), Json.count(account, "followers_count"),
				Json.count(account, "following_count"), Json.count(account, "statuses_count"), List.copyOf(links), null,
				status, movedTo, clock.instant());
	}

	/**
	 * The id this instance gives the account: remembered from an earlier answer, else looked up by handle. Null
	 * (after telling the listener) when the lookup finds no such account.
	 */
	private String localId(SocialAccount account) {
		String id = account.platformId() == null ? null : localIds.get(account.platformId());
		if (id == null && account.handle() != null) {
			id = localIds.get(account.handle());
		}
		if (id != null) {
			return id;
		}
		if (account.handle() == null) {
			throw new IllegalArgumentException("a Mastodon account needs a handle: " + account);
		}
		ApiHttp.Response response = get("/api/v1/accounts/lookup", Map.of("acct", account.handle()));
		if (response.ok()) {
			String found = Json.required(response.json(), "id", response.uri());
			localIds.put(account.handle(), found);
			return found;
		}
		AccountStatus status = switch (response.status()) {
			case 404 -> AccountStatus.NOT_FOUND;
			case 410 -> AccountStatus.SUSPENDED;
			default -> throw response.unexpected();
		};
		listener.listingUnavailable(account, status);
		return null;
	}

	/** {@code user@domain}, lower case; a local {@code user} gets the instance's own domain. */
	private String qualify(String acct) {
		String handle = acct.strip();
		if (handle.startsWith("@")) {
			handle = handle.substring(1);
		}
		if (!handle.contains("@")) {
			handle = handle + "@" + localDomain();
		}
		return handle.toLowerCase(Locale.ROOT);
	}

	/**
	 * The domain in local users' handles. It can differ from the host serving the API (LOCAL_DOMAIN vs WEB_DOMAIN),
	 * so ask the instance once: {@code /api/v2/instance} {@code domain}, else {@code /api/v1/instance} {@code uri},
	 * else the API host.
	 */
	private String localDomain() {
		String domain = localDomain;
		if (domain == null) {
			ApiHttp.Response v2 = get("/api/v2/instance", Map.of());
			domain = v2.ok() ? Json.text(v2.json(), "domain") : null;
			if (domain == null) {
				ApiHttp.Response v1 = get("/api/v1/instance", Map.of());
				domain = v1.ok() ? Json.text(v1.json(), "uri") : null;
			}
			if (domain == null || domain.contains("/") || domain.contains("@")) {
				domain = instance.getHost();
			}
			localDomain = domain.toLowerCase(Locale.ROOT);
		}
		return localDomain;
	}

	/**
	 * The {@code max_id} of the {@code Link} header's {@code rel="next"} URL; null on the last page. A next URL on
	 * another origin is refused: a cursor must never lead the client (and its token) elsewhere.
	 */
	private String nextCursor(ApiHttp.Response response, String sent) {
		URI next = nextLink(response.headers().allValues("Link"), response.uri());
		if (next == null) {
			return null;
		}
		if (!sameOrigin(next)) {
			throw new ConnectorFailure(response.uri() + ": refused a next-page link to another host: " + next, false);
		}
		String maxId = queryParameter(next, "max_id");
		if (maxId == null || maxId.isBlank()) {
			throw Json.unexpected(response.uri(), "next-page link without max_id: " + next);
		}
		return maxId.equals(sent) ? null : maxId;
	}

	private boolean sameOrigin(URI url) {
		try {
			return url.isAbsolute() && instance.equals(origin(url));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	static URI nextLink(List<String> linkHeaders, URI base) {
		for (String header : linkHeaders) {
			Matcher link = LINK.matcher(header);
			while (link.find()) {
				for (String parameter : link.group(2).split(";")) {
					String[] nameValue = parameter.strip().split("=", 2);
					if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("rel")) {
						String rels = nameValue[1].strip().replace("\"", "");
						for (String rel : rels.split("\\s+")) {
							if (rel.equalsIgnoreCase("next")) {
								try {
									return base.resolve(link.group(1).strip());
								}
								catch (IllegalArgumentException ex) {
									throw Json.unexpected(base, "malformed Link header: " + header);
								}
							}
						}
					}
				}
			}
		}
		return null;
	}

	private static String queryParameter(URI uri, String name) {
		String query = uri.getRawQuery();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			String[] nameValue = pair.split("=", 2);
			if (URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8).equals(name)) {
				return nameValue.length == 2 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "";
			}
		}
		return null;
	}

	private static JsonNode array(ApiHttp.Response response) {
		if (!response.json().isArray()) {
			throw Json.unexpected(response.uri(), "expected a JSON array");
		}
		return response.json();
	}

	private ApiHttp.Response get(String path, Map<String, ?> query) {
		return http.get(ApiHttp.uri(instance, path, query), headers);
	}

	private static int clamp(int limit, int max) {
		return Math.max(1, Math.min(limit, max));
	}

	private static boolean isSelf(SocialAccount account, String platformId, String handle) {
		return (platformId != null && platformId.equals(account.platformId()))
				|| (handle != null && handle.equalsIgnoreCase(account.handle()));
	}

}
