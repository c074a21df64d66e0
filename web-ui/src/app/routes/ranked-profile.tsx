import { Button, Card, Grid, Skeleton, Stack } from '@mantine/core';
import { IconListCheck, IconUserQuestion } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import { useRankedProfile } from '@/features/rankings/api/get-ranked-profile';
import { useRankingRun } from '@/features/rankings/api/get-ranking-run';
import { AudienceBars } from '@/features/rankings/components/audience-bars';
import { EgoNetwork } from '@/features/rankings/components/ego-network';
import { FlagExplanations } from '@/features/rankings/components/flag-explanations';
import { InLinksTable } from '@/features/rankings/components/in-links-table';
import { OverlapPanel } from '@/features/rankings/components/overlap-panel';
import { ProfileIdentity } from '@/features/rankings/components/profile-identity';
import { ProfileMetrics } from '@/features/rankings/components/profile-metrics';
import { RankDivergence } from '@/features/rankings/components/rank-divergence';
import { RankHistoryChart } from '@/features/rankings/components/rank-history-chart';
import { profilePath, runPath } from '@/features/rankings/utils/paths';
import { useShortlist } from '@/features/shortlists/api/get-shortlist';
import { AddToShortlistDialog } from '@/features/shortlists/components/add-to-shortlist-dialog';
import { ShortlistMemberships } from '@/features/shortlists/components/shortlist-memberships';
import { ShortlistPicker } from '@/features/shortlists/components/shortlist-picker';
import { isApiError } from '@/lib/api-error';
import { useUser } from '@/lib/auth';
import { BackLink } from './back-link';
import { canRank } from './strategist-access';

/** One ranked profile: who it is, why it ranks where it does, its neighbourhood, history and audience overlap. */
export function RankedProfileRoute() {
  const { runId = '', profileId = '' } = useParams();
  const { user } = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const run = useRankingRun(runId);
  const details = useRankedProfile(runId, profileId);
  const [adding, setAdding] = useState(false);
  const overlapListId = params.get('overlap');
  const overlapList = useShortlist(overlapListId);
  const editor = canRank(user);
  const back = <BackLink to={runPath(runId)}>{run.data ? run.data.name : 'Ranking'}</BackLink>;
  const href = (id: string) => profilePath(runId, id);

  if (details.isError) {
    const notInRun = isApiError(details.error) && details.error.is('profile-not-in-run');
    const notReady = isApiError(details.error) && details.error.is('ranking-run-not-complete');
    return (
      <>
        {back}
        {notInRun || notReady ? (
          <Card padding="xl" radius="lg" mt="md">
            <EmptyState
              icon={<IconUserQuestion size={28} />}
              color="gray"
              title={notInRun ? 'Not in this ranking' : 'This ranking is not ready yet'}
              description={
                notInRun
                  ? `${profileId} is outside this run’s scope (its seeds, hops or platforms leave it out).`
                  : 'It is still computing; the profile can be opened once it is done.'
              }
              action={
                <Button component={Link} to={runPath(runId)} variant="light">
                  Back to the ranking
                </Button>
              }
            />
          </Card>
        ) : (
          <QueryError error={details.error} onRetry={() => details.refetch()} />
        )}
      </>
    );
  }
  if (!details.data) {
    return (
      <Stack gap="md" aria-label="Loading the profile">
        <Skeleton height={16} w={160} />
        <Skeleton height={200} radius="md" />
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton height={260} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Skeleton height={260} radius="md" />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }
  const profile = details.data;
  const others = (overlapList.data?.items ?? []).map((item) => item.profileId).filter((id) => id !== profileId);

  return (
    <>
      {back}
      <Stack gap="lg">
        <ProfileIdentity
          details={profile}
          actions={
            editor ? (
              <Button size="xs" variant="light" leftSection={<IconListCheck size={14} />} onClick={() => setAdding(true)}>
                Add to shortlist
              </Button>
            ) : undefined
          }
        />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack gap="lg" h="100%">
              <RankDivergence ranks={profile.ranks} scopeSize={profile.scopeSize ?? run.data?.profileCount ?? 0} />
              <FlagExplanations explanations={profile.flagExplanations} />
              <ShortlistMemberships profileId={profileId} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ProfileMetrics summary={profile.summary} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <InLinksTable links={profile.strongestInLinks} profileHref={href} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <AudienceBars audience={profile.audience} />
              <RankHistoryChart history={profile.history} currentRunId={runId} />
            </Stack>
          </Grid.Col>
        </Grid>
        <EgoNetwork runId={runId} profileId={profileId} onOpenProfile={(id) => navigate(href(id))} />
        <OverlapPanel
          runId={runId}
          profileId={profileId}
          others={others}
          profileHref={href}
          picker={
            <ShortlistPicker
              aria-label="Shortlist to compare with"
              w={280}
              networkId={run.data?.networkId}
              value={overlapListId}
              onChange={(id) =>
                setParams(
                  (current) => {
                    const next = new URLSearchParams(current);
                    if (id) {
                      next.set('overlap', id);
                    } else {
                      next.delete('overlap');
                    }
                    return next;
                  },
                  { replace: true },
                )
              }
            />
          }
        />
      </Stack>
      {editor && (
        <AddToShortlistDialog
          opened={adding}
          onClose={() => setAdding(false)}
          profileIds={[profileId]}
          runId={runId}
          networkId={run.data?.networkId}
        />
      )}
    </>
  );
}
