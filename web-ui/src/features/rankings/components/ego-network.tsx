import { Card, Group, Skeleton, Text, Title } from '@mantine/core';
import { QueryError } from '@/components/ui/query-error';
import { useEgoNetwork } from '../api/get-ego-network';
import { formatCount } from '../utils/format';
import { CommunityLegend } from './community-legend';
import { GraphCanvas } from './graph-canvas';

type EgoNetworkProps = { runId: string; profileId: string; onOpenProfile: (profileId: string) => void };

const HEIGHT = 420;

/** The profile among its strongest neighbours: who it is linked to, and how they link to each other. */
export function EgoNetwork({ runId, profileId, onOpenProfile }: EgoNetworkProps) {
  const ego = useEgoNetwork(runId, profileId);
  return (
    <Card padding="lg" radius="md" aria-label="Ego network">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={4} mb={4}>
            Ego network
          </Title>
          <Text size="sm" c="dimmed">
            Its strongest neighbours, coloured by community and sized by score. Click one to open it; scroll to zoom.
          </Text>
        </div>
        {ego.data && (
          <Text size="xs" c="dimmed">
            {formatCount(ego.data.nodes.length - 1)} neighbours · {formatCount(ego.data.edges.length)} links
          </Text>
        )}
      </Group>
      {ego.isError ? (
        <QueryError error={ego.error} onRetry={() => ego.refetch()} />
      ) : ego.isPending ? (
        <Skeleton height={HEIGHT} radius="md" />
      ) : ego.data.nodes.length <= 1 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          It has no neighbours inside this ranking’s scope.
        </Text>
      ) : (
        <>
          <GraphCanvas
            view={ego.data}
            centerId={profileId}
            height={HEIGHT}
            labelAll
            arrows
            onNodeClick={(id) => id !== profileId && onOpenProfile(id)}
            ariaLabel={`Ego network: ${ego.data.nodes.length - 1} neighbours`}
          />
          <Group mt="sm">
            <CommunityLegend view={ego.data} />
          </Group>
        </>
      )}
    </Card>
  );
}
