import { Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import type { RankedProfile } from '@/types/ranking-models';
import { describePercentile, formatCount, formatMetric } from '../utils/format';
import { METRIC_INFO, METRIC_KEYS } from '../utils/metrics';
import type { CSSProperties } from 'react';
import { percentileColor } from './percentile-bar';
import classes from './rankings.module.css';

/** Every metric of the profile with a bar of its percentile in the run. */
export function ProfileMetrics({ summary }: { summary: RankedProfile }) {
  const keys = METRIC_KEYS.filter((key) => key !== 'score' && typeof summary.metrics[key] === 'number');
  return (
    <Card padding="lg" radius="md" h="100%" aria-label="Metrics">
      <Title order={4} mb={4}>
        Metrics
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Each bar is the profile’s percentile in this ranking.
      </Text>
      <Stack gap="sm">
        {keys.map((key) => {
          const percentile = summary.percentiles[key];
          return (
            <div key={key}>
              <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
                <Tooltip label={METRIC_INFO[key].description} multiline w={260} openDelay={300}>
                  <Text size="sm">{METRIC_INFO[key].label}</Text>
                </Tooltip>
                <Group gap={8} wrap="nowrap">
                  <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {key === 'followers' || key === 'coreness' ? formatCount(summary.metrics[key]) : formatMetric(summary.metrics[key])}
                  </Text>
                  <Text size="xs" c="dimmed" w={72} ta="right">
                    {typeof percentile === 'number' ? describePercentile(percentile) : ''}
                  </Text>
                </Group>
              </Group>
              {typeof percentile === 'number' && (
                <div className={`${classes.bar} ${classes.barWide}`} aria-label={`${METRIC_INFO[key].label}: percentile ${Math.round(percentile * 100)}`} role="img" data-percentile={Math.round(percentile * 100)}>
                  <span className={classes.barFill} style={{ width: `${Math.max(2, percentile * 100)}%`, '--bar-color': percentileColor(percentile) } as CSSProperties} />
                </div>
              )}
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
