package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ranked profile with the explanation of its rank: its strongest in-links (who follows, reposts, mentions or links
 * to it, themselves ranked), which communities its audience comes from, its ranks by followers, by PageRank and by
 * interactions (which diverge at the top), the explained flags, its rank in earlier runs of the same scope, and the
 * group of profiles it belongs to (the same person or brand elsewhere), if any.
 */
public record RankedProfileDetails(@NotNull RankedProfileSummary summary, String bio, @NotNull List<String> links,
		Long followingCount, Long postsCount, String status, Site site, @NotNull Map<String, String> attributes,
		@NotNull List<InLink> strongestInLinks, @NotNull List<AudienceShare> audience, @NotNull Ranks ranks,
		@NotNull List<FlagExplanation> flagExplanations, @NotNull List<HistoryPoint> history, int scopeSize,
		io.reachgraph.graph.ProfileGroupSummary group) {

	public record Site(String title, String description, Integer pagesSeen, List<String> feeds, String contactUrl,
			String guestPostUrl, List<String> emails) {
	}

	/** An in-neighbour and how it points here (edge kinds with weights). */
	public record InLink(@NotNull String profileId, @NotNull String label, int rank, double score,
			@NotNull Map<String, Integer> kinds) {
	}

	/** Share (0..1) of the in-neighbours that sit in a community. */
	public record AudienceShare(int community, double share, int count, @NotNull String exampleLabel) {
	}

	/** Ranks (1 = top) by plain followers in scope, by PageRank, by interactions received, and by composite score. */
	public record Ranks(int byFollowers, int byPageRank, int byInteractions, int byScore) {
	}

	public record FlagExplanation(@NotNull String flag, @NotNull String explanation) {
	}

	public record HistoryPoint(@NotNull String runId, @NotNull String runName, @NotNull Instant at, int rank, double score) {
	}

}
