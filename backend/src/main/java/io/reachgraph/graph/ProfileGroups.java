package io.reachgraph.graph;

import java.util.List;
import java.util.Optional;

/** Groups profiles that belong to one person or brand. A profile is in at most one group. */
public interface ProfileGroups {

	ProfileGroupSummary create(String name, List<String> profileIds, String createdBy);

	ProfileGroupSummary get(String groupId);

	List<ProfileGroupSummary> list(String profileId);

	Optional<ProfileGroupSummary> groupOf(String profileId);

	ProfileGroupSummary update(String groupId, String name, List<String> add, List<String> remove);

	void delete(String groupId);

}
