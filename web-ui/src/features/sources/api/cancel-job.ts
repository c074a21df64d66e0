import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Job } from '@/types/models';
import { jobsKeys } from './get-jobs';
import { networksKeys } from './get-networks';

/** Stops the job for good; what it stored so far stays in the network. */
export function cancelJob(id: string): Promise<Job> {
  return unwrap(api.POST('/api/jobs/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelJob,
    onSuccess: (job) => {
      queryClient.setQueryData(jobsKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: networksKeys.all });
      return queryClient.invalidateQueries({ queryKey: jobsKeys.lists() });
    },
  });
}
