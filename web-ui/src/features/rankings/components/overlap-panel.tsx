import { Alert, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryError } from '@/components/ui/query-error';
import { useAudienceOverlap } from '../api/get-audience-overlap';
import { formatCount, formatShare } from '../utils/format';
import { PercentileBar } from './percentile-bar';
import classes from './rankings.module.css';

type OverlapPanelProps = {
  runId: string;
  profileId: string;
  /** The profiles to compare with (e.g. a shortlist's), without this one. */
  others: string[];
  /** The control that chooses them (a shortlist picker). */
  picker: ReactNode;
  profileHref: (profileId: string) => string;
};

/** How much of this profile's audience the others already reach: shared followers and Jaccard per pair. */
export function OverlapPanel({ runId, profileId, others, picker, profileHref }: OverlapPanelProps) {
  const ids = [profileId, ...others.filter((id) => id !== profileId)];
  const overlap = useAudienceOverlap(runId, ids, ids.length >= 2);
  const data = overlap.data;
  const labels = new Map(data?.profiles.map((profile) => [profile.profileId, profile]) ?? []);
  const pairs = (data?.pairs ?? [])
    .filter((pair) => pair.a === profileId || pair.b === profileId)
    .map((pair) => ({ ...pair, other: pair.a === profileId ? pair.b : pair.a }))
    .sort((a, b) => (b.jaccard ?? 0) - (a.jaccard ?? 0));
  const own = labels.get(profileId);

  return (
    <Card padding="lg" radius="md" aria-label="Audience overlap">
      <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
        <div>
          <Title order={4} mb={4}>
            Audience overlap
          </Title>
          <Text size="sm" c="dimmed" maw={560}>
            Followers it shares with the profiles of a shortlist: a high overlap means pitching both reaches the same people twice.
          </Text>
        </div>
        {picker}
      </Group>
      {ids.length < 2 ? (
        <Text size="sm" c="dimmed">
          Choose a shortlist with other profiles to compare audiences.
        </Text>
      ) : overlap.isError ? (
        <QueryError error={overlap.error} onRetry={() => overlap.refetch()} />
      ) : overlap.isPending ? (
        <Stack gap="xs">
          <Skeleton height={24} />
          <Skeleton height={24} />
        </Stack>
      ) : (
        <Stack gap="sm">
          {data && data.outsideScope.length > 0 && (
            <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} p="xs">
              <Text size="xs">
                {data.outsideScope.length} listed {data.outsideScope.length === 1 ? 'profile is' : 'profiles are'} outside this
                ranking’s scope and left out.
              </Text>
            </Alert>
          )}
          {pairs.length === 0 ? (
            <Text size="sm" c="dimmed">
              No other profile of the list is in this ranking.
            </Text>
          ) : (
            <Table className={classes.table} verticalSpacing={6} aria-label="Shared followers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>With</Table.Th>
                  <Table.Th className={classes.numeric}>Their followers</Table.Th>
                  <Table.Th className={classes.numeric}>Shared</Table.Th>
                  <Table.Th className={classes.numeric}>Jaccard</Table.Th>
                  <Table.Th className={classes.numeric}>Of the smaller</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pairs.map((pair) => (
                  <Table.Tr key={pair.other}>
                    <Table.Td>
                      <Link to={profileHref(pair.other)} className={classes.profileLink}>
                        {labels.get(pair.other)?.label ?? pair.other}
                      </Link>
                    </Table.Td>
                    <Table.Td className={classes.numeric}>{formatCount(labels.get(pair.other)?.followers)}</Table.Td>
                    <Table.Td className={classes.numeric}>{formatCount(pair.shared)}</Table.Td>
                    <Table.Td className={classes.numeric}>
                      <PercentileBar
                        value={(pair.jaccard ?? 0).toFixed(3)}
                        percentile={pair.jaccard}
                        label="Jaccard"
                        description={`Jaccard index ${(pair.jaccard ?? 0).toFixed(3)}: shared followers over all followers of the two`}
                      />
                    </Table.Td>
                    <Table.Td className={classes.numeric}>{formatShare(pair.overlapCoefficient)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {data && (
            <Text size="xs" c="dimmed">
              {own ? `${own.label} has ${formatCount(own.followers)} followers in the niche. ` : ''}
              {data.bestSet.length > 1
                ? `The best ${formatCount(data.bestSet.length)} of these profiles together reach ${formatCount(data.uniqueReach)} different followers.`
                : ''}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
