export type ExportFormat = 'csv' | 'gexf';

/**
 * The export is a file download (Content-Disposition: attachment), so the browser fetches it itself through a plain
 * link: the session cookie goes along, and a large network streams to disk instead of into memory.
 */
export function networkExportUrl(id: string, format: ExportFormat): string {
  return `/api/networks/${encodeURIComponent(id)}/export?format=${format}`;
}
