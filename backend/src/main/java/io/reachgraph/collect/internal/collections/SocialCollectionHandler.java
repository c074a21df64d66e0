package io.reachgraph.collect.internal.collections;

import io.reachgraph.jobs.JobType;
import io.reachgraph.jobs.JobsProperties;
import io.reachgraph.jobs.Job;
import io.reachgraph.jobs.JobContext;
import io.reachgraph.jobs.JobHandler;
import io.reachgraph.collect.internal.social.AccountStatus;
import io.reachgraph.collect.internal.social.Interaction;
import io.reachgraph.collect.internal.social.Page;
import io.reachgraph.collect.internal.social.SocialAccount;
import io.reachgraph.collect.internal.social.SocialClients;
import io.reachgraph.collect.internal.social.SocialNetworkClient;
import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.GraphWriter;
import io.reachgraph.graph.ProfileData;
import io.reachgraph.graph.ProfileKey;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects a follower / interaction graph breadth-first from seed accounts: for each account its profile, then the
 * chosen lists page by page (followers, following, reposts and mentions), queueing newly seen accounts up to the
 * depth and profile caps. After every page it flushes the graph and checkpoints the whole crawl state (queue, seen
 * accounts, current account, list and cursor), so a restart re-reads at most one page.
 */
class SocialCollectionHandler implements JobHandler {

	private final JobType type;

	private final SocialClients clients;

	private final GraphStore graphs;

	private final JobsProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	SocialCollectionHandler(JobType type, SocialClients clients, GraphStore graphs, JobsProperties properties,
			JsonMapper json, Clock clock) {
		this.type = type;
		this.clients = clients;
		this.graphs = graphs;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public JobType type() {
		return type;
	}

	/** One account to read: how to ask for it, and how far it is from the seeds. */
	record Item(String ref, int depth) {
	}

	/** Everything needed to continue; stored as JSON in the job's checkpoint. */
	record State(List<Item> queue, List<String> seen, Item current, SocialAccount account, String list, String cursor,
			int listItems, Map<String, Integer> interactions, long profiles, long accountsDone) {
	}

	@Override
	public void run(Job job, JobContext context) {
		CollectionParameters parameters = CollectionParameters.of(job.getParams());
		String platform = type == JobType.BLUESKY ? "bluesky" : "mastodon";
		Document saved = context.checkpoint();
		State state = saved != null && saved.getString("state") != null
				? json.readValue(saved.getString("state"), State.class)
				: new State(parameters.seeds().stream().map(seed -> new Item(seed, 0)).toList(), List.of(), null, null,
						null, null, 0, Map.of(), 0, 0);
		Run run = new Run(job, context, parameters, platform, state);
		try (GraphWriter writer = graphs.openWriter(job.getNetworkId(), job.getId() + ":" + job.getAttempts(),
				properties.lease())) {
			run.writer = writer;
			CountingListener listener = new CountingListener(job.getProgress(), run::unavailable);
			run.listener = listener;
			run.client = type == JobType.BLUESKY ? clients.bluesky(listener)
					: clients.mastodon(URI.create(parameters.instance()), parameters.accessToken(), listener);
			run.collect();
		}
	}

	private final class Run {

		final Job job;

		final JobContext context;

		final CollectionParameters parameters;

		final String platform;

		final ArrayDeque<Item> queue;

		final LinkedHashSet<String> seen;

		Item current;

		SocialAccount account;

		String list;

		String cursor;

		int listItems;

		Map<String, Integer> interactions;

		long profiles;

		long accountsDone;

		GraphWriter writer;

		CountingListener listener;

		SocialNetworkClient client;

		Run(Job job, JobContext context, CollectionParameters parameters, String platform, State state) {
			this.job = job;
			this.context = context;
			this.parameters = parameters;
			this.platform = platform;
			this.queue = new ArrayDeque<>(state.queue());
			this.seen = new LinkedHashSet<>(state.seen());
			this.current = state.current();
			this.account = state.account();
			this.list = state.list();
			this.cursor = state.cursor();
			this.listItems = state.listItems();
			this.interactions = new LinkedHashMap<>(state.interactions());
			this.profiles = state.profiles();
			this.accountsDone = state.accountsDone();
		}

		void collect() {
			while (!context.stopRequested()) {
				if (current == null) {
					if (queue.isEmpty() || accountsDone >= parameters.maxProfiles()) {
						break;
					}
					current = queue.removeFirst();
					account = null;
					list = "PROFILE";
				}
				if ("PROFILE".equals(list)) {
					readProfile();
				}
				else {
					readPage();
				}
				save(null);
			}
			save(context.stopRequested() ? null : "Collected " + String.format("%,d", accountsDone) + " accounts");
			if (!context.stopRequested()) {
				graphs.markCollected(job.getNetworkId(), clock.instant());
			}
		}

		void readProfile() {
			account = client.account(current.ref());
			store(account);
			seen.add(key(account).id());
			accountsDone++;
			if (account.status() == AccountStatus.ACTIVE || account.status() == AccountStatus.HIDDEN_NETWORK) {
				nextList(null);
			}
			else {
				context.error("@" + (account.handle() != null ? account.handle() : current.ref()) + " is "
						+ account.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
						+ (account.movedTo() != null ? " (moved to @" + account.movedTo() + ")" : "") + ": recorded, not followed",
						null);
				finishAccount();
			}
		}

		/** Moves to the list after {@code done} in the job's order, or finishes the account. */
		void nextList(String done) {
			List<String> order = parameters.collect();
			int next = done == null ? 0 : order.indexOf(done) + 1;
			cursor = null;
			listItems = 0;
			interactions = new LinkedHashMap<>();
			if (next >= order.size()) {
				finishAccount();
			}
			else {
				list = order.get(next);
			}
		}

		void finishAccount() {
			current = null;
			account = null;
			list = null;
			cursor = null;
			listItems = 0;
			interactions = new LinkedHashMap<>();
		}

		void readPage() {
			int limit = Math.min(100, parameters.maxEdgesPerProfile() - listItems);
			ProfileKey self = key(account);
			String done = list;
			if ("INTERACTIONS".equals(list)) {
				Page<Interaction> page = client.interactions(account, cursor, limit);
				for (Interaction interaction : page.items()) {
					SocialAccount target = interaction.target();
					if (target == null || (target.platformId() == null && target.handle() == null)) {
						continue;
					}
					ProfileKey other = key(target);
					if (other.equals(self)) {
						continue;
					}
					store(target);
					EdgeKind kind = interaction.kind() == Interaction.Kind.REPOST ? EdgeKind.REPOSTS : EdgeKind.MENTIONS;
					int count = interactions.merge(kind.name() + " " + other.id(), 1, Integer::sum);
					writer.addEdge(EdgeData.of(kind, self, other, count));
					enqueue(target);
				}
				listItems += page.items().size();
				cursor = page.nextCursor();
				if (page.last() || listItems >= parameters.maxEdgesPerProfile() || page.items().isEmpty()) {
					nextList(done);
				}
				return;
			}
			boolean followers = "FOLLOWERS".equals(list);
			Page<SocialAccount> page = followers ? client.followers(account, cursor, limit)
					: client.following(account, cursor, limit);
			for (SocialAccount other : page.items()) {
				ProfileKey otherKey = key(other);
				if (otherKey.equals(self)) {
					continue;
				}
				store(other);
				writer.addEdge(followers ? EdgeData.of(EdgeKind.FOLLOWS, otherKey, self, 1)
						: EdgeData.of(EdgeKind.FOLLOWS, self, otherKey, 1));
				enqueue(other);
			}
			listItems += page.items().size();
			cursor = page.nextCursor();
			if (page.last() || listItems >= parameters.maxEdgesPerProfile() || page.items().isEmpty()) {
				nextList(done);
			}
		}

		void enqueue(SocialAccount other) {
			if (current.depth() >= parameters.depth()) {
				return;
			}
			String id = key(other).id();
			if (seen.contains(id) || accountsDone + queue.size() >= parameters.maxProfiles()) {
				return;
			}
			String ref = type == JobType.BLUESKY && other.platformId() != null ? other.platformId() : other.handle();
			if (ref == null) {
				return;
			}
			seen.add(id);
			queue.addLast(new Item(ref, current.depth() + 1));
		}

		void store(SocialAccount a) {
			ProfileData data = new ProfileData(key(a), a.platformId(), a.handle(), a.displayName(), a.bio(),
					a.avatarUrl(), a.followersCount(), a.followingCount(), a.postsCount(), a.links(), a.language(),
					a.status() == null ? null : a.status().name().toLowerCase(Locale.ROOT), a.movedTo(), a.collectedAt(),
					null, null);
			if (data.isBare()) {
				writer.addNode(data.key());
			}
			else {
				writer.addProfile(data);
				profiles++;
			}
		}

		ProfileKey key(SocialAccount a) {
			String key = type == JobType.BLUESKY && a.platformId() != null ? a.platformId() : a.handle();
			return ProfileKey.of(platform, key);
		}

		void unavailable(SocialAccount a, AccountStatus status) {
			context.error("@" + a.handle() + " " + (status == AccountStatus.HIDDEN_NETWORK ? "hides its "
					+ ("FOLLOWING".equals(list) ? "follows" : "followers")
					: "is " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')) + ": recorded, not fatal", null);
			store(new SocialAccount(a.platform(), a.platformId(), a.handle(), null, null, null, null, null, null, null,
					null, status, a.movedTo(), clock.instant()));
		}

		void save(String finalMessage) {
			writer.flush();
			Map<String, Long> progress = new LinkedHashMap<>();
			progress.put("accounts", accountsDone);
			progress.put("queued", (long) queue.size());
			progress.put("profiles", (long) writer.nodeCount());
			progress.put("edges", writer.edgeCounts().values().stream().mapToLong(Long::longValue).sum());
			listener.into(progress);
			State state = new State(new ArrayList<>(queue), new ArrayList<>(seen), current, account, list, cursor,
					listItems, interactions, profiles, accountsDone);
			String message = finalMessage != null ? finalMessage
					: current == null ? "Collected " + String.format("%,d", accountsDone) + " accounts"
							: "Reading " + ("PROFILE".equals(list) ? "profile" : list.toLowerCase(Locale.ROOT)) + " of @"
									+ (account != null && account.handle() != null ? account.handle() : current.ref())
									+ " (" + String.format("%,d", accountsDone) + " of at most "
									+ String.format("%,d", parameters.maxProfiles()) + " accounts)";
			context.checkpoint(new Document("state", json.writeValueAsString(state)), progress, message);
		}

	}

}
