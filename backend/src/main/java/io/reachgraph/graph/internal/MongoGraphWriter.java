package io.reachgraph.graph.internal;

import io.reachgraph.graph.EdgeData;
import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphWriter;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.ProfileData;
import io.reachgraph.graph.ProfileKey;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The one writer of a network: keeps its node table and edge set in memory to de-duplicate, appends on flush. */
final class MongoGraphWriter implements GraphWriter {

	private final MongoTemplate mongo;

	private final String networkId;

	private final String owner;

	private final Clock clock;

	private final Duration lease;

	private final Object2IntOpenHashMap<String> index = new Object2IntOpenHashMap<>();

	private final List<String> ids = new ArrayList<>();

	private int storedNodes;

	private final EnumMap<EdgeKind, Long2IntOpenHashMap> weights = new EnumMap<>(EdgeKind.class);

	private final Long2ObjectOpenHashMap<int[]> links = new Long2ObjectOpenHashMap<>();

	private final EnumMap<EdgeKind, IntArrayList[]> pending = new EnumMap<>(EdgeKind.class);

	private final Map<String, ProfileData> pendingProfiles = new LinkedHashMap<>();

	private int pendingEdges;

	private int segmentCount;

	private long overrides;

	private boolean closed;

	MongoGraphWriter(MongoTemplate mongo, Network network, String owner, Clock clock, Duration lease,
			NetworkGraph stored) {
		this.mongo = mongo;
		this.networkId = network.getId();
		this.owner = owner;
		this.clock = clock;
		this.lease = lease;
		this.index.defaultReturnValue(-1);
		this.segmentCount = network.getSegmentCount();
		this.overrides = network.getOverrides();
		for (String id : stored.profileIds()) {
			index.put(id, ids.size());
			ids.add(id);
		}
		this.storedNodes = ids.size();
		for (EdgeKind kind : EdgeKind.values()) {
			NetworkGraph.Edges edges = stored.edges(kind);
			if (kind == EdgeKind.LINKS) {
				for (int i = 0; i < edges.size(); i++) {
					links.put(key(edges.source()[i], edges.target()[i]), new int[] { edges.weight()[i],
							edges.nofollow()[i], edges.sponsored()[i], edges.ugc()[i] });
				}
			}
			else {
				Long2IntOpenHashMap map = new Long2IntOpenHashMap(Math.max(16, edges.size()));
				map.defaultReturnValue(Integer.MIN_VALUE);
				for (int i = 0; i < edges.size(); i++) {
					map.put(key(edges.source()[i], edges.target()[i]), edges.weight()[i]);
				}
				weights.put(kind, map);
			}
		}
	}

	private static long key(int source, int target) {
		return ((long) source << 32) | (target & 0xffffffffL);
	}

	private int node(ProfileKey key) {
		String id = key.id();
		int i = index.getInt(id);
		if (i < 0) {
			i = ids.size();
			index.put(id, i);
			ids.add(id);
		}
		return i;
	}

	@Override
	public void addNode(ProfileKey key) {
		node(key);
	}

	@Override
	public void addProfile(ProfileData profile) {
		node(profile.key());
		pendingProfiles.merge(profile.key().id(), profile, MongoGraphWriter::merge);
	}

	private static ProfileData merge(ProfileData a, ProfileData b) {
		if (a.attributes() == null || a.attributes().isEmpty() || b.attributes() == null) {
			return b;
		}
		Map<String, String> attributes = new LinkedHashMap<>(a.attributes());
		attributes.putAll(b.attributes());
		return new ProfileData(b.key(), b.platformId(), b.handle(), b.displayName(), b.bio(), b.avatarUrl(),
				b.followersCount(), b.followingCount(), b.postsCount(), b.links(), b.language(), b.status(), b.movedTo(),
				b.collectedAt(), b.site(), attributes);
	}

	@Override
	public void addEdge(EdgeData edge) {
		int s = node(edge.source());
		int t = node(edge.target());
		long k = key(s, t);
		if (edge.kind() == EdgeKind.LINKS) {
			int[] counts = { edge.weight(), edge.nofollow(), edge.sponsored(), edge.ugc() };
			int[] previous = links.put(k, counts);
			if (previous != null && Arrays.equals(previous, counts)) {
				return;
			}
			if (previous != null) {
				overrides++;
			}
			IntArrayList[] lists = pending.computeIfAbsent(EdgeKind.LINKS, kind -> newLists(6));
			lists[0].add(s);
			lists[1].add(t);
			for (int i = 0; i < 4; i++) {
				lists[2 + i].add(counts[i]);
			}
		}
		else {
			Long2IntOpenHashMap map = weights.get(edge.kind());
			int previous = map.put(k, edge.weight());
			if (previous == edge.weight()) {
				return;
			}
			if (previous != Integer.MIN_VALUE) {
				overrides++;
			}
			IntArrayList[] lists = pending.computeIfAbsent(edge.kind(), kind -> newLists(3));
			lists[0].add(s);
			lists[1].add(t);
			lists[2].add(edge.weight());
		}
		pendingEdges++;
	}

	private static IntArrayList[] newLists(int n) {
		IntArrayList[] lists = new IntArrayList[n];
		for (int i = 0; i < n; i++) {
			lists[i] = new IntArrayList();
		}
		return lists;
	}

	@Override
	public int pending() {
		return pendingEdges + (ids.size() - storedNodes) + pendingProfiles.size();
	}

	@Override
	public Map<EdgeKind, Long> edgeCounts() {
		Map<EdgeKind, Long> counts = new EnumMap<>(EdgeKind.class);
		for (EdgeKind kind : EdgeKind.values()) {
			counts.put(kind, (long) (kind == EdgeKind.LINKS ? links.size() : weights.get(kind).size()));
		}
		return counts;
	}

	@Override
	public int nodeCount() {
		return ids.size();
	}

	@Override
	public void flush() {
		if (closed) {
			throw new IllegalStateException("writer closed");
		}
		ProfileUpserts.write(mongo, pendingProfiles.values(), clock.instant());
		pendingProfiles.clear();
		writeNodes();
		writeSegments();
		commit();
	}

	private void writeNodes() {
		if (ids.size() == storedNodes) {
			return;
		}
		int first = storedNodes / GraphDocuments.NODE_CHUNK;
		int last = (ids.size() - 1) / GraphDocuments.NODE_CHUNK;
		for (int chunk = first; chunk <= last; chunk++) {
			int from = chunk * GraphDocuments.NODE_CHUNK;
			int to = Math.min(ids.size(), from + GraphDocuments.NODE_CHUNK);
			Document doc = new Document("_id", GraphDocuments.nodeChunkId(networkId, chunk)).append("networkId", networkId)
				.append("chunk", chunk)
				.append("ids", new ArrayList<>(ids.subList(from, to)));
			mongo.save(doc, GraphDocuments.NODES);
		}
	}

	private void writeSegments() {
		for (Map.Entry<EdgeKind, IntArrayList[]> entry : pending.entrySet()) {
			IntArrayList[] lists = entry.getValue();
			int size = lists[0].size();
			for (int from = 0; from < size; from += GraphDocuments.SEGMENT_EDGES) {
				int to = Math.min(size, from + GraphDocuments.SEGMENT_EDGES);
				int seq = segmentCount++;
				Document doc = new Document("_id", GraphDocuments.segmentId(networkId, seq)).append("networkId", networkId)
					.append("seq", seq)
					.append("kind", entry.getKey().name())
					.append("count", to - from)
					.append("src", pack(lists[0], from, to))
					.append("dst", pack(lists[1], from, to))
					.append("w", pack(lists[2], from, to));
				if (entry.getKey() == EdgeKind.LINKS) {
					doc.append("nofollow", pack(lists[3], from, to))
						.append("sponsored", pack(lists[4], from, to))
						.append("ugc", pack(lists[5], from, to));
				}
				mongo.save(doc, GraphDocuments.EDGES);
			}
		}
		pending.clear();
		pendingEdges = 0;
	}

	static Binary pack(IntArrayList list, int from, int to) {
		return new Binary(PackedInts.pack(list.elements(), from, to));
	}

	/** Last step of a flush: the counters make the new nodes and segments visible, if we still hold the lease. */
	private void commit() {
		Map<String, Long> counts = new LinkedHashMap<>();
		edgeCounts().forEach((kind, n) -> counts.put(kind.wireName(), n));
		Update update = new Update().set("nodeCount", ids.size())
			.set("segmentCount", segmentCount)
			.set("overrides", overrides)
			.set("edgeCounts", counts)
			.set("updatedAt", clock.instant())
			.set("writerLeaseUntil", clock.instant().plus(lease))
			.inc("version", 1);
		Network updated = mongo.findAndModify(
				Query.query(Criteria.where("_id").is(networkId).and("writer").is(owner)), update,
				FindAndModifyOptions.options().returnNew(true), Network.class);
		if (updated == null) {
			throw new IllegalStateException("Lost the write lease on network " + networkId + " (job " + owner + ")");
		}
		storedNodes = ids.size();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		mongo.updateFirst(Query.query(Criteria.where("_id").is(networkId).and("writer").is(owner)),
				new Update().unset("writer").unset("writerLeaseUntil"), Network.class);
	}

}
