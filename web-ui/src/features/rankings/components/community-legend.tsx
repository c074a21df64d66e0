import { Group, Text } from '@mantine/core';
import type { GraphView } from '@/types/ranking-models';
import { COMMUNITY_PALETTE, communityColor, communityLabel, OTHER_COMMUNITY_COLOR } from '../utils/community-colors';
import { communityCounts } from '../utils/graph-model';
import classes from './rankings.module.css';

/** Which colour is which community, largest first; the small ones share grey. */
export function CommunityLegend({ view }: { view: GraphView }) {
  const counts = communityCounts(view);
  const named = counts.filter((entry) => entry.community >= 0 && entry.community < COMMUNITY_PALETTE.length);
  const rest = counts.filter((entry) => !named.includes(entry)).reduce((sum, entry) => sum + entry.count, 0);
  return (
    <Group gap="md" role="list" aria-label="Communities">
      {named.map((entry) => (
        <Group key={entry.community} gap={6} wrap="nowrap" role="listitem">
          <span className={classes.legendDot} style={{ background: communityColor(entry.community) }} aria-hidden="true" />
          <Text size="xs">
            {communityLabel(entry.community)} <Text span c="dimmed" size="xs">({entry.count})</Text>
          </Text>
        </Group>
      ))}
      {rest > 0 && (
        <Group gap={6} wrap="nowrap" role="listitem">
          <span className={classes.legendDot} style={{ background: OTHER_COMMUNITY_COLOR }} aria-hidden="true" />
          <Text size="xs">
            Smaller communities <Text span c="dimmed" size="xs">({rest})</Text>
          </Text>
        </Group>
      )}
    </Group>
  );
}
