import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Job } from '@/types/models';
import { jobsKeys } from './get-jobs';
import { networksKeys } from './get-networks';

/** A paused or failed job goes back to the queue and continues from its last checkpoint. */
export function resumeJob(id: string): Promise<Job> {
  return unwrap(api.POST('/api/jobs/{id}/resume', { params: { path: { id } } }));
}

export function useResumeJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resumeJob,
    onSuccess: (job) => {
      queryClient.setQueryData(jobsKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: networksKeys.all });
      return queryClient.invalidateQueries({ queryKey: jobsKeys.lists() });
    },
  });
}
