import type { Job, JobStatus, JobType } from '@/types/models';

type StatusLook = { label: string; color: string; description: string };

/** One colour per status, used by every badge and progress bar of the Sources screens. */
export const JOB_STATUS_LOOK: Record<JobStatus, StatusLook> = {
  QUEUED: { label: 'Queued', color: 'gray', description: 'Waiting for a free worker' },
  RUNNING: { label: 'Running', color: 'blue', description: 'Working now' },
  PAUSED: { label: 'Paused', color: 'yellow', description: 'Stopped at a checkpoint; resume to continue' },
  COMPLETED: { label: 'Completed', color: 'teal', description: 'Finished' },
  FAILED: { label: 'Failed', color: 'red', description: 'Stopped by an error; resume to try again from the last checkpoint' },
  CANCELLED: { label: 'Cancelled', color: 'dark', description: 'Stopped for good; what was stored so far stays' },
};

export const JOB_TYPE_LABELS: Record<JobType, string> = {
  IMPORT: 'File import',
  BLUESKY: 'Bluesky',
  MASTODON: 'Mastodon',
  CRAWL: 'Web crawl',
  RANKING: 'Ranking',
};

export type JobAction = 'pause' | 'resume' | 'cancel';

export const JOB_ACTION_LABELS: Record<JobAction, string> = { pause: 'Pause', resume: 'Resume', cancel: 'Cancel' };

const ACTIONS_BY_STATUS: Record<JobStatus, JobAction[]> = {
  QUEUED: ['pause', 'cancel'],
  RUNNING: ['pause', 'cancel'],
  PAUSED: ['resume', 'cancel'],
  FAILED: ['resume', 'cancel'],
  COMPLETED: [],
  CANCELLED: [],
};

/** What a person may ask of a job in its status. */
export function jobActions(job: Pick<Job, 'status'>): JobAction[] {
  return ACTIONS_BY_STATUS[job.status] ?? [];
}

/** An action already asked for and not yet carried out (a running job pauses or cancels at its next checkpoint). */
export function isActionRequested(job: Pick<Job, 'requested'>, action: JobAction): boolean {
  return (action === 'pause' && job.requested === 'PAUSE') || (action === 'cancel' && job.requested === 'CANCEL');
}

/** Queued or running: its numbers are still moving, so screens showing it poll. */
export function isJobActive(status: JobStatus | undefined): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** The badge text: "Running", or "Pausing…" / "Cancelling…" while a request waits for the next checkpoint. */
export function statusLabel(job: Pick<Job, 'status' | 'requested'>): string {
  if (job.status === 'RUNNING' && job.requested === 'PAUSE') {
    return 'Pausing…';
  }
  if (job.status === 'RUNNING' && job.requested === 'CANCEL') {
    return 'Cancelling…';
  }
  return JOB_STATUS_LOOK[job.status]?.label ?? job.status;
}
