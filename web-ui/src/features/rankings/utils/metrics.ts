/** The metrics of a ranked profile, as the table, the profile page and the CSV name them. */
export const METRIC_KEYS = [
  'score',
  'pagerank',
  'personalized',
  'inDegree',
  'followers',
  'interactions',
  'betweenness',
  'harmonic',
  'coreness',
  'clustering',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

type MetricInfo = { label: string; short: string; description: string };

export const METRIC_INFO: Record<MetricKey, MetricInfo> = {
  score: {
    label: 'Score',
    short: 'Score',
    description: 'The composite score, 0–100: a weighted mean of the metrics’ percentiles.',
  },
  pagerank: {
    label: 'PageRank',
    short: 'PageRank',
    description: 'Attention that flows in from well-connected accounts, over the weighted mix of edges.',
  },
  personalized: {
    label: 'Personalised PageRank',
    short: 'Audience',
    description: 'PageRank that starts from the chosen audience: who matters to these people.',
  },
  inDegree: {
    label: 'In-degree',
    short: 'In-degree',
    description: 'Weighted count of follows, reposts, mentions and links pointing here.',
  },
  followers: {
    label: 'Followers in niche',
    short: 'In niche',
    description: 'Followers inside this ranking’s scope (not the platform’s total).',
  },
  interactions: {
    label: 'Interactions',
    short: 'Interactions',
    description: 'Reposts and mentions received, weighted by how often.',
  },
  betweenness: {
    label: 'Betweenness',
    short: 'Bridge',
    description: 'How often it lies on the shortest paths between others: a bridge between groups.',
  },
  harmonic: {
    label: 'Harmonic closeness',
    short: 'Closeness',
    description: 'How close it is to everyone else in the niche.',
  },
  coreness: {
    label: 'Coreness',
    short: 'Core',
    description: 'The deepest k-core it belongs to: how central its neighbourhood is.',
  },
  clustering: {
    label: 'Clustering',
    short: 'Clustering',
    description: 'How many of its neighbours are linked to each other.',
  },
};

/** The metrics a composite score may weigh, with the backend's default weights. */
export const SCORE_WEIGHT_KEYS = ['pagerank', 'personalized', 'inDegree', 'interactions', 'betweenness', 'harmonic', 'coreness'] as const;
export type ScoreWeightKey = (typeof SCORE_WEIGHT_KEYS)[number];
export const DEFAULT_SCORE_WEIGHTS: Record<ScoreWeightKey, number> = {
  pagerank: 0.3,
  personalized: 0.25,
  inDegree: 0.15,
  interactions: 0.1,
  betweenness: 0.1,
  harmonic: 0.05,
  coreness: 0.05,
};

export const EDGE_WEIGHT_KEYS = ['follows', 'reposts', 'mentions', 'links'] as const;
export type EdgeWeightKey = (typeof EDGE_WEIGHT_KEYS)[number];
export const DEFAULT_EDGE_WEIGHTS: Record<EdgeWeightKey, number> = { follows: 1, reposts: 0.5, mentions: 0.5, links: 1 };
export const EDGE_KIND_LABELS: Record<string, string> = {
  follows: 'Follows',
  reposts: 'Reposts',
  mentions: 'Mentions',
  links: 'Links',
};
export const EDGE_KIND_COLORS: Record<string, string> = {
  follows: 'indigo',
  reposts: 'teal',
  mentions: 'grape',
  links: 'orange',
};

type FlagInfo = { label: string; description: string };

/** Authenticity flags: short names for the table, the server explains them per profile. */
export const FLAG_INFO: Record<string, FlagInfo> = {
  HIGH_RECIPROCITY: { label: 'Follow-back', description: 'Follows back most of its followers: follow-for-follow networks look like this.' },
  MUTUAL_FOLLOW_CLUSTER: { label: 'Mutual ring', description: 'Sits in a dense ring of accounts that all follow each other.' },
  FOLLOW_RATIO_ANOMALY: { label: 'Odd ratio', description: 'Its follower / following counts are far from what accounts of its reach show.' },
  HOLLOW_FOLLOWERS: { label: 'Hollow followers', description: 'Many of its followers have no followers of their own here: possibly bought or bots.' },
};

export function flagInfo(flag: string): FlagInfo {
  return FLAG_INFO[flag] ?? { label: flag.toLowerCase().replaceAll('_', ' '), description: flag };
}
