package io.reachgraph.ranking;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Followers vs PageRank vs interactions: per profile its rank by each, and over the whole run the Spearman rank
 * correlation of each pair and the overlap of their top-N sets.
 */
public record RankComparison(@NotNull List<Row> rows, double spearmanFollowersPageRank,
		double spearmanFollowersInteractions, double spearmanPageRankInteractions, int topN,
		double topOverlapFollowersPageRank, double topOverlapFollowersInteractions, double topOverlapPageRankInteractions) {

	public record Row(@NotNull String profileId, @NotNull String label, int byFollowers, int byPageRank,
			int byInteractions, int byScore) {
	}

}
