import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { RankComparison } from '@/types/ranking-models';
import { comparisonPairs, describeCorrelation } from '../utils/compare-stats';
import { formatShare } from '../utils/format';
import classes from './rankings.module.css';

/** The three Spearman correlations, each with the overlap of the two top-N sets. */
export function ComparisonStats({ comparison }: { comparison: RankComparison }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      {comparisonPairs(comparison).map((pair) => {
        const look = describeCorrelation(pair.spearman);
        return (
          <Card key={pair.key} padding="lg" radius="md" aria-label={pair.title} data-pair={pair.key}>
            <Stack gap={6}>
              <Text className={classes.statLabel}>{pair.title}</Text>
              <Group justify="space-between" align="baseline">
                <Text fz={30} fw={700} lh={1.1} data-testid={`spearman-${pair.key}`}>
                  ρ {typeof pair.spearman === 'number' ? pair.spearman.toFixed(2) : '—'}
                </Text>
                <Badge variant="light" color={look.color} radius="sm">
                  {look.label}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                Spearman rank correlation over every profile.
              </Text>
              <Group gap={6} mt={4}>
                <Text size="sm" fw={600}>
                  {formatShare(pair.topOverlap)}
                </Text>
                <Text size="sm" c="dimmed">
                  overlap of the two top {comparison.topN ?? 50}
                </Text>
              </Group>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
