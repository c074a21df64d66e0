import {
  Badge,
  Button,
  Card,
  CloseButton,
  Collapse,
  Group,
  LoadingOverlay,
  Pagination,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconDownload, IconFilter, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import type { RankingRun } from '@/types/ranking-models';
import { useRankedProfiles } from '../api/get-ranked-profiles';
import { rankedProfilesCsvUrl } from '../api/ranked-profiles-csv';
import { communityLabel } from '../utils/community-colors';
import { formatCount } from '../utils/format';
import { profilePath } from '../utils/paths';
import { readRunStats, runHasMetric } from '../utils/run-status';
import {
  activeFilterCount,
  OPTIONAL_COLUMNS,
  PAGE_SIZES,
  parseTableView,
  toggleSort,
  withoutFilters,
  withTableView,
  type ColumnKey,
  type TableView,
} from '../utils/table-view';
import { ColumnChooser } from './column-chooser';
import { RankedTable } from './ranked-table';
import classes from './rankings.module.css';
import { TableFilters } from './table-filters';

const SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }));
const KNOWN_PLATFORMS = ['bluesky', 'mastodon', 'web'];

type RankedProfilesPanelProps = {
  run: RankingRun;
  /** What can be done with the picked rows (add to a shortlist, rank for them); `clear` empties the selection. */
  renderSelectionActions?: (profileIds: string[], clear: () => void) => ReactNode;
};

/** The ranked table of a completed run: search, filters, sort, columns and page in the URL; selection; CSV export. */
export function RankedProfilesPanel({ run, renderSelectionActions }: RankedProfilesPanelProps) {
  const [params, setParams] = useSearchParams();
  const view = parseTableView(params);
  const profiles = useRankedProfiles(run.id, view);
  const [search, setSearch] = useState(view.q);
  const [shownQ, setShownQ] = useState(view.q);
  const [filtersOpen, setFiltersOpen] = useState(activeFilterCount(view) > 0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const setView = (changes: Partial<TableView>, options: { replace?: boolean } = {}) =>
    setParams((current) => withTableView(current, { ...parseTableView(current), ...changes }), options);
  const applySearch = useDebouncedCallback((q: string) => setView({ q: q.trim(), page: 1 }, { replace: true }), 300);

  // Back/forward or a pasted link changed the query: show it in the box (but keep what is being typed).
  if (view.q !== shownQ) {
    setShownQ(view.q);
    if (search.trim() !== view.q) {
      setSearch(view.q);
    }
  }

  const page = profiles.data?.page;
  const lastPage = page?.totalPages ?? 0;
  useEffect(() => {
    if (lastPage > 0 && view.page > lastPage) {
      setParams((current) => withTableView(current, { ...parseTableView(current), page: lastPage }), { replace: true });
    }
  }, [lastPage, view.page, setParams]);

  const available = useMemo(
    () =>
      OPTIONAL_COLUMNS.filter((key) =>
        key === 'personalized' || key === 'betweenness' ? runHasMetric(run, key) : key === 'change' ? !!run.previousRunId : true,
      ),
    [run],
  );
  const columns = view.columns.filter((key): key is ColumnKey => available.includes(key));
  const loaded = profiles.data?.profiles;
  const rows = useMemo(() => loaded ?? [], [loaded]);
  const platformSuggestions = useMemo(
    () => [...new Set([...KNOWN_PLATFORMS, ...(run.parameters.platforms ?? []), ...rows.map((row) => row.platform)])].sort(),
    [run.parameters.platforms, rows],
  );
  const communities = readRunStats(run.stats).communities ?? 0;
  const filters = activeFilterCount(view);
  const narrowed = filters > 0 || view.q !== '';

  const toggle = (profileId: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) {
        next.add(profileId);
      } else {
        next.delete(profileId);
      }
      return next;
    });
  const toggleAll = (checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const row of rows) {
        if (checked) {
          next.add(row.profileId);
        } else {
          next.delete(row.profileId);
        }
      }
      return next;
    });
  const clearSelection = () => setSelected(new Set());
  const clearAll = () => {
    setSearch('');
    setParams((current) => withTableView(current, withoutFilters(parseTableView(current))));
  };

  const first = page ? page.number * page.size + 1 : 0;
  const last = page ? page.number * page.size + rows.length : 0;
  const chips = filterChips(view);

  return (
    <Stack gap="md" component="section" aria-label="Ranked table">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap">
          <TextInput
            placeholder="Search by handle or name"
            aria-label="Search profiles"
            leftSection={<IconSearch size={16} />}
            w={280}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
            rightSection={
              search ? (
                <CloseButton
                  size="sm"
                  aria-label="Clear search"
                  onClick={() => {
                    setSearch('');
                    setView({ q: '', page: 1 }, { replace: true });
                  }}
                />
              ) : undefined
            }
          />
          <Button
            variant={filtersOpen ? 'light' : 'default'}
            leftSection={<IconFilter size={16} />}
            rightSection={
              filters > 0 ? (
                <Badge size="sm" circle variant="filled">
                  {filters}
                </Badge>
              ) : undefined
            }
            onClick={() => setFiltersOpen((open) => !open)}
            aria-expanded={filtersOpen}
          >
            Filters
          </Button>
        </Group>
        <Group gap="sm">
          <ColumnChooser columns={columns} available={available} onChange={(next) => setView({ columns: next })} />
          <Button
            component="a"
            href={rankedProfilesCsvUrl(run.id, view)}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Export CSV
          </Button>
        </Group>
      </Group>

      <Collapse expanded={filtersOpen}>
        <Card padding="md" radius="md">
          <TableFilters
            view={view}
            onChange={(changes) => setView(changes, { replace: true })}
            communities={communities}
            platformSuggestions={platformSuggestions}
            onClear={clearAll}
          />
        </Card>
      </Collapse>

      {!filtersOpen && chips.length > 0 && (
        <Group gap={6} aria-label="Active filters">
          {chips.map((chip) => (
            <Badge
              key={chip.key}
              variant="light"
              color="indigo"
              radius="sm"
              size="lg"
              rightSection={
                <CloseButton size="xs" aria-label={`Remove filter ${chip.label}`} onClick={() => setView({ ...chip.clear, page: 1 }, { replace: true })} />
              }
            >
              {chip.label}
            </Badge>
          ))}
        </Group>
      )}

      {profiles.isError ? (
        <QueryError error={profiles.error} onRetry={() => profiles.refetch()} />
      ) : (
        <Card padding={0} radius="md" pos="relative" aria-busy={profiles.isFetching}>
          <LoadingOverlay
            visible={profiles.isFetching && !profiles.isPending}
            overlayProps={{ blur: 0, backgroundOpacity: 0.4 }}
            loaderProps={{ size: 'sm' }}
          />
          {profiles.isPending ? (
            <Stack p="md" gap="sm" aria-label="Loading profiles">
              {Array.from({ length: 8 }, (_, index) => (
                <Skeleton key={index} height={30} radius="sm" />
              ))}
            </Stack>
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconUsersGroup size={28} />}
              title={narrowed ? 'No profiles match' : 'This ranking has no profiles'}
              description={
                narrowed
                  ? 'Loosen the filters or search for another part of the handle or name.'
                  : 'Its scope held no profiles: check the seeds and platforms of the run, or rank the whole network.'
              }
              action={
                narrowed ? (
                  <Button variant="light" onClick={clearAll}>
                    Clear search and filters
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <RankedTable
              profiles={rows}
              columns={columns}
              sort={view.sort}
              onSort={(field) => setView({ sort: toggleSort(view.sort, field), page: 1 })}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              profileHref={(profileId) => profilePath(run.id, profileId)}
            />
          )}
        </Card>
      )}

      {page && page.totalElements > 0 && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed" data-testid="table-range">
            {formatCount(first)}–{formatCount(last)} of {formatCount(page.totalElements)} {page.totalElements === 1 ? 'profile' : 'profiles'}
          </Text>
          <Group gap="sm">
            <Select
              size="xs"
              w={130}
              aria-label="Profiles per page"
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
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              />
            )}
          </Group>
        </Group>
      )}

      {selected.size > 0 && (
        <Group justify="space-between" px="md" py="sm" className={classes.selectionBar} role="region" aria-label="Selection">
          <Group gap="sm">
            <Text size="sm" fw={600}>
              {selected.size} selected
            </Text>
            <Button size="compact-sm" variant="subtle" color="gray.0" onClick={clearSelection}>
              Clear
            </Button>
          </Group>
          <Group gap="sm">{renderSelectionActions?.([...selected], clearSelection)}</Group>
        </Group>
      )}
    </Stack>
  );
}

type FilterChip = { key: string; label: string; clear: Partial<TableView> };

/** The active filters as removable chips, shown while the filter panel is closed. */
export function filterChips(view: TableView): FilterChip[] {
  const chips: FilterChip[] = [];
  if (view.platforms.length) {
    chips.push({ key: 'platform', label: `Platform: ${view.platforms.join(', ')}`, clear: { platforms: [] } });
  }
  if (view.community !== null) {
    chips.push({ key: 'community', label: communityLabel(view.community), clear: { community: null } });
  }
  if (view.minFollowers !== null || view.maxFollowers !== null) {
    const label =
      view.minFollowers !== null && view.maxFollowers !== null
        ? `Followers ${formatCount(view.minFollowers)}–${formatCount(view.maxFollowers)}`
        : view.minFollowers !== null
          ? `Followers ≥ ${formatCount(view.minFollowers)}`
          : `Followers ≤ ${formatCount(view.maxFollowers)}`;
    chips.push({ key: 'followers', label, clear: { minFollowers: null, maxFollowers: null } });
  }
  if (view.flagged !== null) {
    chips.push({ key: 'flagged', label: view.flagged ? 'Flagged' : 'Not flagged', clear: { flagged: null } });
  }
  if (view.hasContact !== null) {
    chips.push({ key: 'contact', label: view.hasContact ? 'Has contact' : 'No contact', clear: { hasContact: null } });
  }
  if (view.shortlisted !== null) {
    chips.push({ key: 'shortlisted', label: view.shortlisted ? 'Shortlisted' : 'Not shortlisted', clear: { shortlisted: null } });
  }
  return chips;
}
