import { useMutation, useQueryClient } from '@tanstack/react-query';
import { API_ORIGIN } from '@/lib/api-client';
import { networkError, toApiError } from '@/lib/api-error';
import { CSRF_HEADER, fetchCsrfToken } from '@/lib/csrf';
import type { ImportQueryParams, Job } from '@/types/models';
import { jobsKeys } from './get-jobs';
import { networksKeys } from './get-networks';

export type UploadProgress = { loaded: number; total: number };

export type UploadImportInput = {
  networkId: string;
  file: File;
  options: ImportQueryParams;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

type RawResponse = { status: number; body: unknown; retryAfter: string | null };

export function isUploadAborted(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function parseBody(text: string): unknown {
  if (!text) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** One multipart POST through XMLHttpRequest, the only browser API that reports upload progress. */
function send(url: string, form: FormData, token: string | undefined, input: UploadImportInput): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    const done = () => input.signal?.removeEventListener('abort', abort);
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    if (token) {
      xhr.setRequestHeader(CSRF_HEADER, token);
    }
    xhr.upload.onprogress = (event) => {
      input.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : input.file.size });
    };
    xhr.onload = () => {
      done();
      resolve({ status: xhr.status, body: parseBody(xhr.responseText), retryAfter: xhr.getResponseHeader('Retry-After') });
    };
    xhr.onerror = () => {
      done();
      reject(networkError(new Error('The upload failed')));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was cancelled', 'AbortError'));
    };
    if (input.signal?.aborted) {
      reject(new DOMException('The upload was cancelled', 'AbortError'));
      return;
    }
    input.signal?.addEventListener('abort', abort);
    xhr.send(form);
  });
}

/**
 * Uploads a graph file into a network; the server answers 202 with the import job at once, before reading the file.
 * A fresh CSRF token is fetched first, so a large file is never sent twice because of a stale one.
 */
export async function uploadImport(input: UploadImportInput): Promise<Job> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(input.options)) {
    if (value !== undefined && value !== '') {
      query.set(key, String(value));
    }
  }
  const url = `${API_ORIGIN}/api/networks/${encodeURIComponent(input.networkId)}/imports?${query}`;
  const form = new FormData();
  form.append('file', input.file, input.file.name);
  let token: string | undefined;
  try {
    token = await fetchCsrfToken(API_ORIGIN, (request, init) => globalThis.fetch(request, init));
  } catch (error) {
    throw networkError(error);
  }
  const response = await send(url, form, token, input);
  if (response.status >= 200 && response.status < 300) {
    return response.body as Job;
  }
  const headers = response.retryAfter ? { 'Retry-After': response.retryAfter } : undefined;
  throw toApiError(new Response(null, { status: response.status, headers }), response.body);
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (job) => {
      queryClient.setQueryData(jobsKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: networksKeys.detail(job.networkId) });
      return queryClient.invalidateQueries({ queryKey: jobsKeys.lists() });
    },
  });
}
