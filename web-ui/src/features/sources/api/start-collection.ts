import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Job, StartCollectionBody } from '@/types/models';
import { jobsKeys } from './get-jobs';
import { networksKeys } from './get-networks';

export type StartCollectionInput = { networkId: string; body: StartCollectionBody };

/** Starts a Bluesky, Mastodon or web-crawl collection; the server answers 202 with the job. */
export function startCollection({ networkId, body }: StartCollectionInput): Promise<Job> {
  return unwrap(api.POST('/api/networks/{networkId}/collections', { params: { path: { networkId } }, body }));
}

export function useStartCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startCollection,
    onSuccess: (job) => {
      queryClient.setQueryData(jobsKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: networksKeys.detail(job.networkId) });
      return queryClient.invalidateQueries({ queryKey: jobsKeys.lists() });
    },
  });
}
