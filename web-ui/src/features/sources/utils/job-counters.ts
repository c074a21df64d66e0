import type { Job } from '@/types/models';
import { formatBytes, formatCount, formatDuration } from './format';

type CounterKind = 'count' | 'bytes' | 'duration';
type CounterDefinition = {
  key: string;
  label: string;
  /** Inline wording, "1 rejected row" / "3 rejected rows"; the label in lower case when left out. */
  noun?: [one: string, many: string];
  hint?: string;
  kind?: CounterKind;
  /** Says nothing when 0 (no retries, no waits): left out then. */
  quietWhenZero?: boolean;
};

/**
 * Every counter a job may report, in the order they are shown. Imports count records, bytes and rows; collections
 * count profiles, edges, requests and waits. Counters the server adds later are skipped until they get a label.
 */
const COUNTERS: CounterDefinition[] = [
  { key: 'records', label: 'Records read', noun: ['record read', 'records read'], hint: 'Rows or elements read from the file' },
  { key: 'bytesRead', label: 'Data read', kind: 'bytes' },
  {
    key: 'profilesRead',
    label: 'Profile rows',
    noun: ['profile row', 'profile rows'],
    hint: 'Profile records in the file',
    quietWhenZero: true,
  },
  { key: 'edgesRead', label: 'Edge rows', noun: ['edge row', 'edge rows'], hint: 'Edge records in the file', quietWhenZero: true },
  { key: 'rejected', label: 'Rejected rows', noun: ['rejected', 'rejected'], hint: 'Rows that could not be imported' },
  { key: 'nodes', label: 'Profiles', noun: ['profile', 'profiles'], hint: 'Profiles in the network' },
  { key: 'profiles', label: 'Profiles', noun: ['profile', 'profiles'], hint: 'Profiles in the network' },
  { key: 'sites', label: 'Sites', noun: ['site', 'sites'], hint: 'Web sites crawled' },
  { key: 'pages', label: 'Pages', noun: ['page', 'pages'], hint: 'Web pages fetched' },
  { key: 'edges', label: 'Edges', noun: ['edge', 'edges'], hint: 'Connections in the network' },
  {
    key: 'hidden',
    label: 'Hidden lists',
    noun: ['hidden list', 'hidden lists'],
    hint: 'Accounts whose follower or following lists are not public',
    quietWhenZero: true,
  },
  { key: 'requests', label: 'Requests', noun: ['request', 'requests'], hint: 'Calls made to the source' },
  { key: 'retries', label: 'Retries', noun: ['retry', 'retries'], hint: 'Calls tried again after a temporary failure', quietWhenZero: true },
  {
    key: 'rateLimitWaits',
    label: 'Rate-limit waits',
    noun: ['rate-limit wait', 'rate-limit waits'],
    hint: 'Times the source asked us to slow down',
    quietWhenZero: true,
  },
  { key: 'rateLimitWaitMs', label: 'Time waiting', hint: 'Time spent waiting for rate limits', kind: 'duration', quietWhenZero: true },
];

const BY_KEY = new Map(COUNTERS.map((counter) => [counter.key, counter]));

/** The counters a jobs list row shows, by job type, when the job has them. */
const HEADLINE_KEYS: Record<Job['type'], string[]> = {
  IMPORT: ['records', 'edges', 'rejected'],
  BLUESKY: ['profiles', 'edges', 'requests', 'rateLimitWaits'],
  MASTODON: ['profiles', 'edges', 'requests', 'rateLimitWaits'],
  CRAWL: ['pages', 'sites', 'edges'],
  RANKING: ['nodes', 'edges'],
};
const FALLBACK_HEADLINE_KEYS = ['records', 'profiles', 'pages', 'edges', 'rejected', 'requests'];
const HEADLINE_LIMIT = 4;

export type JobCounter = { key: string; label: string; hint?: string; value: number; text: string; phrase: string };

function toCounter(definition: CounterDefinition, value: number): JobCounter {
  const text =
    definition.kind === 'bytes' ? formatBytes(value) : definition.kind === 'duration' ? formatDuration(value) : formatCount(value);
  const [one, many] = definition.noun ?? [definition.label.toLowerCase(), definition.label.toLowerCase()];
  const phrase = definition.kind ? `${text} ${definition.label.toLowerCase()}` : `${text} ${value === 1 ? one : many}`;
  return { key: definition.key, label: definition.label, hint: definition.hint, value, text, phrase };
}

function numberOf(progress: Job['progress'], key: string): number | undefined {
  const value = progress?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Every known counter the job reports, labelled and formatted; unknown ones, and idle ones at 0, are left out. */
export function jobCounters(job: Pick<Job, 'progress'>): JobCounter[] {
  return COUNTERS.flatMap((definition) => {
    const value = numberOf(job.progress, definition.key);
    if (value === undefined || (value === 0 && definition.quietWhenZero)) {
      return [];
    }
    return [toCounter(definition, value)];
  });
}

/** The few counters that say most about a job at a glance, for a list row. */
export function headlineCounters(job: Pick<Job, 'progress' | 'type'>): JobCounter[] {
  return (HEADLINE_KEYS[job.type] ?? FALLBACK_HEADLINE_KEYS)
    .flatMap((key) => {
      const value = numberOf(job.progress, key);
      const definition = BY_KEY.get(key);
      if (value === undefined || !definition || (value === 0 && definition.quietWhenZero)) {
        return [];
      }
      return [toCounter(definition, value)];
    })
    .slice(0, HEADLINE_LIMIT);
}

/** "1,234 records read" or similar: what a progress bar's caption says has happened so far. */
export function progressSummary(job: Pick<Job, 'progress' | 'type'>): string | undefined {
  const [first] = headlineCounters(job);
  return first?.phrase;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** What the job works on, in a few words: the file name, or the first seeds. */
export function jobSubject(job: Pick<Job, 'type' | 'parameters'>): string | undefined {
  const parameters = job.parameters ?? {};
  if (job.type === 'IMPORT') {
    return typeof parameters.originalName === 'string' ? parameters.originalName : undefined;
  }
  if (job.type === 'RANKING') {
    return typeof parameters.name === 'string' && parameters.name ? parameters.name : undefined;
  }
  const seeds = stringList(parameters.seeds);
  if (seeds.length === 0) {
    return undefined;
  }
  return seeds.length === 1 ? seeds[0] : `${seeds[0]} and ${formatCount(seeds.length - 1)} more`;
}
