package io.reachgraph.graph.internal;

import io.reachgraph.graph.GraphStore;
import io.reachgraph.graph.ProfileDetails;
import io.reachgraph.graph.ProfileGroupSummary;
import io.reachgraph.graph.ProfileGroups;
import io.reachgraph.shared.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

@Service
class ProfileGroupService implements ProfileGroups {

	private final MongoTemplate mongo;

	private final GraphStore graphs;

	private final Clock clock;

	ProfileGroupService(MongoTemplate mongo, GraphStore graphs, Clock clock) {
		this.mongo = mongo;
		this.graphs = graphs;
		this.clock = clock;
	}

	@Document("profile_groups")
	static class ProfileGroup {

		@Id
		String id;

		String name;

		List<String> profileIds = new ArrayList<>();

		String createdBy;

		Instant createdAt;

		Instant updatedAt;

		@Version
		Long version;

	}

	static final class GroupNotFound extends Problem {

		GroupNotFound(String id) {
			super(HttpStatus.NOT_FOUND, "profile-group-not-found", "Group not found", "No profile group has the id '" + id + "'.");
		}

	}

	static final class AlreadyGrouped extends Problem {

		private final String profileId;

		private final String groupId;

		AlreadyGrouped(String profileId, String groupId) {
			super(HttpStatus.CONFLICT, "profile-already-grouped", "Already in a group",
					"Profile '" + profileId + "' already belongs to group '" + groupId + "': take it out there first.");
			this.profileId = profileId;
			this.groupId = groupId;
		}

		@Override
		public Map<String, Object> properties() {
			return Map.of("profileId", profileId, "groupId", groupId);
		}

	}

	@Override
	public ProfileGroupSummary create(String name, List<String> profileIds, String createdBy) {
		List<String> ids = List.copyOf(new LinkedHashSet<>(profileIds));
		ids.forEach(id -> ensureFree(id, null));
		ProfileGroup group = new ProfileGroup();
		group.name = name.strip();
		group.profileIds = new ArrayList<>(ids);
		group.createdBy = createdBy;
		group.createdAt = clock.instant();
		group.updatedAt = group.createdAt;
		return summary(mongo.insert(group));
	}

	private void ensureFree(String profileId, String exceptGroup) {
		ProfileGroup other = mongo.findOne(Query.query(Criteria.where("profileIds").is(profileId)), ProfileGroup.class);
		if (other != null && !other.id.equals(exceptGroup)) {
			throw new AlreadyGrouped(profileId, other.id);
		}
	}

	private ProfileGroup find(String id) {
		ProfileGroup group = mongo.findById(id, ProfileGroup.class);
		if (group == null) {
			throw new GroupNotFound(id);
		}
		return group;
	}

	@Override
	public ProfileGroupSummary get(String groupId) {
		return summary(find(groupId));
	}

	@Override
	public List<ProfileGroupSummary> list(String profileId) {
		Query query = profileId == null ? new Query() : Query.query(Criteria.where("profileIds").is(profileId));
		return mongo.find(query.with(Sort.by("name")).limit(500), ProfileGroup.class).stream().map(this::summary).toList();
	}

	@Override
	public Optional<ProfileGroupSummary> groupOf(String profileId) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("profileIds").is(profileId)), ProfileGroup.class))
			.map(this::summary);
	}

	@Override
	public ProfileGroupSummary update(String groupId, String name, List<String> add, List<String> remove) {
		ProfileGroup group = find(groupId);
		if (name != null) {
			group.name = name.strip();
		}
		if (remove != null) {
			group.profileIds.removeAll(remove);
		}
		if (add != null) {
			for (String id : add) {
				if (!group.profileIds.contains(id)) {
					ensureFree(id, groupId);
					group.profileIds.add(id);
				}
			}
		}
		group.updatedAt = clock.instant();
		return summary(mongo.save(group));
	}

	@Override
	public void delete(String groupId) {
		mongo.remove(find(groupId));
	}

	private ProfileGroupSummary summary(ProfileGroup group) {
		Map<String, ProfileDetails> details = graphs.profiles(group.profileIds);
		List<ProfileGroupSummary.Member> members = group.profileIds.stream().map(id -> {
			ProfileDetails d = details.get(id);
			return new ProfileGroupSummary.Member(id, d.platform(), d.label(), d.displayName());
		}).toList();
		return new ProfileGroupSummary(group.id, group.name, members, group.createdBy, group.createdAt, group.updatedAt);
	}

}
