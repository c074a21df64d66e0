import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Job } from '@/types/models';
import { jobsKeys } from './get-jobs';
import { networksKeys } from './get-networks';

/** A running job stops at its next checkpoint (within seconds); a queued one pauses at once. */
export function pauseJob(id: string): Promise<Job> {
  return unwrap(api.POST('/api/jobs/{id}/pause', { params: { path: { id } } }));
}

export function usePauseJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pauseJob,
    onSuccess: (job) => {
      queryClient.setQueryData(jobsKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: networksKeys.all });
      return queryClient.invalidateQueries({ queryKey: jobsKeys.lists() });
    },
  });
}
