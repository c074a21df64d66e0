import type { RankChange } from '@/types/ranking-models';

export type RankChangeLook = {
  kind: 'UP' | 'DOWN' | 'NEW' | 'SAME';
  /** What to print next to the arrow: "3", "New", or nothing. */
  text: string;
  color: string;
  /** The whole story, for a tooltip and screen readers. */
  description: string;
};

/** How a rank change since the previous run of the same scope is shown; undefined when there was no such run. */
export function rankChangeLook(change: RankChange | null | undefined): RankChangeLook | undefined {
  if (!change) {
    return undefined;
  }
  const places = (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`;
  switch (change.change) {
    case 'UP':
      return {
        kind: 'UP',
        text: String(change.by ?? 0),
        color: 'teal',
        description: `Up ${places(change.by ?? 0)} since the previous run (was #${change.previousRank ?? '?'})`,
      };
    case 'DOWN':
      return {
        kind: 'DOWN',
        text: String(change.by ?? 0),
        color: 'red',
        description: `Down ${places(change.by ?? 0)} since the previous run (was #${change.previousRank ?? '?'})`,
      };
    case 'NEW':
      return { kind: 'NEW', text: 'New', color: 'blue', description: 'Not ranked in the previous run' };
    case 'SAME':
      return { kind: 'SAME', text: '', color: 'gray', description: 'Same rank as in the previous run' };
    default:
      return undefined;
  }
}
