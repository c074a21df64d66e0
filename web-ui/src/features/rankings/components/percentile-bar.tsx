import { Tooltip } from '@mantine/core';
import type { CSSProperties } from 'react';
import { describePercentile } from '../utils/format';
import classes from './rankings.module.css';

type PercentileBarProps = {
  /** The value as shown, already formatted. */
  value: string;
  /** 0–1; no bar when the metric has no percentile. */
  percentile?: number | null;
  /** What is measured, for the tooltip and screen readers, e.g. "PageRank". */
  label: string;
  /** Stretch the bar to the container (profile page) instead of the table's fixed width. */
  wide?: boolean;
  /** The tooltip, when the bar is not a percentile (e.g. the score itself). */
  description?: string;
};

/** The stronger the percentile, the deeper the accent: the top of a column stands out at a glance. */
export function percentileColor(percentile: number): string {
  if (percentile >= 0.9) {
    return 'var(--mantine-color-indigo-7)';
  }
  if (percentile >= 0.67) {
    return 'var(--mantine-color-indigo-5)';
  }
  if (percentile >= 0.34) {
    return 'var(--mantine-color-indigo-3)';
  }
  return 'var(--mantine-color-gray-4)';
}

/** A metric value with a thin bar of its percentile in the run underneath. */
export function PercentileBar({ value, percentile, label, wide, description: override }: PercentileBarProps) {
  if (typeof percentile !== 'number' || !Number.isFinite(percentile)) {
    return (
      <span className={classes.metric} style={wide ? { width: '100%' } : undefined}>
        <span className={classes.metricValue}>{value}</span>
      </span>
    );
  }
  const clamped = Math.min(1, Math.max(0, percentile));
  const percent = Math.round(clamped * 100);
  const description = override ?? `${label}: ${value}, ${describePercentile(clamped)} of this ranking (percentile ${percent})`;
  return (
    <Tooltip label={description} openDelay={300} withinPortal>
      <span className={classes.metric} style={wide ? { width: '100%' } : undefined} aria-label={description} data-percentile={percent}>
        <span className={classes.metricValue}>{value}</span>
        <span className={wide ? `${classes.bar} ${classes.barWide}` : classes.bar} aria-hidden="true">
          <span
            className={classes.barFill}
            style={{ width: `${Math.max(2, percent)}%`, '--bar-color': percentileColor(clamped) } as CSSProperties}
          />
        </span>
      </span>
    </Tooltip>
  );
}
