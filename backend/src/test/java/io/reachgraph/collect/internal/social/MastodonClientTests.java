package io.reachgraph.collect.internal.social;

import static io.reachgraph.collect.internal.social.FixtureServer.Reply.json;
import static io.reachgraph.collect.internal.social.FixtureServer.Reply.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.reachgraph.collect.internal.social.Interaction.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MastodonClientTests {

	private static final String LOOKUP = "/api/v1/accounts/lookup";

	private static final String FOLLOWERS = "/api/v1/accounts/109347/followers";

	private static final String STATUSES = "/api/v1/accounts/109347/statuses";

	private static final String ALICE_URI = "https://social.mastodon.example/users/Alice";

	private final FixtureServer server = FixtureServer.start();

	private final FakeTime time = new FakeTime();

	private final RecordingListener listener = new RecordingListener();

	private final SocialNetworkClient client = TestClients.mastodon(server, null, time, listener);

	MastodonClientTests() {
		server.on("/api/v2/instance").reply(json("mastodon/instance.json"));
	}

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void mapsAnAccountFromItsHtmlNoteAndFields() {
		server.on(LOOKUP, "acct=Alice%40mastodon.example").reply(json("mastodon/account-alice.json"));

		SocialAccount alice = client.account("@Alice@mastodon.example");

		assertThat(alice.platform()).isEqualTo("mastodon");
		assertThat(alice.platformId()).isEqualTo(ALICE_URI);
		// acct of a local account has no domain: it gets the instance's own (LOCAL_DOMAIN, not the API host)
		assertThat(alice.handle()).isEqualTo("alice@mastodon.example");
		assertThat(alice.displayName()).isEqualTo("Alice Roaster ☕");
		assertThat(alice.bio()).isEqualTo("Specialty coffee roaster ☕ & trainer. Guides: https://alice.example.com/guides"
				+ "\n\nFriends: @bob #coffee\nAlso plain: https://plain.example.org/x.");
		// note links, then field links; no mention or hashtag links; no duplicates
		assertThat(alice.links()).containsExactly("https://alice.example.com/guides", "https://plain.example.org/x",
				"https://alice.example.com", "https://shop.alice.example.com");
		assertThat(alice.avatarUrl()).isEqualTo("https://files.mastodon.example/accounts/avatars/109347/original/a.png");
		assertThat(alice.followersCount()).isEqualTo(5120L);
		assertThat(alice.followingCount()).isEqualTo(311L);
		assertThat(alice.postsCount()).isEqualTo(2840L);
		assertThat(alice.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(alice.collectedAt()).isEqualTo(FakeTime.START);
	}

	@Test
	void looksUpNumericIdsDirectly() {
		server.on("/api/v1/accounts/109347").reply(json("mastodon/account-alice.json"));

		assertThat(client.account("109347").platformId()).isEqualTo(ALICE_URI);
		assertThat(server.requests(LOOKUP)).isEmpty();
	}

	@Test
	void looksUpProfileUrlsAsHandles() {
		server.on(LOOKUP, "acct=Alice%40social.mastodon.example").reply(json("mastodon/account-alice.json"));

		assertThat(client.account("https://social.mastodon.example/@Alice").handle())
			.isEqualTo("alice@mastodon.example");
	}

	@Test
	void fallsBackToTheApiHostWhenTheInstanceDoesNotNameItsDomain() {
		try (FixtureServer bare = FixtureServer.start()) {
			bare.on(LOOKUP).reply(json("mastodon/account-alice.json"));
			SocialNetworkClient client = TestClients.mastodon(bare, null, time, listener);

			assertThat(client.account("Alice").handle()).isEqualTo("alice@127.0.0.1");
			assertThat(bare.requests()).extracting(FixtureServer.Recorded::path)
				.containsExactly(LOOKUP, "/api/v2/instance", "/api/v1/instance");
		}
	}

	@Test
	void recordsASuspendedAccountAndUsesItsUrlWhenItHasNoUri() {
		server.on(LOOKUP).reply(json("mastodon/account-suspended.json"));

		SocialAccount account = client.account("stigatle@quitter.no");

		assertThat(account.status()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(account.platformId()).isEqualTo("https://quitter.no/stigatle");
		assertThat(account.handle()).isEqualTo("stigatle@quitter.no");
		assertThat(account.bio()).isNull();
	}

	@Test
	void recordsAMovedAccountWithItsNewHandle() {
		server.on(LOOKUP).reply(json("mastodon/account-moved.json"));

		SocialAccount account = client.account("carol");

		assertThat(account.status()).isEqualTo(AccountStatus.MOVED);
		assertThat(account.movedTo()).isEqualTo("carol@new.example");
		assertThat(account.handle()).isEqualTo("carol@mastodon.example");
	}

	@Test
	void recordsAnAccountThatHidesItsNetwork() {
		server.on(LOOKUP).reply(json("mastodon/account-hidden.json"));

		assertThat(client.account("dave@hidden.example").status()).isEqualTo(AccountStatus.HIDDEN_NETWORK);
	}

	@Test
	void recordsUnknownAndGoneAccounts() {
		server.on(LOOKUP, "acct=nobody").reply(status(404, "mastodon/error-not-found.json"));
		server.on(LOOKUP, "acct=old").reply(status(410, ""));

		SocialAccount nobody = client.account("nobody");
		SocialAccount old = client.account("old@elsewhere.example");

		assertThat(nobody.status()).isEqualTo(AccountStatus.NOT_FOUND);
		assertThat(nobody.handle()).isEqualTo("nobody@mastodon.example");
		assertThat(nobody.platformId()).isNull();
		assertThat(old.status()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(old.handle()).isEqualTo("old@elsewhere.example");
	}

	@Test
	void failsWithoutRetryWhenTheInstanceWantsAToken() {
		server.on(LOOKUP).reply(status(401, "mastodon/error-unauthorized.json"));

		ConnectorFailure failure = catchThrowableOfType(() -> client.account("alice"), ConnectorFailure.class);

		assertThat(failure.retryable()).isFalse();
		assertThat(failure).hasMessageContaining("access token");
		assertThat(server.requests(LOOKUP)).hasSize(1);
	}

	@Test
	void pagesThroughFollowersWithTheLinkHeadersMaxId() {
		server.on(LOOKUP).reply(json("mastodon/account-alice.json"));
		server.on(FOLLOWERS).reply(status(200, "mastodon/followers-1.json", "Link", links(FOLLOWERS, "7486869", "7489740")));
		server.on(FOLLOWERS, "max_id=7486869").reply(status(200, "mastodon/followers-2.json", "Link",
				links(FOLLOWERS, "7400001", "7486868")));
		server.on(FOLLOWERS, "max_id=7400001").reply(status(200, "mastodon/followers-3.json", "Link",
				"<" + server.uri() + FOLLOWERS + "?limit=80&since_id=7400000>; rel=\"prev\""));
		SocialAccount alice = client.account("alice");

		List<Page<SocialAccount>> pages = new ArrayList<>();
		String cursor = null;
		do {
			Page<SocialAccount> page = client.followers(alice, cursor, 500);
			pages.add(page);
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(pages).extracting(Page::nextCursor).containsExactly("7486869", "7400001", null);
		assertThat(pages.stream().flatMap(p -> p.items().stream()))
			.extracting(SocialAccount::handle, SocialAccount::platformId)
			.containsExactly(tuple("bob@other.example", "https://other.example/users/bob"),
					tuple("erin@mastodon.example", "https://social.mastodon.example/users/Erin"),
					tuple("frank@far.example", "https://far.example/users/frank"),
					// no uri (older servers): the profile url stands in
					tuple("gina@mastodon.example", "https://social.mastodon.example/@gina"));
		assertThat(server.requests(FOLLOWERS)).extracting(FixtureServer.Recorded::query)
			.containsExactly("limit=80", "limit=80&max_id=7486869", "limit=80&max_id=7400001");
		assertThat(server.requests(LOOKUP)).as("the id came with the account").hasSize(1);
	}

	@Test
	void looksUpTheLocalIdOfAnAccountItHasNotSeen() {
		server.on(LOOKUP, "acct=alice%40mastodon.example").reply(json("mastodon/account-alice.json"));
		server.on("/api/v1/accounts/109347/following").reply(json("mastodon/following-1.json"));
		SocialAccount stored = account(ALICE_URI, "alice@mastodon.example");

		Page<SocialAccount> page = client.following(stored, null, 10);

		assertThat(page.items()).extracting(SocialAccount::handle).containsExactly("bob@other.example");
		assertThat(page.last()).isTrue();
		assertThat(server.requests()).extracting(FixtureServer.Recorded::path)
			.containsExactly(LOOKUP, "/api/v1/accounts/109347/following");
	}

	@Test
	void refusesANextLinkToAnotherHost() {
		server.on(LOOKUP).reply(json("mastodon/account-alice.json"));
		server.on(FOLLOWERS).reply(status(200, "mastodon/followers-1.json", "Link",
				"<https://evil.example" + FOLLOWERS + "?limit=80&max_id=7486869>; rel=\"next\""));
		SocialAccount alice = client.account("alice");

		ConnectorFailure failure = catchThrowableOfType(() -> client.followers(alice, null, 80),
				ConnectorFailure.class);

		assertThat(failure.retryable()).isFalse();
		assertThat(failure).hasMessageContaining("another host").hasMessageContaining("evil.example");
		assertThat(server.requests(FOLLOWERS)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 401, 403, 404 })
	void recordsHiddenFollowersWithoutFailing(int status) {
		server.on(LOOKUP).reply(json("mastodon/account-alice.json"));
		server.on(FOLLOWERS).reply(status(status, "mastodon/error-not-found.json"));
		SocialAccount alice = client.account("alice");

		Page<SocialAccount> page = client.followers(alice, null, 80);

		assertThat(page.items()).isEmpty();
		assertThat(page.last()).isTrue();
		assertThat(listener.unavailable)
			.containsExactly(new RecordingListener.Unavailable(alice, AccountStatus.HIDDEN_NETWORK));
	}

	@Test
	void findsBoostsAndMentionsInStatuses() {
		server.on(LOOKUP).reply(json("mastodon/account-alice.json"));
		server.on(STATUSES).reply(status(200, "mastodon/statuses-1.json", "Link",
				links(STATUSES, "113100000000000002", "113100000000000005")));
		SocialAccount alice = client.account("alice");

		Page<Interaction> page = client.interactions(alice, null, 100);

		assertThat(page.items())
			.extracting(Interaction::kind, i -> i.target().handle(), i -> i.target().platformId(), Interaction::postUri)
			.containsExactly(
					tuple(Kind.REPOST, "bob@other.example", "https://other.example/users/bob",
							ALICE_URI + "/statuses/113100000000000005/activity"),
					// a local mention gets the instance domain; a repeated mention counts once; no self-mention
					tuple(Kind.MENTION, "erin@mastodon.example", null, ALICE_URI + "/statuses/113100000000000004"),
					tuple(Kind.MENTION, "frank@far.example", null, ALICE_URI + "/statuses/113100000000000004"));
		assertThat(page.items().get(0).at()).isEqualTo(Instant.parse("2025-03-02T09:30:00Z"));
		assertThat(page.items().get(0).target().displayName()).isEqualTo("Bob");
		assertThat(page.nextCursor()).isEqualTo("113100000000000002");
		assertThat(server.requests(STATUSES).get(0).query()).isEqualTo("limit=40");
	}

	@Test
	void sendsTheAccessTokenAsBearerOnEveryRequestIncludingRetries() {
		SocialNetworkClient client = TestClients.mastodon(server, "s3cr3t-token", time, listener);
		server.on(LOOKUP).reply(status(429, "", "Retry-After", "3"), json("mastodon/account-alice.json"));

		client.account("alice");

		assertThat(server.requests()).hasSize(3)
			.allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer s3cr3t-token"));
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
		assertThat(listener.rateLimitWaits).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void sendsNoAuthorizationWithoutAToken() {
		server.on(LOOKUP).reply(json("mastodon/account-alice.json"));

		client.account("alice");

		assertThat(server.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
	}

	@Test
	void failsRetryablyWhenTheInstanceKeepsFailing() {
		SocialNetworkClient client = TestClients.mastodon(server, null, time, listener, 2);
		server.on(LOOKUP).reply(status(502, "<html>Bad Gateway</html>"));

		ConnectorFailure failure = catchThrowableOfType(() -> client.account("alice"), ConnectorFailure.class);

		assertThat(failure.retryable()).isTrue();
		assertThat(server.requests(LOOKUP)).hasSize(3);
	}

	private String links(String path, String maxId, String sinceId) {
		return "<" + server.uri() + path + "?limit=80&max_id=" + maxId + ">; rel=\"next\", <" + server.uri() + path
				+ "?limit=80&since_id=" + sinceId + ">; rel=\"prev\"";
	}

	private static SocialAccount account(String platformId, String handle) {
		return new SocialAccount("mastodon", platformId, handle, null, null, null, null, null, null, List.of(), null,
				AccountStatus.ACTIVE, null, Instant.EPOCH);
	}

}
