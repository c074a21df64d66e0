const integerFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A whole number with thousands separators: 12,345. */
export function formatCount(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? integerFormat.format(value) : '—';
}

/** "1 profile", "12,345 profiles". */
export function pluralize(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** A size as people read it: 980 bytes, 12.4 MB (powers of 1024, as the server's limits are). */
export function formatBytes(bytes: number | null | undefined): string {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) {
    return '—';
  }
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${integerFormat.format(value)} ${value === 1 ? 'byte' : 'bytes'}` : `${decimalFormat.format(value)} ${BYTE_UNITS[unit]}`;
}

/** A span of time, coarse enough to read at a glance: "under 1 s", "42 s", "3 min 5 s", "2 h 10 min". */
export function formatDuration(milliseconds: number | null | undefined): string {
  if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds) || milliseconds < 0) {
    return '—';
  }
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 1) {
    return 'under 1 s';
  }
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    const rest = seconds % 60;
    return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const rest = hours % 24;
  return rest ? `${days} d ${rest} h` : `${days} d`;
}

/** Milliseconds between two instants (the second defaults to now), or undefined when the first is missing. */
export function elapsed(from: string | null | undefined, to?: string | null, now: number = Date.now()): number | undefined {
  if (!from) {
    return undefined;
  }
  const start = Date.parse(from);
  const end = to ? Date.parse(to) : now;
  return Number.isNaN(start) || Number.isNaN(end) ? undefined : Math.max(0, end - start);
}
