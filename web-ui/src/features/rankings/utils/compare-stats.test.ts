import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '@/types/ranking-models';
import { comparisonPairs, describeCorrelation, rankGap, sortComparisonRows, topDivergence } from './compare-stats';

const row = (label: string, byScore: number, byFollowers: number, byPageRank: number, byInteractions: number): ComparisonRow => ({
  profileId: `bluesky:${label}`,
  label,
  byScore,
  byFollowers,
  byPageRank,
  byInteractions,
});

const rows = [row('hub', 1, 1, 1, 2), row('hidden', 2, 9, 2, 1), row('inflated', 3, 2, 8, 9), row('steady', 4, 4, 4, 4)];

describe('compare stats', () => {
  it('names the strength of a correlation', () => {
    expect(describeCorrelation(0.93).label).toBe('Strong agreement');
    expect(describeCorrelation(0.6).label).toBe('Moderate agreement');
    expect(describeCorrelation(0.3).label).toBe('Weak agreement');
    expect(describeCorrelation(0.05).label).toBe('Little or no agreement');
    expect(describeCorrelation(-0.5).label).toBe('Opposite orders');
    expect(describeCorrelation(undefined).label).toBe('Not enough data');
  });

  it('pairs each correlation with its top-N overlap', () => {
    const pairs = comparisonPairs({
      rows: [],
      spearmanFollowersPageRank: 0.4,
      spearmanFollowersInteractions: 0.2,
      spearmanPageRankInteractions: 0.7,
      topOverlapFollowersPageRank: 0.5,
      topOverlapFollowersInteractions: 0.25,
      topOverlapPageRankInteractions: 0.8,
      topN: 10,
    });
    expect(pairs.map((pair) => [pair.key, pair.spearman, pair.topOverlap])).toEqual([
      ['followersPageRank', 0.4, 0.5],
      ['followersInteractions', 0.2, 0.25],
      ['pageRankInteractions', 0.7, 0.8],
    ]);
  });

  it('finds who is in one top N and not the other', () => {
    const { followersOnly, pageRankOnly } = topDivergence(rows, 3);
    expect(followersOnly.map((r) => r.label)).toEqual(['inflated']);
    expect(pageRankOnly.map((r) => r.label)).toEqual(['hidden']);
  });

  it('sorts by any rank, or by the size of the followers/PageRank gap', () => {
    expect(rankGap(rows[1])).toBe(7);
    expect(rankGap(rows[2])).toBe(-6);
    expect(sortComparisonRows(rows, { field: 'byFollowers', direction: 'asc' }).map((r) => r.label)).toEqual(['hub', 'inflated', 'steady', 'hidden']);
    expect(sortComparisonRows(rows, { field: 'gap', direction: 'desc' }).map((r) => r.label)).toEqual(['hidden', 'inflated', 'hub', 'steady']);
    expect(sortComparisonRows(rows, { field: 'byInteractions', direction: 'desc' })[0].label).toBe('inflated');
  });
});
