import type { CollectSource, CollectWhat, StartCollectionBody } from '@/types/models';
import { formatCount } from './format';

export const MAX_SEEDS = 100;
export const MAX_SEED_LENGTH = 300;
export const MAX_PROFILES_LIMIT = 100_000;
export const MAX_EDGES_LIMIT = 100_000;
export const MAX_PAGES_LIMIT = 1000;
export const DEPTHS = [0, 1, 2, 3] as const;

export const COLLECT_SOURCES: { value: CollectSource; label: string }[] = [
  { value: 'BLUESKY', label: 'Bluesky' },
  { value: 'MASTODON', label: 'Mastodon' },
  { value: 'CRAWL', label: 'Web crawl' },
];

export const COLLECT_WHAT_OPTIONS: { value: CollectWhat; label: string; description: string }[] = [
  { value: 'FOLLOWERS', label: 'Followers', description: 'Who follows each account' },
  { value: 'FOLLOWING', label: 'Following', description: 'Whom each account follows' },
  { value: 'INTERACTIONS', label: 'Interactions', description: 'Reposts and mentions in recent posts' },
];

export type CollectValues = {
  seeds: string;
  depth: number;
  maxProfiles: number | string;
  maxEdgesPerProfile: number | string;
  collect: CollectWhat[];
  instance: string;
  accessToken: string;
  maxPagesPerDomain: number | string;
};

export const INITIAL_COLLECT_VALUES: CollectValues = {
  seeds: '',
  depth: 1,
  maxProfiles: 1000,
  maxEdgesPerProfile: 1000,
  collect: ['FOLLOWERS', 'FOLLOWING'],
  instance: '',
  accessToken: '',
  maxPagesPerDomain: 50,
};

/** The form fields, named as the API's fields so its `errors[].field` land under the right one. */
export const COLLECT_FIELDS = [
  'seeds',
  'depth',
  'maxProfiles',
  'maxEdgesPerProfile',
  'collect',
  'instance',
  'accessToken',
  'maxPagesPerDomain',
] as const;
export type CollectField = (typeof COLLECT_FIELDS)[number];

/** One seed per line: trimmed, blank lines ignored, repeats dropped (first one kept). */
export function parseSeeds(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const seed = line.trim();
    if (seed) {
      seen.add(seed);
    }
  }
  return [...seen];
}

const SEED_NOUN: Record<CollectSource, { one: string; many: string; example: string }> = {
  BLUESKY: { one: 'handle', many: 'handles', example: 'alice.bsky.social' },
  MASTODON: { one: 'account', many: 'accounts', example: '@alice@mastodon.social' },
  CRAWL: { one: 'site', many: 'sites', example: 'example.com' },
};

export function seedNoun(source: CollectSource) {
  return SEED_NOUN[source];
}

export function validateSeeds(text: string, source: CollectSource): string | null {
  const seeds = parseSeeds(text);
  const noun = SEED_NOUN[source];
  if (seeds.length === 0) {
    return `Enter at least one ${noun.one}, one per line (e.g. ${noun.example})`;
  }
  if (seeds.length > MAX_SEEDS) {
    return `Enter at most ${MAX_SEEDS} ${noun.many} (${formatCount(seeds.length)} now)`;
  }
  const spaced = seeds.find((seed) => /\s/.test(seed));
  if (spaced) {
    return `“${clip(spaced)}” contains a space: put one ${noun.one} per line`;
  }
  const long = seeds.find((seed) => seed.length > MAX_SEED_LENGTH);
  if (long) {
    return `“${clip(long)}” is longer than ${MAX_SEED_LENGTH} characters`;
  }
  return null;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** `mastodon.social` → `https://mastodon.social`; a trailing slash is dropped. */
export function normalizeInstance(value: string): string {
  const text = value.trim().replace(/\/+$/, '');
  if (!text) {
    return '';
  }
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

export function validateInstance(value: string): string | null {
  const instance = normalizeInstance(value);
  if (!instance) {
    return 'Enter the Mastodon instance whose API to use, like https://mastodon.social';
  }
  return /^https:\/\/[^\s/?#@]+$/i.test(instance) ? null : 'Enter just the instance’s address, like https://mastodon.social';
}

function integerIn(value: number | string, min: number, max: number, what: string): string | null {
  const number = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isInteger(number)) {
    return `Enter a whole number of ${what}`;
  }
  return number < min || number > max ? `Enter ${formatCount(min)} to ${formatCount(max)}` : null;
}

/** Checks the fields the source uses; returns a message per invalid field (empty when all is well). */
export function validateCollect(values: CollectValues, source: CollectSource): Partial<Record<CollectField, string>> {
  const errors: Partial<Record<CollectField, string>> = {};
  const put = (field: CollectField, message: string | null) => {
    if (message) {
      errors[field] = message;
    }
  };
  put('seeds', validateSeeds(values.seeds, source));
  put('depth', DEPTHS.includes(values.depth as (typeof DEPTHS)[number]) ? null : 'Choose 0 to 3');
  put('maxProfiles', integerIn(values.maxProfiles, 1, MAX_PROFILES_LIMIT, source === 'CRAWL' ? 'sites' : 'profiles'));
  if (source === 'CRAWL') {
    put('maxPagesPerDomain', integerIn(values.maxPagesPerDomain, 1, MAX_PAGES_LIMIT, 'pages'));
  } else {
    put('maxEdgesPerProfile', integerIn(values.maxEdgesPerProfile, 1, MAX_EDGES_LIMIT, 'connections'));
    put('collect', values.collect.length > 0 ? null : 'Choose at least one of followers, following and interactions');
  }
  if (source === 'MASTODON') {
    put('instance', validateInstance(values.instance));
  }
  return errors;
}

/** The request for the API: only the fields the source uses. */
export function collectBody(values: CollectValues, source: CollectSource): StartCollectionBody {
  const body: StartCollectionBody = {
    source,
    seeds: parseSeeds(values.seeds),
    depth: values.depth,
    maxProfiles: Number(values.maxProfiles),
  };
  if (source === 'CRAWL') {
    body.maxPagesPerDomain = Number(values.maxPagesPerDomain);
  } else {
    body.maxEdgesPerProfile = Number(values.maxEdgesPerProfile);
    body.collect = COLLECT_WHAT_OPTIONS.map((option) => option.value).filter((what) => values.collect.includes(what));
  }
  if (source === 'MASTODON') {
    body.instance = normalizeInstance(values.instance);
    const token = values.accessToken.trim();
    if (token) {
      body.accessToken = token;
    }
  }
  return body;
}

/** Where a field error from the API belongs: `seeds[3]` and `seeds[3].<list element>` go under seeds. */
export function collectFieldOf(apiField: string): CollectField | undefined {
  const base = apiField.split(/[.[]/)[0];
  return (COLLECT_FIELDS as readonly string[]).includes(base) ? (base as CollectField) : undefined;
}
