package io.reachgraph.graph.internal;

import io.reachgraph.graph.EdgeKind;
import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.GraphWriter;
import io.reachgraph.graph.NetworkBusy;
import io.reachgraph.graph.NetworkGraph;
import io.reachgraph.graph.NetworkNotFound;
import io.reachgraph.graph.NetworkSummary;
import io.reachgraph.graph.ProfileKey;
import io.reachgraph.shared.Problem;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class GraphStoreService implements GraphStore {

	private final NetworkRepository networks;

	private final MongoTemplate mongo;

	private final Clock clock;

	GraphStoreService(NetworkRepository networks, MongoTemplate mongo, Clock clock) {
		this.networks = networks;
		this.mongo = mongo;
		this.clock = clock;
	}

	static final class NetworkNameTaken extends Problem {

		NetworkNameTaken(String name) {
			super(HttpStatus.CONFLICT, "network-name-taken", "Network name in use",
					"A network named '" + name + "' already exists.");
		}

	}

	@Override
	public NetworkSummary createNetwork(String name, String description, String createdBy) {
		if (networks.existsByNameKey(Network.nameKey(name))) {
			throw new NetworkNameTaken(name.strip());
		}
		try {
			return summary(networks.insert(new Network(name, description, createdBy, clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			throw new NetworkNameTaken(name.strip());
		}
	}

	@Override
	public NetworkSummary network(String networkId) {
		return summary(get(networkId));
	}

	private Network get(String networkId) {
		return networks.findById(networkId).orElseThrow(() -> new NetworkNotFound(networkId));
	}

	@Override
	public Page<NetworkSummary> networks(String query, Pageable pageable) {
		Page<Network> page = query == null || query.isBlank() ? networks.findAll(pageable)
				: networks.findByNameContainingIgnoreCase(query.strip(), pageable);
		return page.map(this::summary);
	}

	@Override
	public NetworkSummary updateNetwork(String networkId, String name, String description) {
		Network network = get(networkId);
		String newName = name == null ? network.getName() : name;
		if (!Network.nameKey(newName).equals(Network.nameKey(network.getName()))
				&& networks.existsByNameKey(Network.nameKey(newName))) {
			throw new NetworkNameTaken(newName.strip());
		}
		String newDescription = description == null ? network.getDescription() : description;
		Network probe = new Network(newName, newDescription, null, clock.instant());
		try {
			mongo.updateFirst(Query.query(Criteria.where("_id").is(networkId)),
					new Update().set("name", probe.getName())
						.set("nameKey", Network.nameKey(newName))
						.set("description", probe.getDescription())
						.set("updatedAt", clock.instant()),
					Network.class);
		}
		catch (DuplicateKeyException ex) {
			throw new NetworkNameTaken(newName.strip());
		}
		return network(networkId);
	}

	@Override
	public void deleteNetwork(String networkId) {
		Network network = get(networkId);
		if (network.getWriter() != null) {
			throw new NetworkBusy(networkId, network.getWriter());
		}
		List<String> chunkIds = new ArrayList<>();
		for (int c = 0; c * GraphDocuments.NODE_CHUNK < Math.max(1, network.getNodeCount()); c++) {
			chunkIds.add(GraphDocuments.nodeChunkId(networkId, c));
		}
		List<String> segmentIds = new ArrayList<>();
		for (int s = 0; s <= network.getSegmentCount(); s++) {
			segmentIds.add(GraphDocuments.segmentId(networkId, s));
		}
		networks.deleteById(networkId);
		mongo.remove(Query.query(Criteria.where("_id").in(chunkIds)), GraphDocuments.NODES);
		mongo.remove(Query.query(Criteria.where("_id").in(segmentIds)), GraphDocuments.EDGES);
	}

	@Override
	public GraphWriter openWriter(String networkId, String owner, Duration lease) {
		Instant now = clock.instant();
		Criteria free = new Criteria().orOperator(Criteria.where("writer").exists(false),
				Criteria.where("writer").is(null), Criteria.where("writer").is(owner),
				Criteria.where("writerLeaseUntil").lt(now));
		Network network = mongo.findAndModify(Query.query(Criteria.where("_id").is(networkId).andOperator(free)),
				new Update().set("writer", owner).set("writerLeaseUntil", now.plus(lease)),
				FindAndModifyOptions.options().returnNew(true), Network.class);
		if (network == null) {
			Network current = get(networkId);
			throw new NetworkBusy(networkId, current.getWriter());
		}
		return new MongoGraphWriter(mongo, network, owner, clock, lease, read(network));
	}

	@Override
	public NetworkGraph load(String networkId) {
		return read(get(networkId));
	}

	private NetworkGraph read(Network network) {
		String id = network.getId();
		int nodeCount = network.getNodeCount();
		List<String> ids = new ArrayList<>(nodeCount);
		int chunks = (nodeCount + GraphDocuments.NODE_CHUNK - 1) / GraphDocuments.NODE_CHUNK;
		for (int c = 0; c < chunks; c++) {
			Document chunk = mongo.findById(GraphDocuments.nodeChunkId(id, c), Document.class, GraphDocuments.NODES);
			if (chunk == null) {
				throw new IllegalStateException("Network " + id + " is missing node chunk " + c);
			}
			List<String> chunkIds = chunk.getList("ids", String.class);
			ids.addAll(chunkIds.subList(0, Math.min(chunkIds.size(), nodeCount - ids.size())));
		}
		Map<EdgeKind, IntArrayList[]> lists = new EnumMap<>(EdgeKind.class);
		for (int s = 0; s < network.getSegmentCount(); s++) {
			Document segment = mongo.findById(GraphDocuments.segmentId(id, s), Document.class, GraphDocuments.EDGES);
			if (segment == null) {
				throw new IllegalStateException("Network " + id + " is missing edge segment " + s);
			}
			EdgeKind kind = EdgeKind.valueOf(segment.getString("kind"));
			boolean link = kind == EdgeKind.LINKS;
			IntArrayList[] target = lists.computeIfAbsent(kind, k -> newLists(link ? 6 : 3));
			String[] fields = link ? new String[] { "src", "dst", "w", "nofollow", "sponsored", "ugc" }
					: new String[] { "src", "dst", "w" };
			for (int f = 0; f < fields.length; f++) {
				target[f].addElements(target[f].size(), PackedInts.unpack(segment.get(fields[f], Binary.class).getData()));
			}
		}
		Map<EdgeKind, NetworkGraph.Edges> edges = new EnumMap<>(EdgeKind.class);
		lists.forEach((kind, l) -> edges.put(kind, network.getOverrides() == 0 ? toEdges(l) : toEdges(lastWins(l))));
		return new NetworkGraph(id, ids, edges);
	}

	private static IntArrayList[] newLists(int n) {
		IntArrayList[] lists = new IntArrayList[n];
		for (int i = 0; i < n; i++) {
			lists[i] = new IntArrayList();
		}
		return lists;
	}

	/** Later copies of an edge replace earlier ones; the order of first appearance is kept. */
	private static IntArrayList[] lastWins(IntArrayList[] lists) {
		int n = lists[0].size();
		Long2IntOpenHashMap position = new Long2IntOpenHashMap(n);
		position.defaultReturnValue(-1);
		IntArrayList[] out = newLists(lists.length);
		for (int i = 0; i < n; i++) {
			long key = ((long) lists[0].getInt(i) << 32) | (lists[1].getInt(i) & 0xffffffffL);
			int at = position.get(key);
			if (at < 0) {
				position.put(key, out[0].size());
				for (int f = 0; f < lists.length; f++) {
					out[f].add(lists[f].getInt(i));
				}
			}
			else {
				for (int f = 2; f < lists.length; f++) {
					out[f].set(at, lists[f].getInt(i));
				}
			}
		}
		return out;
	}

	private static NetworkGraph.Edges toEdges(IntArrayList[] l) {
		return new NetworkGraph.Edges(l[0].toIntArray(), l[1].toIntArray(), l[2].toIntArray(),
				l.length > 3 ? l[3].toIntArray() : null, l.length > 4 ? l[4].toIntArray() : null,
				l.length > 5 ? l[5].toIntArray() : null);
	}

	@Override
	public void markCollected(String networkId, Instant at) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(networkId)), new Update().set("lastCollectedAt", at),
				Network.class);
	}

	@Override
	public Map<String, ProfileLabel> labels(Collection<String> profileIds) {
		Map<String, ProfileLabel> labels = new HashMap<>();
		List<String> batch = new ArrayList<>();
		for (String id : profileIds) {
			batch.add(id);
			if (batch.size() == 1000) {
				readLabels(batch, labels);
				batch.clear();
			}
		}
		readLabels(batch, labels);
		for (String id : profileIds) {
			labels.computeIfAbsent(id, missing -> {
				ProfileKey key = ProfileKey.fromId(missing);
				return new ProfileLabel(missing, key.platform(), key.key(), null);
			});
		}
		return labels;
	}

	private void readLabels(List<String> ids, Map<String, ProfileLabel> labels) {
		if (ids.isEmpty()) {
			return;
		}
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("platform", "key", "handle", "displayName");
		for (Document doc : mongo.find(query, Document.class, ProfileUpserts.COLLECTION)) {
			String handle = doc.getString("handle");
			String label = handle != null ? handle : doc.getString("key");
			labels.put(doc.getString("_id"),
					new ProfileLabel(doc.getString("_id"), doc.getString("platform"), label, doc.getString("displayName")));
		}
	}

	@Override
	public Map<String, io.reachgraph.graph.ProfileDetails> profiles(Collection<String> profileIds) {
		Map<String, io.reachgraph.graph.ProfileDetails> details = new HashMap<>();
		List<String> batch = new ArrayList<>();
		for (String id : profileIds) {
			batch.add(id);
			if (batch.size() == 1000) {
				readProfiles(batch, details);
				batch.clear();
			}
		}
		readProfiles(batch, details);
		for (String id : profileIds) {
			details.computeIfAbsent(id, io.reachgraph.graph.ProfileDetails::bare);
		}
		return details;
	}

	private void readProfiles(List<String> ids, Map<String, io.reachgraph.graph.ProfileDetails> details) {
		if (ids.isEmpty()) {
			return;
		}
		for (Document doc : mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, ProfileUpserts.COLLECTION)) {
			Document site = doc.get("site", Document.class);
			Document attributes = doc.get("attributes", Document.class);
			Map<String, String> attributeMap = new java.util.LinkedHashMap<>();
			if (attributes != null) {
				attributes.forEach((k, v) -> attributeMap.put(k, String.valueOf(v)));
			}
			details.put(doc.getString("_id"), new io.reachgraph.graph.ProfileDetails(doc.getString("_id"),
					doc.getString("platform"), doc.getString("key"), doc.getString("platformId"), doc.getString("handle"),
					doc.getString("displayName"), doc.getString("bio"), doc.getString("avatarUrl"), number(doc, "followersCount"),
					number(doc, "followingCount"), number(doc, "postsCount"),
					doc.getList("links", String.class, List.of()), doc.getString("language"), doc.getString("status"),
					doc.getString("movedTo"), doc.getDate("collectedAt") == null ? null : doc.getDate("collectedAt").toInstant(),
					site == null ? null : new io.reachgraph.graph.ProfileData.SiteSignals(site.getString("title"),
							site.getString("description"), site.getInteger("pagesSeen"),
							site.getList("feeds", String.class), site.getString("contactUrl"),
							site.getString("guestPostUrl"), site.getList("emails", String.class)),
					attributeMap));
		}
	}

	private static Long number(Document doc, String field) {
		Object value = doc.get(field);
		return value instanceof Number n ? n.longValue() : null;
	}

	NetworkSummary summary(Network n) {
		Map<String, Long> counts = new java.util.LinkedHashMap<>();
		for (EdgeKind kind : EdgeKind.values()) {
			counts.put(kind.wireName(), n.getEdgeCounts().getOrDefault(kind.wireName(), 0L));
		}
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new NetworkSummary(n.getId(), n.getName(), n.getDescription(), n.getNodeCount(), counts, total,
				n.getCreatedBy(), n.getCreatedAt(), n.getUpdatedAt(), n.getLastCollectedAt(), n.getWriter());
	}

}
