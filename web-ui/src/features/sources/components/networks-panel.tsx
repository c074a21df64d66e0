import {
  Button,
  Card,
  CloseButton,
  Group,
  LoadingOverlay,
  Pagination,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch, IconTopologyStar3 } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import type { NetworkSummary } from '@/types/models';
import { useNetworks } from '../api/get-networks';
import { formatCount } from '../utils/format';
import {
  NETWORK_PAGE_SIZES,
  NETWORK_SORTS,
  parseNetworksView,
  withNetworksView,
  type NetworkSort,
  type NetworksView,
} from '../utils/sources-view';
import { NetworkCard } from './network-card';
import { NetworkFormDialog } from './network-form-dialog';

type NetworksPanelProps = {
  /** Strategists and admins may create networks. */
  canManage: boolean;
  /** Called with a network just created (e.g. to open it). */
  onCreated?: (network: NetworkSummary) => void;
};

const SIZE_OPTIONS = NETWORK_PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }));
const SORT_OPTIONS = NETWORK_SORTS.map((sort) => ({ value: sort.value, label: sort.label }));

/** The networks overview: search, sort and page (all in the URL), a card per network, and "New network". */
export function NetworksPanel({ canManage, onCreated }: NetworksPanelProps) {
  const [params, setParams] = useSearchParams();
  const view = parseNetworksView(params);
  const networks = useNetworks(view);
  const [createOpened, createDialog] = useDisclosure(false);
  const [search, setSearch] = useState(view.q);
  const [shownQ, setShownQ] = useState(view.q);

  const setView = (next: Partial<NetworksView>, options: { replace?: boolean } = {}) =>
    setParams((current) => withNetworksView(current, { ...parseNetworksView(current), ...next }), options);
  const applySearch = useDebouncedCallback((q: string) => setView({ q: q.trim(), page: 1 }, { replace: true }), 300);

  // Back/forward or a pasted link changed the query: show it in the box (but keep what is being typed).
  if (view.q !== shownQ) {
    setShownQ(view.q);
    if (search.trim() !== view.q) {
      setSearch(view.q);
    }
  }

  const page = networks.data?.page;
  const lastPage = page?.totalPages ?? 0;
  useEffect(() => {
    if (lastPage > 0 && view.page > lastPage) {
      setParams((current) => withNetworksView(current, { ...parseNetworksView(current), page: lastPage }), { replace: true });
    }
  }, [lastPage, view.page, setParams]);

  const clearSearch = () => {
    setSearch('');
    applySearch.cancel?.();
    setView({ q: '', page: 1 }, { replace: true });
  };

  const rows = networks.data?.networks ?? [];
  const first = page ? page.number * page.size + 1 : 0;
  const last = page ? page.number * page.size + rows.length : 0;
  const nothingYet = !view.q && rows.length === 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <TextInput
            placeholder="Search networks by name"
            aria-label="Search networks"
            leftSection={<IconSearch size={16} />}
            rightSection={search ? <CloseButton size="sm" aria-label="Clear search" onClick={clearSearch} /> : null}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            w={{ base: '100%', xs: 300 }}
          />
          <Select
            aria-label="Sort networks"
            data={SORT_OPTIONS}
            value={view.sort}
            allowDeselect={false}
            w={190}
            onChange={(value) => value && setView({ sort: value as NetworkSort, page: 1 })}
          />
        </Group>
        {canManage && (
          <Button leftSection={<IconPlus size={18} />} onClick={createDialog.open}>
            New network
          </Button>
        )}
      </Group>

      {networks.isError ? (
        <QueryError error={networks.error} onRetry={() => networks.refetch()} />
      ) : networks.isPending ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-label="Loading networks">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={196} radius="md" />
          ))}
        </SimpleGrid>
      ) : rows.length === 0 ? (
        <Card padding="xl" radius="md">
          <EmptyState
            icon={<IconTopologyStar3 size={28} />}
            title={nothingYet ? 'No networks yet' : `No networks match “${view.q}”`}
            description={
              nothingYet
                ? canManage
                  ? 'A network is the graph of one niche: who follows, reposts, mentions or links to whom. Create one, then import a file (CSV, GraphML, GEXF) or collect from Bluesky, Mastodon or the web.'
                  : 'A network is the graph of one niche. Strategists and admins create them and fill them from files, Bluesky, Mastodon or the web; they will show up here.'
                : 'Check the spelling, or search by another part of the name.'
            }
            action={
              nothingYet ? (
                canManage && (
                  <Button leftSection={<IconPlus size={18} />} onClick={createDialog.open} mt="xs">
                    Create the first network
                  </Button>
                )
              ) : (
                <Button variant="light" onClick={clearSearch}>
                  Clear search
                </Button>
              )
            }
          />
        </Card>
      ) : (
        <div style={{ position: 'relative' }}>
          <LoadingOverlay
            visible={networks.isPlaceholderData}
            overlayProps={{ blur: 0, backgroundOpacity: 0.4 }}
            loaderProps={{ size: 'sm' }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" role="list" aria-label="Networks">
            {rows.map((network) => (
              <div key={network.id} role="listitem" style={{ display: 'grid' }}>
                <NetworkCard network={network} />
              </div>
            ))}
          </SimpleGrid>
        </div>
      )}

      {page && page.totalElements > 0 && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {formatCount(first)}–{formatCount(last)} of {formatCount(page.totalElements)}{' '}
            {page.totalElements === 1 ? 'network' : 'networks'}
          </Text>
          <Group gap="sm">
            <Select
              size="xs"
              w={130}
              aria-label="Networks per page"
              data={SIZE_OPTIONS}
              value={String(view.size)}
              allowDeselect={false}
              onChange={(value) => value && setView({ size: Number(value), page: 1 })}
            />
            {page.totalPages > 1 && (
              <Pagination
                size="sm"
                total={page.totalPages}
                value={Math.min(view.page, page.totalPages)}
                onChange={(next) => setView({ page: next })}
                getControlProps={(item) => ({ 'aria-label': `${item} page of networks` })}
              />
            )}
          </Group>
        </Group>
      )}

      <NetworkFormDialog opened={createOpened} onClose={createDialog.close} onSaved={onCreated} />
    </Stack>
  );
}
