import { Badge, Group, Text } from '@mantine/core';
import type { NetworkSummary } from '@/types/models';
import { edgeKindCounts } from '../utils/edge-kinds';
import { pluralize } from '../utils/format';

/** The network's edges by kind as small badges; kinds it has none of are left out. */
export function EdgeKindBadges({ network }: { network: Pick<NetworkSummary, 'edgeCounts'> }) {
  const kinds = edgeKindCounts(network).filter((kind) => kind.count > 0);
  if (kinds.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        No edges yet
      </Text>
    );
  }
  return (
    <Group gap={6}>
      {kinds.map((kind) => (
        <Badge key={kind.key} variant="light" color={kind.color} radius="sm" size="sm" fw={600}>
          {pluralize(kind.count, kind.one, kind.many)}
        </Badge>
      ))}
    </Group>
  );
}
