import { Anchor, Button, Skeleton, Stack } from '@mantine/core';
import { IconListCheck, IconTargetArrow } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useNetworkOption } from '@/features/rankings/api/get-network-option';
import { useRankingRun } from '@/features/rankings/api/get-ranking-run';
import { NewRankingDialog } from '@/features/rankings/components/new-ranking-dialog';
import { RankedProfilesPanel } from '@/features/rankings/components/ranked-profiles-panel';
import { RunStats } from '@/features/rankings/components/run-stats';
import { RunViews } from '@/features/rankings/components/run-views';
import { discoverPath, runPath } from '@/features/rankings/utils/paths';
import { AddToShortlistDialog } from '@/features/shortlists/components/add-to-shortlist-dialog';
import { useUser } from '@/lib/auth';
import { BackLink } from './back-link';
import { RunPending } from './run-pending';
import { canRank } from './strategist-access';

type Picked = { ids: string[]; clear: () => void };

/** One ranking run: its statistics and the ranked table; picked rows go to a shortlist or seed a new ranking. */
export function DiscoverRunRoute() {
  const { runId = '' } = useParams();
  const { user } = useUser();
  const navigate = useNavigate();
  const run = useRankingRun(runId);
  const network = useNetworkOption(run.data?.networkId);
  const [shortlisting, setShortlisting] = useState<Picked | null>(null);
  const [audience, setAudience] = useState<string[] | null>(null);
  const editor = canRank(user);

  if (run.isError) {
    return (
      <>
        <BackLink to={discoverPath()}>Discover</BackLink>
        <PageHeader title="Ranking" />
        <QueryError error={run.error} onRetry={() => run.refetch()} />
      </>
    );
  }
  if (!run.data) {
    return (
      <Stack gap="md" aria-label="Loading the ranking">
        <Skeleton height={40} w={320} />
        <Skeleton height={110} radius="md" />
        <Skeleton height={360} radius="md" />
      </Stack>
    );
  }
  const current = run.data;
  return (
    <>
      <BackLink to={discoverPath(current.networkId)}>{network.data ? `Discover · ${network.data.name}` : 'Discover'}</BackLink>
      <PageHeader
        title={current.name}
        description={
          <>
            A ranking of{' '}
            <Anchor component={Link} to={discoverPath(current.networkId)} size="sm">
              {network.data?.name ?? 'its network'}
            </Anchor>
          </>
        }
        actions={current.complete ? <RunViews runId={current.id} active="table" /> : undefined}
      />
      {!current.complete ? (
        <RunPending run={current} />
      ) : (
        <Stack gap="lg">
          <RunStats run={current} />
          <RankedProfilesPanel
            key={current.id}
            run={current}
            renderSelectionActions={(ids, clear) =>
              editor ? (
                <>
                  <Button size="xs" variant="white" color="indigo" leftSection={<IconTargetArrow size={14} />} onClick={() => setAudience(ids)}>
                    Rank for this audience
                  </Button>
                  <Button size="xs" variant="white" leftSection={<IconListCheck size={14} />} onClick={() => setShortlisting({ ids, clear })}>
                    Add to shortlist
                  </Button>
                </>
              ) : undefined
            }
          />
        </Stack>
      )}
      {editor && (
        <>
          <AddToShortlistDialog
            opened={shortlisting !== null}
            onClose={() => setShortlisting(null)}
            profileIds={shortlisting?.ids ?? []}
            runId={current.id}
            networkId={current.networkId}
            onAdded={() => shortlisting?.clear()}
          />
          <NewRankingDialog
            key={audience?.join('|') ?? 'none'}
            opened={audience !== null}
            onClose={() => setAudience(null)}
            networkId={current.networkId}
            networkName={network.data?.name}
            initialPersonalization={audience ?? undefined}
            onStarted={(started) => navigate(runPath(started.id))}
          />
        </>
      )}
    </>
  );
}
