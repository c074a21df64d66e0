import { formatSort, toFilterQuery, type TableView } from '../utils/table-view';

/**
 * The filtered ranked list as a CSV download, in the table's order (up to 100,000 rows). A plain link: the browser
 * downloads it with the session cookie and streams it to disk.
 */
export function rankedProfilesCsvUrl(runId: string, view: TableView): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toFilterQuery(view))) {
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, String(item));
    }
  }
  params.set('sort', formatSort(view.sort));
  return `/api/rankings/${encodeURIComponent(runId)}/profiles.csv?${params.toString()}`;
}
