import { Anchor, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useNetworkOption } from '@/features/rankings/api/get-network-option';
import { useRankingRuns } from '@/features/rankings/api/get-ranking-runs';
import { discoverPath, profilePath } from '@/features/rankings/utils/paths';
import { useShortlist } from '@/features/shortlists/api/get-shortlist';
import { ShortlistActions } from '@/features/shortlists/components/shortlist-actions';
import { ShortlistItemsPanel } from '@/features/shortlists/components/shortlist-items-panel';
import { shortlistsPath } from '@/features/shortlists/utils/paths';
import { useUser } from '@/lib/auth';
import { BackLink } from './back-link';
import { canRank } from './strategist-access';

/** One shortlist: its profiles with notes (editable in place), linked to their profile pages. */
export function ShortlistRoute() {
  const { shortlistId = '' } = useParams();
  const { user } = useUser();
  const navigate = useNavigate();
  const shortlist = useShortlist(shortlistId);
  const networkId = shortlist.data?.networkId;
  const network = useNetworkOption(networkId);
  const runs = useRankingRuns(networkId, 0, 20);
  // Profiles open in the run they were added from, else in the newest ready run of the list's network.
  const latestRun = runs.data?.runs.find((run) => run.complete);
  const editor = canRank(user);

  if (shortlist.isError) {
    return (
      <>
        <BackLink to={shortlistsPath()}>Shortlists</BackLink>
        <PageHeader title="Shortlist" />
        <QueryError error={shortlist.error} onRetry={() => shortlist.refetch()} />
      </>
    );
  }
  if (!shortlist.data) {
    return (
      <Stack gap="md" aria-label="Loading the shortlist">
        <Skeleton height={40} w={320} />
        <Skeleton height={300} radius="md" />
      </Stack>
    );
  }
  const list = shortlist.data;
  return (
    <>
      <BackLink to={shortlistsPath()}>Shortlists</BackLink>
      <PageHeader
        title={list.name}
        description={
          <>
            {list.description || 'No description.'}
            {network.data && (
              <Text span size="sm" c="dimmed">
                {' '}
                · Profiles from{' '}
                <Anchor component={Link} to={discoverPath(network.data.id)} size="sm">
                  {network.data.name}
                </Anchor>
              </Text>
            )}
          </>
        }
        actions={editor ? <ShortlistActions shortlist={list} onDeleted={() => navigate(shortlistsPath(), { replace: true })} /> : undefined}
      />
      <ShortlistItemsPanel
        shortlist={list}
        canEdit={editor}
        discoverHref={discoverPath(networkId)}
        profileHref={(item) => {
          const runId = item.runId ?? latestRun?.id;
          return runId ? profilePath(runId, item.profileId) : undefined;
        }}
      />
    </>
  );
}
