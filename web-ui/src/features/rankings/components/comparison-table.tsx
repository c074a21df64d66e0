import { Card, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ComparisonRow } from '@/types/ranking-models';
import { rankGap, sortComparisonRows, type ComparisonField, type ComparisonSort } from '../utils/compare-stats';
import { formatCount } from '../utils/format';
import classes from './rankings.module.css';

const HEADERS: { field: ComparisonField; label: string; hint: string }[] = [
  { field: 'byScore', label: 'Score', hint: 'Rank by the composite score this ranking sorts by' },
  { field: 'byFollowers', label: 'Followers', hint: 'Rank by followers inside the niche' },
  { field: 'byPageRank', label: 'PageRank', hint: 'Rank by attention from well-connected accounts' },
  { field: 'byInteractions', label: 'Interactions', hint: 'Rank by reposts and mentions received' },
  { field: 'gap', label: 'Gap', hint: 'How many places PageRank moves it from its followers rank (up: PageRank rates it higher)' },
];

function Header({ field, label, hint, sort, onSort }: { field: ComparisonField; label: string; hint: string; sort: ComparisonSort; onSort: (field: ComparisonField) => void }) {
  const active = sort.field === field;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th className={classes.numeric} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Tooltip label={hint} openDelay={400}>
        <UnstyledButton className={classes.sortButton} onClick={() => onSort(field)}>
          <Group gap={4} wrap="nowrap" justify="flex-end">
            <span>{label}</span>
            <Icon size={14} stroke={1.8} className={active ? undefined : classes.sortIdle} />
          </Group>
        </UnstyledButton>
      </Tooltip>
    </Table.Th>
  );
}

function Gap({ row }: { row: ComparisonRow }): ReactNode {
  const gap = rankGap(row);
  if (Math.abs(gap) < 1) {
    return <Text size="sm" c="dimmed">same</Text>;
  }
  const up = gap > 0;
  return (
    <Group gap={2} justify="flex-end" wrap="nowrap" c={up ? 'indigo.7' : 'orange.8'}>
      {up ? <IconArrowUpRight size={14} stroke={2.2} /> : <IconArrowDownRight size={14} stroke={2.2} />}
      <Text size="sm" fw={600} inherit>
        {formatCount(Math.abs(gap))}
      </Text>
    </Group>
  );
}

/** The profiles at the top of any order, with their four ranks side by side; sortable. */
export function ComparisonTable({ rows, profileHref, topN }: { rows: ComparisonRow[]; profileHref: (profileId: string) => string; topN: number }) {
  const [sort, setSort] = useState<ComparisonSort>({ field: 'byScore', direction: 'asc' });
  const sorted = sortComparisonRows(rows, sort);
  const onSort = (field: ComparisonField) =>
    setSort((current) =>
      current.field === field ? { field, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { field, direction: field === 'gap' ? 'desc' : 'asc' },
    );
  const highlight = (rank: number | undefined) => (typeof rank === 'number' && rank <= topN ? 600 : 400);
  return (
    <Card padding={0} radius="md">
      <Table.ScrollContainer minWidth={520} mah={560} type="native">
        <Table className={classes.table} stickyHeader highlightOnHover verticalSpacing={6} horizontalSpacing="xs" aria-label="Ranks side by side">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.stickyColumn}>Profile</Table.Th>
              {HEADERS.map((header) => (
                <Header key={header.field} {...header} sort={sort} onSort={onSort} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((row) => (
              <Table.Tr key={row.profileId}>
                <Table.Td className={classes.stickyColumn}>
                  <Link to={profileHref(row.profileId)} className={classes.profileLink}>
                    {row.label}
                  </Link>
                </Table.Td>
                <Table.Td className={classes.numeric} fw={highlight(row.byScore)}>#{formatCount(row.byScore)}</Table.Td>
                <Table.Td className={classes.numeric} fw={highlight(row.byFollowers)}>#{formatCount(row.byFollowers)}</Table.Td>
                <Table.Td className={classes.numeric} fw={highlight(row.byPageRank)}>#{formatCount(row.byPageRank)}</Table.Td>
                <Table.Td className={classes.numeric} fw={highlight(row.byInteractions)}>#{formatCount(row.byInteractions)}</Table.Td>
                <Table.Td className={classes.numeric}>
                  <Gap row={row} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
