import { useNavigate } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { useNetworkOptions } from '@/features/rankings/api/get-network-options';
import { ShortlistsPanel } from '@/features/shortlists/components/shortlists-panel';
import { shortlistPath } from '@/features/shortlists/utils/paths';
import { useUser } from '@/lib/auth';
import { canRank } from './strategist-access';

/** Shortlists: the profiles strategists mean to pitch, gathered with notes. */
export function ShortlistsRoute() {
  const { user } = useUser();
  const navigate = useNavigate();
  const networks = useNetworkOptions();
  const names = new Map((networks.data ?? []).map((network) => [network.id, network.name]));
  return (
    <>
      <PageHeader title="Shortlists" description="The profiles you mean to pitch, with a note on each." />
      <ShortlistsPanel
        canEdit={canRank(user)}
        networkName={(id) => (id ? names.get(id) : undefined)}
        onCreated={(shortlist) => navigate(shortlistPath(shortlist.id))}
      />
    </>
  );
}
