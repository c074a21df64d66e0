package io.reachgraph.ranking.web;

import io.reachgraph.ranking.internal.RankingQueries;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Query parameters of the ranked table (all optional): {@code q} matches handle, name or id; {@code platform} may
 * repeat; {@code sort} is {@code field} or {@code field,asc|desc}; {@code only} restricts to given profile ids
 * (e.g. a shortlist); {@code shortlisted} keeps the profiles that are (or are not) on any shortlist: the outreach
 * pipeline starts from shortlists, so this is "already picked for outreach".
 */
record TableQuery(@Size(max = 200) String q, @Size(max = 20) List<String> platform, Integer community,
		@Min(0) Long minFollowers, @Min(0) Long maxFollowers, Boolean flagged, Boolean hasContact,
		@Size(max = 1000) Set<String> only, Boolean shortlisted,
		@Pattern(regexp = "(rank|label|followersCount|score|pagerank|personalized|inDegree|followers|interactions|betweenness|harmonic|coreness|clustering|reciprocity|hollowFollowers|nofollowShare)(,(asc|desc))?", message = "is not a sortable column") String sort,
		@Min(0) Integer page, @Min(1) @Max(500) Integer size) {

	/** The filter, given the profile ids on any shortlist (only read when {@code shortlisted} is set). */
	RankingQueries.Filter filter(java.util.function.Supplier<Set<String>> shortlistedProfiles) {
		String field = sort == null ? "rank" : sort.split(",")[0];
		boolean natural = field.equals("rank") || field.equals("label");
		boolean ascending = sort != null && sort.contains(",") ? sort.endsWith(",asc") : natural;
		return new RankingQueries.Filter(q, platform, community, minFollowers, maxFollowers, flagged, hasContact,
				only == null || only.isEmpty() ? null : only, shortlisted,
				shortlisted == null ? null : shortlistedProfiles.get(), field, ascending);
	}

	int pageOrZero() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? 50 : size;
	}

}
