import { Avatar, Checkbox, Group, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { RankedProfile } from '@/types/ranking-models';
import { communityColor, communityLabel } from '../utils/community-colors';
import { formatCount, formatMetric, formatScore } from '../utils/format';
import { METRIC_INFO, type MetricKey } from '../utils/metrics';
import type { ColumnKey, SortField, TableSort } from '../utils/table-view';
import { FlagBadges } from './flag-badges';
import { PercentileBar } from './percentile-bar';
import { RankChangeIndicator } from './rank-change-indicator';
import classes from './rankings.module.css';

type ColumnDefinition = {
  header: string;
  /** The name in the column chooser, when the header is abbreviated. */
  longHeader?: string;
  /** Explains the column on hover. */
  description?: string;
  sortField?: SortField;
  numeric?: boolean;
  render: (profile: RankedProfile) => ReactNode;
};

function metricColumn(key: MetricKey): ColumnDefinition {
  return {
    header: METRIC_INFO[key].short,
    longHeader: METRIC_INFO[key].label,
    description: `${METRIC_INFO[key].label}: ${METRIC_INFO[key].description}`,
    sortField: key,
    numeric: true,
    render: (profile) => (
      <PercentileBar
        value={key === 'followers' ? formatCount(profile.metrics[key]) : formatMetric(profile.metrics[key])}
        percentile={profile.percentiles[key]}
        label={METRIC_INFO[key].label}
      />
    ),
  };
}

/** Every optional column: its header, how it sorts, how a cell shows. */
export const COLUMN_DEFINITIONS: Record<ColumnKey, ColumnDefinition> = {
  score: {
    header: 'Score',
    description: METRIC_INFO.score.description,
    sortField: 'score',
    numeric: true,
    render: (profile) => (
      <PercentileBar
        value={formatScore(profile.score)}
        percentile={profile.score}
        label="Score"
        description={`Score ${formatScore(profile.score)} of 100`}
      />
    ),
  },
  change: {
    header: 'Change',
    longHeader: 'Rank change',
    description: 'Rank change since the previous run of the same scope',
    render: (profile) => <RankChangeIndicator change={profile.rankChange} />,
  },
  followersCount: {
    header: 'Followers',
    description: 'Followers as the platform reports them (else followers inside the niche)',
    sortField: 'followersCount',
    numeric: true,
    render: (profile) =>
      typeof profile.followersCount === 'number' ? (
        <Text size="sm">{formatCount(profile.followersCount)}</Text>
      ) : (
        <Tooltip label="The platform's count is unknown: followers inside the niche" openDelay={300}>
          <Text size="sm" c="dimmed">
            {formatCount(profile.followersInScope)}
          </Text>
        </Tooltip>
      ),
  },
  followers: metricColumn('followers'),
  pagerank: metricColumn('pagerank'),
  personalized: metricColumn('personalized'),
  inDegree: metricColumn('inDegree'),
  interactions: metricColumn('interactions'),
  betweenness: metricColumn('betweenness'),
  harmonic: metricColumn('harmonic'),
  coreness: metricColumn('coreness'),
  clustering: metricColumn('clustering'),
  community: {
    header: 'Community',
    render: (profile) => (
      <Group gap={6} wrap="nowrap">
        <span className={classes.legendDot} style={{ background: communityColor(profile.community) }} aria-hidden="true" />
        <Text size="sm">{communityLabel(profile.community)}</Text>
      </Group>
    ),
  },
  flags: {
    header: 'Flags',
    longHeader: 'Authenticity flags',
    description: 'Authenticity warnings: hover a badge for what it means',
    render: (profile) => <FlagBadges flags={profile.flags} />,
  },
};

function SortableHeader({
  field,
  sort,
  onSort,
  numeric,
  description,
  children,
}: {
  field: SortField;
  sort: TableSort;
  onSort: (field: SortField) => void;
  numeric?: boolean;
  description?: string;
  children: ReactNode;
}) {
  const active = sort.field === field;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  const button = (
    <UnstyledButton onClick={() => onSort(field)} className={classes.sortButton} data-sort-field={field}>
      <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : undefined}>
        <span>{children}</span>
        <Icon size={14} stroke={1.8} className={active ? undefined : classes.sortIdle} />
      </Group>
    </UnstyledButton>
  );
  return (
    <Table.Th
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={numeric ? classes.numeric : undefined}
    >
      {description ? (
        <Tooltip label={description} multiline w={260} openDelay={500} withinPortal>
          {button}
        </Tooltip>
      ) : (
        button
      )}
    </Table.Th>
  );
}

type RankedTableProps = {
  profiles: RankedProfile[];
  columns: ColumnKey[];
  sort: TableSort;
  onSort: (field: SortField) => void;
  selected: ReadonlySet<string>;
  onToggle: (profileId: string, checked: boolean) => void;
  onToggleAll: (checked: boolean) => void;
  profileHref: (profileId: string) => string;
};

function initials(text: string): string {
  return text.replace(/^[^a-z0-9]+/i, '').slice(0, 2).toUpperCase() || '?';
}

/** The ranked profiles of one page: rank, who, and the chosen metric columns with their percentile bars. */
export function RankedTable({ profiles, columns, sort, onSort, selected, onToggle, onToggleAll, profileHref }: RankedTableProps) {
  const allSelected = profiles.length > 0 && profiles.every((profile) => selected.has(profile.profileId));
  const someSelected = profiles.some((profile) => selected.has(profile.profileId));
  return (
    <Table.ScrollContainer minWidth={330 + columns.length * 92}>
      <Table className={classes.table} highlightOnHover verticalSpacing={8} horizontalSpacing="sm" aria-label="Ranked profiles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox
                size="xs"
                aria-label="Select every profile on this page"
                checked={allSelected}
                indeterminate={someSelected && !allSelected}
                onChange={(event) => onToggleAll(event.currentTarget.checked)}
              />
            </Table.Th>
            <SortableHeader field="rank" sort={sort} onSort={onSort}>
              #
            </SortableHeader>
            <SortableHeader field="label" sort={sort} onSort={onSort}>
              Profile
            </SortableHeader>
            {columns.map((key) => {
              const column = COLUMN_DEFINITIONS[key];
              return column.sortField ? (
                <SortableHeader
                  key={key}
                  field={column.sortField}
                  sort={sort}
                  onSort={onSort}
                  numeric={column.numeric}
                  description={column.description}
                >
                  {column.header}
                </SortableHeader>
              ) : (
                <Table.Th key={key} className={column.numeric ? classes.numeric : undefined}>
                  {column.header}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {profiles.map((profile) => {
            const isSelected = selected.has(profile.profileId);
            return (
              <Table.Tr key={profile.profileId} data-selected={isSelected || undefined} data-profile-id={profile.profileId}>
                <Table.Td>
                  <Checkbox
                    size="xs"
                    aria-label={`Select ${profile.label}`}
                    checked={isSelected}
                    onChange={(event) => onToggle(profile.profileId, event.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td className={classes.rankCell} data-testid="rank">
                  {profile.rank}
                </Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar src={profile.avatarUrl} size={30} radius="xl" color="initials" name={profile.label}>
                      {initials(profile.label)}
                    </Avatar>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Link to={profileHref(profile.profileId)} className={classes.profileLink}>
                        {profile.label}
                      </Link>
                      <Text size="xs" c="dimmed" truncate="end" maw={220}>
                        {profile.displayName && profile.displayName !== profile.label ? `${profile.displayName} · ` : ''}
                        {profile.platform}
                      </Text>
                    </Stack>
                  </Group>
                </Table.Td>
                {columns.map((key) => (
                  <Table.Td key={key} className={COLUMN_DEFINITIONS[key].numeric ? classes.numeric : undefined}>
                    {COLUMN_DEFINITIONS[key].render(profile)}
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
