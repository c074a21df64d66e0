import type { RankingParameters } from '@/types/ranking-models';
import { EDGE_KIND_LABELS } from './metrics';

const DIRECTION_WORDS: Record<string, string> = { BOTH: 'both ways', IN: 'inbound', OUT: 'outbound' };

/** One line saying what a run ranked: "Whole network · follows 1, reposts 0.5 · personalised to 3 profiles". */
export function describeScope(parameters: RankingParameters | undefined): string[] {
  if (!parameters) {
    return [];
  }
  const parts: string[] = [];
  const seeds = parameters.seeds ?? [];
  parts.push(
    seeds.length
      ? `${seeds.length} ${seeds.length === 1 ? 'seed' : 'seeds'}, ${parameters.hops ?? 1} ${parameters.hops === 1 ? 'hop' : 'hops'} ${DIRECTION_WORDS[parameters.direction ?? 'BOTH'] ?? ''}`.trim()
      : 'Whole network',
  );
  if (parameters.platforms?.length) {
    parts.push(parameters.platforms.join(', '));
  }
  const personalization = parameters.personalization ?? [];
  if (personalization.length) {
    parts.push(`personalised to ${personalization.length} ${personalization.length === 1 ? 'profile' : 'profiles'}`);
  }
  return parts;
}

/** The edge-kind mix, e.g. "Follows 1 · Reposts 0.5 · Mentions 0.5 · Links 1" (kinds left out say so). */
export function describeEdgeWeights(parameters: RankingParameters | undefined): string {
  const weights = parameters?.edgeWeights ?? {};
  return Object.keys(EDGE_KIND_LABELS)
    .map((kind) => `${EDGE_KIND_LABELS[kind]} ${weights[kind] ?? 0}`)
    .join(' · ');
}
