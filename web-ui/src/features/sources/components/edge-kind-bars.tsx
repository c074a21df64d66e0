import { Group, Stack, Text } from '@mantine/core';
import type { NetworkSummary } from '@/types/models';
import { edgeKindCounts } from '../utils/edge-kinds';
import { formatCount } from '../utils/format';
import classes from './sources.module.css';

/** A small horizontal bar chart of the network's edges by kind, scaled to the largest kind. */
export function EdgeKindBars({ network }: { network: Pick<NetworkSummary, 'edgeCounts' | 'edgeCount'> }) {
  const kinds = edgeKindCounts(network);
  const max = Math.max(1, ...kinds.map((kind) => kind.count));
  const total = network.edgeCount || kinds.reduce((sum, kind) => sum + kind.count, 0);
  return (
    <Stack gap="sm" role="list" aria-label="Edges by kind">
      {kinds.map((kind) => {
        const share = total > 0 ? Math.round((kind.count * 100) / total) : 0;
        return (
          <div key={kind.key} role="listitem" aria-label={`${kind.label}: ${formatCount(kind.count)}`}>
            <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
              <Text size="sm" fw={500}>
                {kind.label}
              </Text>
              <Text size="sm" className={classes.numeric}>
                <b>{formatCount(kind.count)}</b>
                {total > 0 && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {share}%
                  </Text>
                )}
              </Text>
            </Group>
            <div className={classes.kindBarTrack} aria-hidden="true">
              <div
                className={classes.kindBar}
                style={{ width: `${(kind.count * 100) / max}%`, background: `var(--mantine-color-${kind.color}-5)` }}
              />
            </div>
          </div>
        );
      })}
    </Stack>
  );
}
