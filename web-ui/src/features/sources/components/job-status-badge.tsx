import { Badge, Tooltip, type BadgeProps } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { Job } from '@/types/models';
import { JOB_STATUS_LOOK, statusLabel } from '../utils/job-status';
import classes from './sources.module.css';

type JobStatusBadgeProps = { job: Pick<Job, 'status' | 'requested'> } & BadgeProps;

/** The job's status in its colour; a running job's badge has a pulsing dot. */
export function JobStatusBadge({ job, ...props }: JobStatusBadgeProps) {
  const look = JOB_STATUS_LOOK[job.status];
  const running = job.status === 'RUNNING';
  return (
    <Tooltip label={look?.description ?? job.status} openDelay={400}>
      <Badge
        variant="light"
        radius="sm"
        color={look?.color ?? 'gray'}
        leftSection={
          running ? (
            <span
              className={classes.liveDot}
              style={{ '--dot-color': 'var(--mantine-color-blue-6)', '--dot-glow': 'var(--mantine-color-blue-3)' } as CSSProperties}
              aria-hidden="true"
            />
          ) : undefined
        }
        data-status={job.status}
        {...props}
      >
        {statusLabel(job)}
      </Badge>
    </Tooltip>
  );
}
