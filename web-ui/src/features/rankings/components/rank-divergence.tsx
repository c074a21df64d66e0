import { Alert, Card, Text, Title, Tooltip } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import type { ProfileRanks } from '@/types/ranking-models';
import { formatCount, ordinal } from '../utils/format';
import classes from './rankings.module.css';

const ORDERS = [
  { key: 'byFollowers', label: 'By followers', color: 'var(--mantine-color-gray-6)', hint: 'Followers inside the niche' },
  { key: 'byPageRank', label: 'By PageRank', color: 'var(--mantine-color-indigo-6)', hint: 'Attention from well-connected accounts' },
  { key: 'byInteractions', label: 'By interactions', color: 'var(--mantine-color-teal-6)', hint: 'Reposts and mentions received' },
  { key: 'byScore', label: 'By score', color: 'var(--mantine-color-grape-6)', hint: 'The composite score this ranking sorts by' },
] as const;

/** How long a rank's bar is: rank 1 fills it; the scale is logarithmic so the top places stay apart. */
export function rankStrength(rank: number | undefined, size: number): number {
  if (!rank || rank < 1 || size <= 1) {
    return rank === 1 ? 1 : 0;
  }
  return Math.max(0.02, 1 - Math.log(rank) / Math.log(size + 1));
}

/** One sentence on the gap between followers and PageRank, when it is big enough to matter. */
export function divergenceNote(ranks: ProfileRanks, size: number): string | undefined {
  const followers = ranks.byFollowers;
  const pagerank = ranks.byPageRank;
  if (!followers || !pagerank || size < 5) {
    return undefined;
  }
  const ratio = Math.max(followers, pagerank) / Math.min(followers, pagerank);
  if (ratio < 2 || Math.abs(followers - pagerank) < 3) {
    return undefined;
  }
  return pagerank < followers
    ? `PageRank puts it ${ordinal(pagerank)}, far above its ${ordinal(followers)} place by followers: fewer followers, but the well-connected ones.`
    : `It has the followers of a ${ordinal(followers)} place, but PageRank puts it only ${ordinal(pagerank)}: its followers carry little weight in this niche.`;
}

/** Its rank by followers, PageRank, interactions and score side by side, so a divergence shows at a glance. */
export function RankDivergence({ ranks, scopeSize }: { ranks: ProfileRanks; scopeSize: number }) {
  const note = divergenceNote(ranks, scopeSize);
  return (
    <Card padding="lg" radius="md" aria-label="Ranks compared">
      <Title order={4} mb={4}>
        Ranks compared
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        The same profile in four orders of {formatCount(scopeSize)} profiles; longer is higher.
      </Text>
      <div className={classes.rankLadder}>
        {ORDERS.map((order) => {
          const rank = ranks[order.key];
          const strength = rankStrength(rank, scopeSize);
          return (
            <div key={order.key} style={{ display: 'contents' }} data-order={order.key}>
              <Tooltip label={order.hint} openDelay={300}>
                <Text size="sm">{order.label}</Text>
              </Tooltip>
              <div className={`${classes.bar} ${classes.barWide}`} style={{ height: 10 }} aria-hidden="true">
                <span className={classes.barFill} style={{ width: `${strength * 100}%`, '--bar-color': order.color } as CSSProperties} />
              </div>
              <Text size="sm" fw={600} ta="right" aria-label={`${order.label}: ${rank ? ordinal(rank) : 'unranked'}`}>
                {rank ? `#${formatCount(rank)}` : '—'}
              </Text>
            </div>
          );
        })}
      </div>
      {note && (
        <Alert variant="light" color="indigo" icon={<IconBulb size={18} />} mt="md" p="sm">
          <Text size="sm">{note}</Text>
        </Alert>
      )}
    </Card>
  );
}
