import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAffiliate, IconClock, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DateText } from '@/components/ui/date-text';
import type { NetworkSummary } from '@/types/models';
import { formatCount } from '../utils/format';
import { EdgeKindBars } from './edge-kind-bars';
import classes from './sources.module.css';
import { WritingNow } from './writing-now';

function Stat({ icon, label, children, color }: { icon: ReactNode; label: string; children: ReactNode; color?: string }) {
  return (
    <Card padding="md" radius="md">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size={40} radius="md" color={color}>
          {icon}
        </ThemeIcon>
        <Stack gap={2} miw={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
            {label}
          </Text>
          {children}
        </Stack>
      </Group>
    </Card>
  );
}

/** The network's numbers: profiles, edges, last collection, and its edges by kind as a small bar chart. */
export function NetworkOverview({ network }: { network: NetworkSummary }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Stack gap="md">
        <Stat icon={<IconUsersGroup size={22} />} label="Profiles">
          <Text fz={26} fw={650} lh={1.15} className={classes.statValue} data-testid="network-profile-count">
            {formatCount(network.profileCount)}
          </Text>
        </Stat>
        <Stat icon={<IconAffiliate size={22} />} label="Edges" color="grape">
          <Text fz={26} fw={650} lh={1.15} className={classes.statValue} data-testid="network-edge-count">
            {formatCount(network.edgeCount)}
          </Text>
        </Stat>
        <Stat icon={<IconClock size={22} />} label="Last collected" color="gray">
          <DateText value={network.lastCollectedAt} format="datetime" fallback="Not yet" fw={600} size="md" />
          {network.writingJob && <WritingNow jobId={network.writingJob} />}
        </Stat>
      </Stack>
      <Card padding="lg" radius="md" style={{ gridColumn: 'span 2' }} className="edge-kinds-card">
        <Title order={4} fz="md" mb={4}>
          Edges by kind
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {network.edgeCount > 0
            ? 'Who follows, reposts, mentions or links to whom.'
            : 'No edges yet. Import a file or start a collection below to fill the network.'}
        </Text>
        <EdgeKindBars network={network} />
      </Card>
    </SimpleGrid>
  );
}
