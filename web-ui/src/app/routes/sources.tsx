import { Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { JobsPanel } from '@/features/sources/components/jobs-panel';
import { NetworksPanel } from '@/features/sources/components/networks-panel';
import { hasAnyRole, useUser } from '@/lib/auth';
import { SOURCE_MANAGERS } from './source-roles';

/** Sources: the networks (named graphs of a niche) and every import and collection job, live. */
export function SourcesRoute() {
  const { user } = useUser();
  const navigate = useNavigate();
  const canManage = hasAnyRole(user, SOURCE_MANAGERS);
  return (
    <>
      <PageHeader
        title="Sources"
        description="The graphs of your niches: import files, collect from Bluesky, Mastodon and the web, and follow the jobs."
      />
      <Stack gap={40}>
        <NetworksPanel canManage={canManage} onCreated={(network) => navigate(`/sources/networks/${network.id}`)} />
        <JobsPanel
          canControl={canManage}
          title="Jobs"
          emptyHint={
            canManage
              ? 'Open a network to import a file or start a collection; its progress shows up here.'
              : 'Imports and collections started by strategists and admins show up here.'
          }
        />
      </Stack>
    </>
  );
}
