import { Button, Group, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPause, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage } from '@/lib/api-error';
import type { Job } from '@/types/models';
import { useCancelJob } from '../api/cancel-job';
import { usePauseJob } from '../api/pause-job';
import { useResumeJob } from '../api/resume-job';
import { JOB_ACTION_LABELS, isActionRequested, jobActions, type JobAction } from '../utils/job-status';

const ICONS: Record<JobAction, ReactNode> = {
  pause: <IconPlayerPause size={14} />,
  resume: <IconPlayerPlay size={14} />,
  cancel: <IconPlayerStop size={14} />,
};

const DONE: Record<JobAction, string> = {
  pause: 'The job will pause at its next checkpoint.',
  resume: 'The job is queued to continue from its last checkpoint.',
  cancel: 'The job was cancelled. What it stored so far stays.',
};

export type PendingJobAction = { jobId: string; action: JobAction } | null;

/** Pause, resume and cancel with their notifications; cancelling (for good) asks first. */
export function useJobControl() {
  const pause = usePauseJob();
  const resume = useResumeJob();
  const cancel = useCancelJob();
  const [pending, setPending] = useState<PendingJobAction>(null);
  const [confirmCancel, setConfirmCancel] = useState<Job | null>(null);

  const run = (job: Job, action: JobAction) => {
    const mutation = action === 'pause' ? pause : action === 'resume' ? resume : cancel;
    setPending({ jobId: job.id, action });
    mutation.mutate(job.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: DONE[action] }),
      onError: (error) =>
        notifications.show({ color: 'red', title: `Couldn't ${action} the job`, message: errorMessage(error) }),
      onSettled: () => {
        setPending(null);
        setConfirmCancel(null);
      },
    });
  };

  const request = (job: Job, action: JobAction) => {
    if (action === 'cancel') {
      setConfirmCancel(job);
    } else {
      run(job, action);
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={confirmCancel !== null}
      onClose={() => setConfirmCancel(null)}
      loading={pending?.action === 'cancel'}
      title="Cancel job"
      color="red"
      confirmLabel="Cancel job"
      message="The job stops for good and cannot be resumed. Profiles and edges it stored so far stay in the network."
      onConfirm={() => confirmCancel && run(confirmCancel, 'cancel')}
    />
  );

  return { request, pending, dialog };
}

type JobActionsProps = {
  job: Job;
  onAction: (job: Job, action: JobAction) => void;
  pending?: PendingJobAction;
  size?: ButtonProps['size'];
};

/** The buttons for what may be asked of a job now: pause and cancel while it runs, resume when paused or failed. */
export function JobActions({ job, onAction, pending, size = 'compact-sm' }: JobActionsProps) {
  const actions = jobActions(job);
  if (actions.length === 0) {
    return null;
  }
  const busy = pending?.jobId === job.id;
  return (
    <Group gap={6} wrap="nowrap">
      {actions.map((action) => (
        <Button
          key={action}
          size={size}
          variant={action === 'cancel' ? 'subtle' : 'light'}
          color={action === 'cancel' ? 'red' : action === 'pause' ? 'yellow' : 'blue'}
          leftSection={ICONS[action]}
          loading={busy && pending?.action === action}
          disabled={(busy && pending?.action !== action) || isActionRequested(job, action)}
          onClick={() => onAction(job, action)}
        >
          {JOB_ACTION_LABELS[action]}
        </Button>
      ))}
    </Group>
  );
}
