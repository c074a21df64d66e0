import type { StartRankingBody } from '@/types/ranking-models';
import {
  DEFAULT_EDGE_WEIGHTS,
  DEFAULT_SCORE_WEIGHTS,
  EDGE_WEIGHT_KEYS,
  SCORE_WEIGHT_KEYS,
  type EdgeWeightKey,
  type ScoreWeightKey,
} from './metrics';

export const DIRECTIONS = ['BOTH', 'IN', 'OUT'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const BETWEENNESS_MODES = ['AUTO', 'EXACT', 'SAMPLED', 'OFF'] as const;
export type BetweennessMode = (typeof BETWEENNESS_MODES)[number];

export const EDGE_WEIGHT_MAX = 5;
export const NAME_MAX = 120;
export const SEEDS_MAX = 1000;
export const PERSONALIZATION_MAX = 10_000;
export const PLATFORMS_MAX = 20;

/** What the New ranking dialog edits; ids are typed one per line. */
export type NewRankingValues = {
  name: string;
  edgeWeights: Record<EdgeWeightKey, number | string>;
  seeds: string;
  hops: string;
  direction: Direction;
  platforms: string[];
  personalization: string;
  scoreWeights: Record<ScoreWeightKey, number | string>;
  betweenness: BetweennessMode;
  betweennessSamples: number | string;
};

export function newRankingDefaults(overrides: Partial<NewRankingValues> = {}): NewRankingValues {
  return {
    name: '',
    edgeWeights: { ...DEFAULT_EDGE_WEIGHTS },
    seeds: '',
    hops: '1',
    direction: 'BOTH',
    platforms: [],
    personalization: '',
    scoreWeights: { ...DEFAULT_SCORE_WEIGHTS },
    betweenness: 'AUTO',
    betweennessSamples: 256,
    ...overrides,
  };
}

const PROFILE_ID = /^[a-z0-9][a-z0-9-]{0,19}:.+$/;
const PLATFORM = /^[a-z0-9][a-z0-9-]{0,19}$/;

/** The ids of a "one per line" box: trimmed, blank lines and repeats dropped (commas also separate). */
export function parseIds(text: string): string[] {
  return [...new Set(text.split(/[\n,]+/).map((line) => line.trim()).filter(Boolean))];
}

function toNumber(value: number | string): number {
  return typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
}

function checkIds(text: string, max: number, what: string): string | null {
  const ids = parseIds(text);
  if (ids.length > max) {
    return `Use at most ${max.toLocaleString('en-GB')} ${what}`;
  }
  const bad = ids.filter((id) => !PROFILE_ID.test(id));
  if (bad.length > 0) {
    return `Not a profile id (platform:handle, e.g. bluesky:maya.knits): ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ', …' : ''}`;
  }
  return null;
}

export type NewRankingErrors = Partial<Record<string, string>>;

/** Every problem of the form, keyed by the form's field paths (e.g. `edgeWeights.follows`); empty when it is valid. */
export function validateNewRanking(values: NewRankingValues): NewRankingErrors {
  const errors: NewRankingErrors = {};
  if (values.name.trim().length > NAME_MAX) {
    errors.name = `Use at most ${NAME_MAX} characters`;
  }
  let anyEdge = false;
  for (const kind of EDGE_WEIGHT_KEYS) {
    const weight = toNumber(values.edgeWeights[kind]);
    if (!Number.isFinite(weight) || weight < 0 || weight > EDGE_WEIGHT_MAX) {
      errors[`edgeWeights.${kind}`] = `From 0 to ${EDGE_WEIGHT_MAX}`;
    } else if (weight > 0) {
      anyEdge = true;
    }
  }
  if (!anyEdge && !EDGE_WEIGHT_KEYS.some((kind) => errors[`edgeWeights.${kind}`])) {
    errors.edgeWeights = 'Give at least one kind of edge a weight above 0';
  }
  const seeds = checkIds(values.seeds, SEEDS_MAX, 'seeds');
  if (seeds) {
    errors.seeds = seeds;
  }
  const hops = Number(values.hops);
  if (parseIds(values.seeds).length > 0 && !(Number.isInteger(hops) && hops >= 1 && hops <= 3)) {
    errors.hops = 'From 1 to 3 hops';
  }
  const personalization = checkIds(values.personalization, PERSONALIZATION_MAX, 'profiles');
  if (personalization) {
    errors.personalization = personalization;
  }
  if (values.platforms.length > PLATFORMS_MAX) {
    errors.platforms = `Use at most ${PLATFORMS_MAX} platforms`;
  } else {
    const bad = values.platforms.filter((platform) => !PLATFORM.test(platform));
    if (bad.length) {
      errors.platforms = `Not a platform: ${bad.join(', ')} (lower-case letters, digits and dashes)`;
    }
  }
  let anyScore = false;
  for (const metric of SCORE_WEIGHT_KEYS) {
    const weight = toNumber(values.scoreWeights[metric]);
    if (!Number.isFinite(weight) || weight < 0 || weight > 1) {
      errors[`scoreWeights.${metric}`] = 'From 0 to 1';
    } else if (weight > 0) {
      anyScore = true;
    }
  }
  if (!anyScore && !SCORE_WEIGHT_KEYS.some((metric) => errors[`scoreWeights.${metric}`])) {
    errors.scoreWeights = 'Give at least one metric a weight above 0';
  }
  if (values.betweenness === 'SAMPLED') {
    const samples = toNumber(values.betweennessSamples);
    if (!Number.isInteger(samples) || samples < 8 || samples > 100_000) {
      errors.betweennessSamples = 'From 8 to 100,000 sources';
    }
  }
  return errors;
}

/** The request body for valid values: explicit weights, the scope only when seeds are given, lists only when not empty. */
export function toStartRankingBody(values: NewRankingValues): StartRankingBody {
  const seeds = parseIds(values.seeds);
  const personalization = parseIds(values.personalization);
  const edgeWeights = Object.fromEntries(EDGE_WEIGHT_KEYS.map((kind) => [kind, toNumber(values.edgeWeights[kind])]));
  const scoreWeights = Object.fromEntries(SCORE_WEIGHT_KEYS.map((metric) => [metric, toNumber(values.scoreWeights[metric])]));
  return {
    ...(values.name.trim() ? { name: values.name.trim() } : {}),
    edgeWeights,
    ...(seeds.length ? { seeds, hops: Number(values.hops), direction: values.direction } : {}),
    ...(values.platforms.length ? { platforms: values.platforms } : {}),
    ...(personalization.length ? { personalization } : {}),
    scoreWeights,
    betweenness: values.betweenness,
    ...(values.betweenness === 'SAMPLED' ? { betweennessSamples: toNumber(values.betweennessSamples) } : {}),
  };
}

/**
 * Where a server-side field error belongs in the form: `edgeWeights[reposts]` → `edgeWeights.reposts`, `seeds[3]` →
 * `seeds`; undefined for a field the form does not have.
 */
export function formFieldOf(serverField: string): string | undefined {
  const match = /^([A-Za-z]+)(?:\[([^\]]*)\]|\.([A-Za-z]+))?/.exec(serverField);
  if (!match) {
    return undefined;
  }
  const [, root, bracket, dotted] = match;
  const key = bracket ?? dotted;
  switch (root) {
    case 'edgeWeights':
      return key && (EDGE_WEIGHT_KEYS as readonly string[]).includes(key) ? `edgeWeights.${key}` : 'edgeWeights';
    case 'scoreWeights':
      return key && (SCORE_WEIGHT_KEYS as readonly string[]).includes(key) ? `scoreWeights.${key}` : 'scoreWeights';
    case 'name':
    case 'seeds':
    case 'hops':
    case 'direction':
    case 'platforms':
    case 'personalization':
    case 'betweenness':
    case 'betweennessSamples':
      return root;
    default:
      return undefined;
  }
}

/**
 * The ids an `invalid-ranking-scope` problem names ("These profiles are not in the network: a, b, …"), and the field
 * they were typed in.
 */
export function unknownProfilesField(detail: string | undefined, values: NewRankingValues): 'seeds' | 'personalization' {
  const named = (detail ?? '').split(':').slice(1).join(':').split(',').map((id) => id.trim()).filter((id) => id && id !== '…');
  const seeds = new Set(parseIds(values.seeds));
  return named.some((id) => seeds.has(id)) || (named.length === 0 && seeds.size > 0) ? 'seeds' : 'personalization';
}
