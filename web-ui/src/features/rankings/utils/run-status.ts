import type { RankingRun } from '@/types/ranking-models';

type StatusLook = { label: string; color: string; description: string };

export const RUN_STATUS_LOOK: Record<string, StatusLook> = {
  QUEUED: { label: 'Queued', color: 'gray', description: 'Waiting for a free worker' },
  RUNNING: { label: 'Computing', color: 'blue', description: 'Computing the metrics now' },
  PAUSED: { label: 'Paused', color: 'yellow', description: 'Paused; resume its job under Sources to finish it' },
  COMPLETED: { label: 'Ready', color: 'teal', description: 'Finished: the ranking can be browsed' },
  FAILED: { label: 'Failed', color: 'red', description: 'Stopped by an error' },
  CANCELLED: { label: 'Cancelled', color: 'dark', description: 'Stopped before it finished' },
};

export function runStatusLook(status: string | undefined): StatusLook {
  return RUN_STATUS_LOOK[status ?? ''] ?? { label: status ?? 'Unknown', color: 'gray', description: status ?? '' };
}

/** Still computing (or about to): screens showing it poll until it is done. */
export function isRunActive(run: Pick<RankingRun, 'status' | 'complete'> | undefined): boolean {
  return !!run && !run.complete && (run.status === 'QUEUED' || run.status === 'RUNNING');
}

export const RUN_POLL_MS = 2000;

/** The statistics a run records, typed (the API document leaves them open). */
export type RunStats = {
  modularity?: number;
  communities?: number;
  betweennessExact?: boolean;
  betweennessSamples?: number;
  betweennessErrorBound?: number;
  personalizationSeeds?: number;
  totalMillis?: number;
  timings: { key: string; label: string; millis: number }[];
};

const TIMING_LABELS: Record<string, string> = {
  loadMillis: 'Loading the graph',
  scopeMillis: 'Scope',
  pagerankMillis: 'PageRank',
  personalizedMillis: 'Personalised PageRank',
  betweennessMillis: 'Betweenness',
  harmonicMillis: 'Closeness',
  corenessMillis: 'k-core',
  clusteringMillis: 'Clustering',
  communitiesMillis: 'Communities',
  snapshotMillis: 'Writing the snapshot',
};

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export function readRunStats(stats: Record<string, unknown> | undefined): RunStats {
  const source = stats ?? {};
  return {
    modularity: num(source.modularity),
    communities: num(source.communities),
    betweennessExact: typeof source.betweennessExact === 'boolean' ? source.betweennessExact : undefined,
    betweennessSamples: num(source.betweennessSamples),
    betweennessErrorBound: num(source.betweennessErrorBound),
    personalizationSeeds: num(source.personalizationSeeds),
    totalMillis: num(source.totalMillis),
    timings: Object.entries(TIMING_LABELS).flatMap(([key, label]) => {
      const millis = num(source[key]);
      return millis === undefined ? [] : [{ key, label, millis }];
    }),
  };
}

/** The metric columns a completed run has: personalised PageRank only with an audience, betweenness unless off. */
export function runHasMetric(run: Pick<RankingRun, 'stats'> | undefined, metric: string): boolean {
  const columns = run?.stats?.doubleColumns;
  const ints = run?.stats?.intColumns;
  if (!Array.isArray(columns) && !Array.isArray(ints)) {
    return true;
  }
  return [...(Array.isArray(columns) ? columns : []), ...(Array.isArray(ints) ? ints : [])].includes(metric);
}
