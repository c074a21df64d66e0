import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import type { RankingRun } from '@/types/ranking-models';
import { runStatusLook } from '../utils/run-status';

/** A run's status in its colour: Queued, Computing, Ready, Failed… */
export function RunStatusBadge({ run, ...props }: { run: Pick<RankingRun, 'status'> } & BadgeProps) {
  const look = runStatusLook(run.status);
  return (
    <Tooltip label={look.description} openDelay={400}>
      <Badge variant="light" radius="sm" color={look.color} data-run-status={run.status} {...props}>
        {look.label}
      </Badge>
    </Tooltip>
  );
}
