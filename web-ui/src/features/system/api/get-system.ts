import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { SystemInfo } from '@/types/models';

export function getSystem(): Promise<SystemInfo> {
  return unwrap(api.GET('/api/system'));
}

export const systemQueryOptions = () =>
  queryOptions({ queryKey: ['system'], queryFn: getSystem, staleTime: Infinity });

export function useSystem() {
  return useQuery(systemQueryOptions());
}
