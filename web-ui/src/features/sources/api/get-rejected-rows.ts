/** The rows an import rejected, as a CSV download (line, reason, record); a plain link, like the exports. */
export function rejectedRowsUrl(jobId: string): string {
  return `/api/jobs/${encodeURIComponent(jobId)}/rejected`;
}
