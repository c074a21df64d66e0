import { Badge, Tooltip } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from '@tabler/icons-react';
import type { RankChange } from '@/types/ranking-models';
import { rankChangeLook } from '../utils/rank-change';
import classes from './rankings.module.css';

/** Up / down arrows with the places moved since the previous run of the same scope; "New" for newcomers. */
export function RankChangeIndicator({ change }: { change: RankChange | null | undefined }) {
  const look = rankChangeLook(change);
  if (!look) {
    return null;
  }
  const content =
    look.kind === 'NEW' ? (
      <Badge size="xs" variant="light" color="blue" radius="sm">
        New
      </Badge>
    ) : (
      <span className={classes.change} style={{ color: `var(--mantine-color-${look.color}-7)` }}>
        {look.kind === 'UP' && <IconArrowUpRight size={14} stroke={2.2} aria-hidden="true" />}
        {look.kind === 'DOWN' && <IconArrowDownRight size={14} stroke={2.2} aria-hidden="true" />}
        {look.kind === 'SAME' && <IconMinus size={12} stroke={2} aria-hidden="true" style={{ color: 'var(--mantine-color-gray-5)' }} />}
        {look.text}
      </span>
    );
  return (
    <Tooltip label={look.description} openDelay={300} withinPortal>
      <span role="img" aria-label={look.description} data-change={look.kind}>
        {content}
      </span>
    </Tooltip>
  );
}
