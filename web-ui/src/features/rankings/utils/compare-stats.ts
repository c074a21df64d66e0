import type { ComparisonRow, RankComparison } from '@/types/ranking-models';

/** Plain words for a Spearman rank correlation. */
export function describeCorrelation(rho: number | null | undefined): { label: string; color: string } {
  if (typeof rho !== 'number' || !Number.isFinite(rho)) {
    return { label: 'Not enough data', color: 'gray' };
  }
  if (rho >= 0.8) {
    return { label: 'Strong agreement', color: 'teal' };
  }
  if (rho >= 0.5) {
    return { label: 'Moderate agreement', color: 'blue' };
  }
  if (rho >= 0.2) {
    return { label: 'Weak agreement', color: 'yellow' };
  }
  if (rho > -0.2) {
    return { label: 'Little or no agreement', color: 'orange' };
  }
  return { label: 'Opposite orders', color: 'red' };
}

export type ComparisonPair = {
  key: 'followersPageRank' | 'followersInteractions' | 'pageRankInteractions';
  title: string;
  spearman: number | undefined;
  topOverlap: number | undefined;
};

/** The three pairs of orders a comparison relates, each with its correlation and top-N overlap. */
export function comparisonPairs(comparison: RankComparison): ComparisonPair[] {
  return [
    {
      key: 'followersPageRank',
      title: 'Followers vs PageRank',
      spearman: comparison.spearmanFollowersPageRank,
      topOverlap: comparison.topOverlapFollowersPageRank,
    },
    {
      key: 'followersInteractions',
      title: 'Followers vs interactions',
      spearman: comparison.spearmanFollowersInteractions,
      topOverlap: comparison.topOverlapFollowersInteractions,
    },
    {
      key: 'pageRankInteractions',
      title: 'PageRank vs interactions',
      spearman: comparison.spearmanPageRankInteractions,
      topOverlap: comparison.topOverlapPageRankInteractions,
    },
  ];
}

export const COMPARISON_FIELDS = ['byScore', 'byFollowers', 'byPageRank', 'byInteractions', 'gap'] as const;
export type ComparisonField = (typeof COMPARISON_FIELDS)[number];
export type ComparisonSort = { field: ComparisonField; direction: 'asc' | 'desc' };

/** How far apart the follower and PageRank orders put a profile: positive when PageRank rates it higher. */
export function rankGap(row: ComparisonRow): number {
  return (row.byFollowers ?? 0) - (row.byPageRank ?? 0);
}

export function sortComparisonRows(rows: readonly ComparisonRow[], sort: ComparisonSort): ComparisonRow[] {
  const value = (row: ComparisonRow) => (sort.field === 'gap' ? Math.abs(rankGap(row)) : (row[sort.field] ?? Number.MAX_SAFE_INTEGER));
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (value(a) - value(b)) || (a.byScore ?? 0) - (b.byScore ?? 0));
}

/**
 * Of the top N by followers, how many PageRank does not put in its top N: the accounts that look big but are not
 * where the niche's attention flows (and the other way round).
 */
export function topDivergence(rows: readonly ComparisonRow[], topN: number): { followersOnly: ComparisonRow[]; pageRankOnly: ComparisonRow[] } {
  const inTop = (rank: number | undefined) => typeof rank === 'number' && rank <= topN;
  return {
    followersOnly: rows.filter((row) => inTop(row.byFollowers) && !inTop(row.byPageRank)),
    pageRankOnly: rows.filter((row) => inTop(row.byPageRank) && !inTop(row.byFollowers)),
  };
}
