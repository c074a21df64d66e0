package io.reachgraph.ranking.internal;

import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.ProfileDetails;
import io.reachgraph.shared.Problem;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Shortlists: shared by everyone signed in, edited by strategists and admins. */
@Service
public class ShortlistService {

	static final int MAX_ITEMS = 5_000;

	private final MongoTemplate mongo;

	private final GraphStore graphs;

	private final Clock clock;

	ShortlistService(MongoTemplate mongo, GraphStore graphs, Clock clock) {
		this.mongo = mongo;
		this.graphs = graphs;
		this.clock = clock;
	}

	public static final class ShortlistNotFound extends Problem {

		ShortlistNotFound(String id) {
			super(HttpStatus.NOT_FOUND, "shortlist-not-found", "Shortlist not found", "No shortlist has the id '" + id + "'.");
		}

	}

	public static final class ShortlistFull extends Problem {

		ShortlistFull() {
			super(HttpStatus.CONFLICT, "shortlist-full", "Shortlist full",
					"A shortlist holds at most " + MAX_ITEMS + " profiles: start another one.");
		}

	}

	public Shortlist create(String name, String description, String networkId, String by) {
		if (networkId != null) {
			graphs.network(networkId);
		}
		return mongo.insert(new Shortlist(name, description, networkId, by, clock.instant()));
	}

	public Page<Shortlist> list(String networkId, Pageable pageable) {
		Query query = networkId == null ? new Query() : Query.query(Criteria.where("networkId").is(networkId));
		long total = mongo.count(query, Shortlist.class);
		List<Shortlist> lists = mongo.find(query.with(pageable).with(Sort.by(Sort.Direction.DESC, "updatedAt")), Shortlist.class);
		return new PageImpl<>(lists, pageable, total);
	}

	public Shortlist get(String id) {
		Shortlist list = mongo.findById(id, Shortlist.class);
		if (list == null) {
			throw new ShortlistNotFound(id);
		}
		return list;
	}

	public Shortlist rename(String id, String name, String description) {
		Shortlist list = get(id);
		list.rename(name, description, clock.instant());
		return mongo.save(list);
	}

	public void delete(String id) {
		mongo.remove(get(id));
	}

	public Shortlist add(String id, List<String> profileIds, String note, String runId, String by) {
		Shortlist list = get(id);
		list.add(profileIds, note, by, runId, clock.instant());
		if (list.getItems().size() > MAX_ITEMS) {
			throw new ShortlistFull();
		}
		return mongo.save(list);
	}

	public Shortlist note(String id, String profileId, String note) {
		Shortlist list = get(id);
		if (!list.note(profileId, note, clock.instant())) {
			throw new ShortlistNotFound(id + "/" + profileId);
		}
		return mongo.save(list);
	}

	public Shortlist remove(String id, String profileId) {
		Shortlist list = get(id);
		if (!list.remove(profileId, clock.instant())) {
			throw new ShortlistNotFound(id + "/" + profileId);
		}
		return mongo.save(list);
	}

	/** Every profile id on any shortlist (one small projection over the shortlists: there are tens, not millions). */
	public Set<String> shortlistedProfiles() {
		Query query = new Query();
		query.fields().include("items.profileId");
		Set<String> ids = new HashSet<>();
		for (Shortlist list : mongo.find(query, Shortlist.class)) {
			list.getItems().forEach(item -> ids.add(item.profileId()));
		}
		return ids;
	}

	/** The shortlists holding a profile, most recently changed first. */
	public List<Shortlist> containing(String profileId) {
		return mongo.find(Query.query(Criteria.where("items.profileId").is(profileId))
			.with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(100), Shortlist.class);
	}

	public Map<String, ProfileDetails> details(Shortlist list) {
		return graphs.profiles(list.getItems().stream().map(Shortlist.Item::profileId).toList());
	}

}
