import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { InLink } from '@/types/ranking-models';
import { formatScore } from '../utils/format';
import { EDGE_KIND_COLORS, EDGE_KIND_LABELS } from '../utils/metrics';
import classes from './rankings.module.css';

type InLinksTableProps = { links: InLink[]; profileHref: (profileId: string) => string };

/** Who points here, strongest (best ranked) first, and how: follows, reposts, mentions, links with their weights. */
export function InLinksTable({ links, profileHref }: InLinksTableProps) {
  return (
    <Card padding={0} radius="md" aria-label="Strongest in-links">
      <div style={{ padding: 'var(--mantine-spacing-lg) var(--mantine-spacing-lg) var(--mantine-spacing-sm)' }}>
        <Title order={4} mb={4}>
          Who points here
        </Title>
        <Text size="sm" c="dimmed">
          Its strongest in-links: the best-ranked profiles that follow, repost, mention or link to it.
        </Text>
      </div>
      {links.length === 0 ? (
        <Text size="sm" c="dimmed" px="lg" pb="lg">
          Nobody in this ranking’s scope points here.
        </Text>
      ) : (
        <Table className={classes.table} verticalSpacing={6} horizontalSpacing="lg" aria-label="Strongest in-links">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Profile</Table.Th>
              <Table.Th className={classes.numeric}>Rank</Table.Th>
              <Table.Th className={classes.numeric}>Score</Table.Th>
              <Table.Th>How</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {links.map((link) => (
              <Table.Tr key={link.profileId}>
                <Table.Td>
                  <Link to={profileHref(link.profileId)} className={classes.profileLink}>
                    {link.label}
                  </Link>
                </Table.Td>
                <Table.Td className={classes.numeric}>#{link.rank}</Table.Td>
                <Table.Td className={classes.numeric}>{formatScore(link.score)}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {Object.entries(link.kinds).map(([kind, weight]) => (
                      <Badge key={kind} size="sm" variant="light" radius="sm" color={EDGE_KIND_COLORS[kind] ?? 'gray'}>
                        {EDGE_KIND_LABELS[kind] ?? kind}
                        {weight > 1 ? ` ×${weight}` : ''}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
