import { Button, Card, Group, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconDownload, IconAffiliate } from '@tabler/icons-react';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import { useNetworkMap } from '../api/get-network-map';
import { networkGexfUrl } from '../api/network-export';
import { formatCount } from '../utils/format';
import { CommunityLegend } from './community-legend';
import { GraphCanvas } from './graph-canvas';

export const MAP_TOP_OPTIONS = [50, 100, 300, 500, 1000] as const;

type NetworkMapPanelProps = {
  runId: string;
  networkId: string;
  top: number;
  onTopChange: (top: number) => void;
  onOpenProfile: (profileId: string) => void;
};

const HEIGHT = 620;

/** The top profiles of a run and the links among them, on a WebGL map; GEXF export of the whole network. */
export function NetworkMapPanel({ runId, networkId, top, onTopChange, onOpenProfile }: NetworkMapPanelProps) {
  const map = useNetworkMap(runId, top);
  const data = map.data;
  return (
    <Stack gap="sm" component="section" aria-label="Network map">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Top profiles by score
          </Text>
          <SegmentedControl
            size="xs"
            aria-label="Top profiles shown"
            value={String(top)}
            onChange={(value) => onTopChange(Number(value))}
            data={MAP_TOP_OPTIONS.map((option) => ({ value: String(option), label: `Top ${formatCount(option)}` }))}
          />
        </Stack>
        <Group gap="sm">
          {data && (
            <Text size="sm" c="dimmed" data-testid="map-counts">
              {formatCount(data.nodes.length)} profiles · {formatCount(data.edges.length)} links · {formatCount(data.communities)} communities
            </Text>
          )}
          <Button component="a" href={networkGexfUrl(networkId)} download variant="default" leftSection={<IconDownload size={16} />}>
            Export GEXF
          </Button>
        </Group>
      </Group>
      <Card padding="sm" radius="md" pos="relative">
        {map.isError ? (
          <QueryError error={map.error} onRetry={() => map.refetch()} />
        ) : !data ? (
          <Skeleton height={HEIGHT} radius="md" />
        ) : data.nodes.length === 0 ? (
          <EmptyState icon={<IconAffiliate size={28} />} title="Nothing to draw" description="This ranking has no profiles." />
        ) : (
          <>
            <GraphCanvas
              view={data}
              height={HEIGHT}
              onNodeClick={onOpenProfile}
              labelAll={data.nodes.length <= 60}
              ariaLabel={`Network map of the top ${data.nodes.length} profiles`}
            />
            <Group justify="space-between" mt="sm" px={4} wrap="wrap" gap="xs">
              <CommunityLegend view={data} />
              <Text size="xs" c="dimmed">
                Size: score · hover a profile to see its neighbours · click to open it
              </Text>
            </Group>
          </>
        )}
      </Card>
    </Stack>
  );
}
