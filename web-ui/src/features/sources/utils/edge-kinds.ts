import type { NetworkSummary } from '@/types/models';

/** Edge kinds as `edgeCounts` names them, each with one colour used by every badge and bar. */
export const EDGE_KIND_LOOK = [
  { key: 'follows', label: 'Follows', one: 'follow', many: 'follows', color: 'indigo' },
  { key: 'reposts', label: 'Reposts', one: 'repost', many: 'reposts', color: 'cyan' },
  { key: 'mentions', label: 'Mentions', one: 'mention', many: 'mentions', color: 'orange' },
  { key: 'links', label: 'Links', one: 'link', many: 'links', color: 'grape' },
] as const;

export type EdgeKindCount = (typeof EDGE_KIND_LOOK)[number] & { count: number };

/** Every kind with its count (0 when the network has none). */
export function edgeKindCounts(network: Pick<NetworkSummary, 'edgeCounts'>): EdgeKindCount[] {
  return EDGE_KIND_LOOK.map((kind) => {
    const count = network.edgeCounts?.[kind.key];
    return { ...kind, count: typeof count === 'number' ? count : 0 };
  });
}
