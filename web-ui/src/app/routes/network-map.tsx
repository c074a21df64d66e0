import { Button, Card, Group, Select, Skeleton, Stack } from '@mantine/core';
import { IconAffiliate, IconDatabaseImport } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { MAP_TOP_DEFAULT, MAP_TOP_MAX, MAP_TOP_MIN } from '@/features/rankings/api/get-network-map';
import { useNetworkOptions } from '@/features/rankings/api/get-network-options';
import { useRankingRun } from '@/features/rankings/api/get-ranking-run';
import { useRankingRuns } from '@/features/rankings/api/get-ranking-runs';
import { NetworkMapPanel } from '@/features/rankings/components/network-map-panel';
import { NetworkPicker } from '@/features/rankings/components/network-picker';
import { RunViews } from '@/features/rankings/components/run-views';
import { discoverPath, mapPath, profilePath } from '@/features/rankings/utils/paths';
import { RunPending } from './run-pending';

function parseTop(value: string | null): number {
  const top = Number.parseInt(value ?? '', 10);
  return Number.isFinite(top) && top >= MAP_TOP_MIN && top <= MAP_TOP_MAX ? top : MAP_TOP_DEFAULT;
}

/** Network: the map of a ranking's top profiles. Without a run in the path, the newest ready run of a network. */
export function NetworkMapRoute() {
  const { runId } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const networks = useNetworkOptions();
  const run = useRankingRun(runId);
  const networkId = run.data?.networkId ?? params.get('network') ?? networks.data?.[0]?.id;
  const runs = useRankingRuns(networkId, 0, 50);
  const ready = (runs.data?.runs ?? []).filter((candidate) => candidate.complete);
  const top = parseTop(params.get('top'));

  // No run chosen: open the newest ready one of the network.
  useEffect(() => {
    if (!runId && ready.length > 0) {
      navigate(mapPath(ready[0].id), { replace: true });
    }
  }, [runId, ready, navigate]);

  const pickers = (
    <Group align="flex-end" gap="md">
      {networks.data && networks.data.length > 0 && (
        <NetworkPicker
          networks={networks.data}
          value={networkId ?? null}
          w={280}
          onChange={(id) => navigate(`${mapPath()}?network=${encodeURIComponent(id)}`)}
        />
      )}
      {networkId && (
        <Select
          label="Ranking"
          w={320}
          placeholder={runs.isPending ? 'Loading…' : ready.length ? 'Choose a ranking' : 'No ready ranking'}
          data={ready.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={runId && ready.some((candidate) => candidate.id === runId) ? runId : null}
          onChange={(id) => id && navigate(`${mapPath(id)}${top === MAP_TOP_DEFAULT ? '' : `?top=${top}`}`)}
          allowDeselect={false}
          disabled={ready.length === 0}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </Group>
  );

  let body;
  if (networks.isError) {
    body = <QueryError error={networks.error} onRetry={() => networks.refetch()} />;
  } else if (run.isError) {
    body = <QueryError error={run.error} onRetry={() => run.refetch()} />;
  } else if (networks.isPending || (runId && !run.data)) {
    body = <Skeleton height={620} radius="md" />;
  } else if (!networkId) {
    body = (
      <Card padding="xl" radius="lg">
        <EmptyState
          icon={<IconDatabaseImport size={28} />}
          title="No networks yet"
          description="Import or collect a network under Sources, rank it under Discover, and its map shows here."
          action={
            <Button component={Link} to="/sources" variant="light">
              Go to Sources
            </Button>
          }
        />
      </Card>
    );
  } else if (run.data && !run.data.complete) {
    body = <RunPending run={run.data} />;
  } else if (run.data) {
    body = (
      <NetworkMapPanel
        runId={run.data.id}
        networkId={run.data.networkId}
        top={top}
        onTopChange={(next) =>
          setParams(
            (current) => {
              const updated = new URLSearchParams(current);
              if (next === MAP_TOP_DEFAULT) {
                updated.delete('top');
              } else {
                updated.set('top', String(next));
              }
              return updated;
            },
            { replace: true },
          )
        }
        onOpenProfile={(id) => navigate(profilePath(run.data.id, id))}
      />
    );
  } else if (runs.isPending) {
    body = <Skeleton height={620} radius="md" />;
  } else {
    body = (
      <Card padding="xl" radius="lg">
        <EmptyState
          icon={<IconAffiliate size={28} />}
          title="No ready ranking of this network"
          description="The map draws a ranking: its top profiles, sized by score and coloured by community."
          action={
            <Button component={Link} to={discoverPath(networkId)} variant="light">
              Rank it under Discover
            </Button>
          }
        />
      </Card>
    );
  }

  return (
    <>
      <PageHeader
        title="Network"
        description="The map of a ranking: communities, bridges and who sits at the centre."
        actions={run.data?.complete ? <RunViews runId={run.data.id} active="map" /> : undefined}
      />
      <Stack gap="lg">
        {pickers}
        {body}
      </Stack>
    </>
  );
}
