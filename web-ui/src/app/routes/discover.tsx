import { Button, Card, Group, Skeleton, Stack } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useNetworkOptions } from '@/features/rankings/api/get-network-options';
import { NetworkPicker } from '@/features/rankings/components/network-picker';
import { RunsPanel } from '@/features/rankings/components/runs-panel';
import { runPath } from '@/features/rankings/utils/paths';
import { useUser } from '@/lib/auth';
import { canRank } from './strategist-access';

/** Discover: choose a network, see its ranking runs (live while they compute), start a new one. */
export function DiscoverRoute() {
  const { user } = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const networks = useNetworkOptions();
  const list = networks.data ?? [];
  const wanted = params.get('network');
  const network = list.find((candidate) => candidate.id === wanted) ?? list[0];

  // Remember the network in the URL, so a reload or a shared link shows the same one.
  useEffect(() => {
    if (network && wanted !== network.id) {
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set('network', network.id);
        return next;
      }, { replace: true });
    }
  }, [network, wanted, setParams]);

  return (
    <>
      <PageHeader title="Discover" description="Who matters in a niche, ranked: pick a network and open a ranking." />
      {networks.isError ? (
        <QueryError error={networks.error} onRetry={() => networks.refetch()} />
      ) : networks.isPending ? (
        <Stack gap="md">
          <Skeleton height={56} w={360} radius="md" />
          <Skeleton height={180} radius="md" />
        </Stack>
      ) : !network ? (
        <Card padding="xl" radius="lg">
          <EmptyState
            icon={<IconDatabaseImport size={28} />}
            title="No networks to rank yet"
            description="A network is the graph of a niche: import a file or collect from Bluesky, Mastodon or the web under Sources, then rank it here."
            action={
              <Button component={Link} to="/sources" variant="light">
                Go to Sources
              </Button>
            }
          />
        </Card>
      ) : (
        <Stack gap="xl">
          <Group align="flex-end">
            <NetworkPicker
              networks={list}
              value={network.id}
              w={360}
              onChange={(id) =>
                setParams((current) => {
                  const next = new URLSearchParams(current);
                  next.set('network', id);
                  return next;
                })
              }
            />
          </Group>
          <RunsPanel key={network.id} network={network} canStart={canRank(user)} onStarted={(run) => navigate(runPath(run.id))} />
        </Stack>
      )}
    </>
  );
}
