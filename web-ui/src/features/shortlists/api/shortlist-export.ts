/** The shortlist as a CSV download, fetched by the browser through a plain link (the session cookie goes along). */
export function shortlistExportUrl(id: string): string {
  return `/api/shortlists/${encodeURIComponent(id)}/export`;
}
