import { Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import type { NetworkSummary } from '@/types/models';
import { formatCount } from '../utils/format';
import { EdgeKindBadges } from './edge-kind-badges';
import classes from './sources.module.css';
import { WritingNow } from './writing-now';

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <div>
      <Text fz={22} fw={650} lh={1.1} className={classes.statValue}>
        {formatCount(value)}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

/** One network in the overview: the whole card opens it. */
export function NetworkCard({ network }: { network: NetworkSummary }) {
  return (
    <Card padding="lg" radius="md" className={classes.networkCard} pos="relative" component="article" aria-label={network.name}>
      <Stack gap="sm" style={{ flex: 1 }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text
            component={Link}
            to={`/sources/networks/${network.id}`}
            fw={650}
            size="lg"
            lineClamp={2}
            className={classes.cardLink}
          >
            {network.name}
          </Text>
          {network.writingJob && (
            <div className={classes.aboveLink}>
              <WritingNow jobId={network.writingJob} />
            </div>
          )}
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2} mih={network.description ? undefined : 0}>
          {network.description || 'No description'}
        </Text>
        <Group gap="xl">
          <Figure value={network.profileCount} label={network.profileCount === 1 ? 'profile' : 'profiles'} />
          <Figure value={network.edgeCount} label={network.edgeCount === 1 ? 'edge' : 'edges'} />
        </Group>
        <EdgeKindBadges network={network} />
      </Stack>
      <Group gap={4} mt="md" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Text size="xs" c="dimmed">
          {network.lastCollectedAt ? 'Last collected' : 'Created'}
        </Text>
        <DateText value={network.lastCollectedAt ?? network.createdAt} size="xs" c="dimmed" />
        {!network.lastCollectedAt && (
          <Text size="xs" c="dimmed">
            · nothing collected yet
          </Text>
        )}
      </Group>
    </Card>
  );
}
