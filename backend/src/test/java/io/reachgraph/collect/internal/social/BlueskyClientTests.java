package io.reachgraph.collect.internal.social;

import static io.reachgraph.collect.internal.social.FixtureServer.Reply.json;
import static io.reachgraph.collect.internal.social.FixtureServer.Reply.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.reachgraph.collect.internal.social.Interaction.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlueskyClientTests {

	private static final String ALICE = "did:plc:alice7xq2kd4nb5wuzaeh3vqa";

	private static final String PROFILE = "/xrpc/app.bsky.actor.getProfile";

	private static final String FOLLOWERS = "/xrpc/app.bsky.graph.getFollowers";

	private static final String FEED = "/xrpc/app.bsky.feed.getAuthorFeed";

	private final FixtureServer server = FixtureServer.start();

	private final FakeTime time = new FakeTime();

	private final RecordingListener listener = new RecordingListener();

	private final SocialNetworkClient client = TestClients.bluesky(server, time, listener);

	@AfterEach
	void stopServer() {
		server.close();
	}

	@Test
	void mapsADetailedProfile() {
		server.on(PROFILE, "actor=alice.example.com").reply(json("bluesky/profile-alice.json"));

		SocialAccount alice = client.account("@Alice.Example.com");

		assertThat(alice.platform()).isEqualTo("bluesky");
		assertThat(alice.platformId()).isEqualTo(ALICE);
		assertThat(alice.handle()).isEqualTo("alice.example.com");
		assertThat(alice.displayName()).isEqualTo("Alice Roaster");
		assertThat(alice.bio()).startsWith("Specialty coffee roaster ☕").contains("\nSupport me:");
		assertThat(alice.avatarUrl()).isEqualTo(
				"https://cdn.bsky.app/img/avatar/plain/did:plc:alice7xq2kd4nb5wuzaeh3vqa/bafkreiavatar@jpeg");
		assertThat(alice.followersCount()).isEqualTo(12873L);
		assertThat(alice.followingCount()).isEqualTo(412L);
		assertThat(alice.postsCount()).isEqualTo(3051L);
		assertThat(alice.links()).containsExactly("https://alice.example.com/guides", "https://ko-fi.com/aliceroasts");
		assertThat(alice.status()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(alice.movedTo()).isNull();
		assertThat(alice.collectedAt()).isEqualTo(FakeTime.START);
		assertThat(listener.requests).hasSize(1);
	}

	@Test
	void resolvesADidAsItIs() {
		server.on(PROFILE, "actor=did%3Aplc%3Aalice7xq2kd4nb5wuzaeh3vqa").reply(json("bluesky/profile-alice.json"));

		assertThat(client.account(ALICE).handle()).isEqualTo("alice.example.com");
	}

	@Test
	void recordsATakenDownAccountAsSuspended() {
		server.on(PROFILE).reply(status(400, "bluesky/error-takedown.json"));

		SocialAccount account = client.account("gone.bsky.social");

		assertThat(account.status()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(account.handle()).isEqualTo("gone.bsky.social");
		assertThat(account.platformId()).isNull();
	}

	@Test
	void recordsDeactivatedAndUnknownAccountsAsNotFound() {
		server.on(PROFILE, "actor=did").reply(status(400, "bluesky/error-deactivated.json"));
		server.on(PROFILE, "actor=nobody").reply(status(400, "bluesky/error-profile-not-found.json"));

		SocialAccount deactivated = client.account("did:plc:deactivated");
		SocialAccount unknown = client.account("nobody.bsky.social");

		assertThat(deactivated.status()).isEqualTo(AccountStatus.NOT_FOUND);
		assertThat(deactivated.platformId()).isEqualTo("did:plc:deactivated");
		assertThat(unknown.status()).isEqualTo(AccountStatus.NOT_FOUND);
		assertThat(unknown.handle()).isEqualTo("nobody.bsky.social");
	}

	@Test
	void failsOnAnErrorItCannotInterpret() {
		server.on(PROFILE).reply(status(400, "bluesky/error-bad-limit.json"));

		assertThatThrownBy(() -> client.account("alice.example.com")).isInstanceOf(ConnectorFailure.class)
			.hasMessageContaining("HTTP 400")
			.satisfies(failure -> assertThat(((ConnectorFailure) failure).retryable()).isFalse());
	}

	@Test
	void pagesThroughFollowersWithTheAppViewsCursors() {
		server.on(FOLLOWERS).reply(json("bluesky/followers-1.json"));
		server.on(FOLLOWERS, "cursor=3kcursorpage2").reply(json("bluesky/followers-2.json"));
		server.on(FOLLOWERS, "cursor=3kcursorpage3").reply(json("bluesky/followers-3.json"));
		SocialAccount alice = account(ALICE, "alice.example.com");

		List<Page<SocialAccount>> pages = new ArrayList<>();
		String cursor = null;
		do {
			Page<SocialAccount> page = client.followers(alice, cursor, 500);
			pages.add(page);
			cursor = page.nextCursor();
		}
		while (cursor != null);

		assertThat(pages).extracting(Page::nextCursor).containsExactly("3kcursorpage2", "3kcursorpage3", null);
		assertThat(pages.get(2).last()).isTrue();
		assertThat(pages.stream().flatMap(p -> p.items().stream()))
			.extracting(SocialAccount::platformId, SocialAccount::handle, SocialAccount::links)
			.containsExactly(tuple("did:plc:bob4mdt6yczl2jg5tyx7rcuw", "bob.bsky.social", List.of("https://bob.coffee")),
					tuple("did:plc:carol2uxh5mzqlbyr6p4djte", "carol.example.com", List.of()),
					tuple("did:plc:dave5e7dvxkqfyiecqjbm3zg", "dave.bsky.social", List.of()),
					// an unverifiable handle is not a handle: null rather than "handle.invalid"
					tuple("did:plc:erin3ytt6wvsq4j3kxhbgn2l", null, List.of()),
					tuple("did:web:frank.example.org", "frank.example.org", List.of()));
		assertThat(pages.get(0).items().get(0).followersCount()).as("profile views carry no counts").isNull();
		assertThat(server.requests(FOLLOWERS)).extracting(FixtureServer.Recorded::query)
			.containsExactly("actor=did%3Aplc%3Aalice7xq2kd4nb5wuzaeh3vqa&limit=100",
					"actor=did%3Aplc%3Aalice7xq2kd4nb5wuzaeh3vqa&limit=100&cursor=3kcursorpage2",
					"actor=did%3Aplc%3Aalice7xq2kd4nb5wuzaeh3vqa&limit=100&cursor=3kcursorpage3");
	}

	@Test
	void readsFollowsFromTheirOwnEndpoint() {
		server.on("/xrpc/app.bsky.graph.getFollows").reply(json("bluesky/follows-1.json"));

		Page<SocialAccount> page = client.following(account(ALICE, "alice.example.com"), null, 50);

		assertThat(page.items()).extracting(SocialAccount::handle).containsExactly("bob.bsky.social");
		assertThat(page.last()).isTrue();
		assertThat(server.requests().get(0).query()).contains("limit=50");
	}

	@Test
	void endsTheListingOfATakenDownAccountAndTellsTheListener() {
		server.on(FOLLOWERS).reply(status(400, "bluesky/error-takedown.json"));
		SocialAccount gone = account("did:plc:gone", "gone.bsky.social");

		Page<SocialAccount> page = client.followers(gone, null, 100);

		assertThat(page.items()).isEmpty();
		assertThat(page.last()).isTrue();
		assertThat(listener.unavailable).containsExactly(new RecordingListener.Unavailable(gone, AccountStatus.SUSPENDED));
	}

	@Test
	void findsRepostsAndMentionsInTheAuthorFeed() {
		server.on(FEED).reply(json("bluesky/author-feed-1.json"));
		server.on(FEED, "cursor=2025-02-28").reply(json("bluesky/author-feed-2.json"));
		SocialAccount alice = account(ALICE, "alice.example.com");

		Page<Interaction> first = client.interactions(alice, null, 30);
		Page<Interaction> second = client.interactions(alice, first.nextCursor(), 30);

		assertThat(first.items())
			.extracting(i -> i.kind(), i -> i.target().platformId(), i -> i.target().handle(), Interaction::postUri)
			.containsExactly(
					tuple(Kind.REPOST, "did:plc:bob4mdt6yczl2jg5tyx7rcuw", "bob.bsky.social",
							"at://" + ALICE + "/app.bsky.feed.repost/3lrepost0001"),
					// byte offsets after "Café crème brûlée ☕🥐" (multi-byte): the handles come out whole
					tuple(Kind.MENTION, "did:plc:carol2uxh5mzqlbyr6p4djte", "carol.example.com",
							"at://" + ALICE + "/app.bsky.feed.post/3lalicepost01"),
					tuple(Kind.MENTION, "did:plc:dave5e7dvxkqfyiecqjbm3zg", "dave.bsky.social",
							"at://" + ALICE + "/app.bsky.feed.post/3lalicepost01"),
					// a reply mentioning bob twice and alice herself: bob once, no self-mention
					tuple(Kind.MENTION, "did:plc:bob4mdt6yczl2jg5tyx7rcuw", "bob.bsky.social",
							"at://" + ALICE + "/app.bsky.feed.post/3lalicereply1"),
					// offsets that cut a character or run past the text: the DID without a handle
					tuple(Kind.MENTION, "did:plc:erin3ytt6wvsq4j3kxhbgn2l", null,
							"at://" + ALICE + "/app.bsky.feed.post/3lalicepost02"),
					tuple(Kind.MENTION, "did:plc:zoe", null, "at://" + ALICE + "/app.bsky.feed.post/3lalicepost02"));
		assertThat(first.items().get(0).at()).isEqualTo(Instant.parse("2025-03-02T09:30:00Z"));
		assertThat(first.items().get(1).at()).isEqualTo(Instant.parse("2025-03-02T08:15:00Z"));
		assertThat(first.items().get(0).target().displayName()).isEqualTo("Bob");
		assertThat(first.nextCursor()).isEqualTo("2025-02-28T07:00:00.000Z::bafyrei3lalicepost02");
		// an older repost view without the repost's own uri falls back to the post's; self-reposts are left out
		assertThat(second.items()).extracting(i -> i.kind(), i -> i.target().handle(), Interaction::postUri)
			.containsExactly(tuple(Kind.REPOST, "carol.example.com",
					"at://did:plc:carol2uxh5mzqlbyr6p4djte/app.bsky.feed.post/3lcarolpost01"));
		assertThat(second.last()).isTrue();
		assertThat(server.requests(FEED).get(0).query()).contains("filter=posts_with_replies").contains("limit=30");
	}

	@Test
	void slicesMentionHandlesByUtf8ByteOffsets() {
		byte[] text = "ü☕ @bob.bsky.social".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		tools.jackson.databind.JsonNode index = tools.jackson.databind.json.JsonMapper.shared()
			.readTree("{\"byteStart\":6,\"byteEnd\":22}");
		tools.jackson.databind.JsonNode charOffsets = tools.jackson.databind.json.JsonMapper.shared()
			.readTree("{\"byteStart\":3,\"byteEnd\":19}");

		assertThat(BlueskyClient.handleAt(text, index)).isEqualTo("bob.bsky.social");
		assertThat(BlueskyClient.handleAt(text, charOffsets)).isNull();
	}

	static SocialAccount account(String did, String handle) {
		return new SocialAccount("bluesky", did, handle, null, null, null, null, null, null, List.of(), null,
				AccountStatus.ACTIVE, null, Instant.EPOCH);
	}

}
