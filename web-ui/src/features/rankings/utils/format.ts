const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToTwoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const compactFormat = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A whole number with thousands separators: 12,345. */
export function formatCount(value: number | null | undefined): string {
  return isNumber(value) ? integerFormat.format(value) : '—';
}

/** A big number made short for tight places: 12.3K, 4.5M. */
export function formatCompact(value: number | null | undefined): string {
  return isNumber(value) ? compactFormat.format(value) : '—';
}

/** "1 profile", "12,345 profiles". */
export function pluralize(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** The composite score (0–1) as every screen shows it: 0–100 with one decimal, e.g. 87.3. */
export function formatScore(value: number | null | undefined): string {
  return isNumber(value) ? oneDecimal.format(value * 100) : '—';
}

/**
 * A metric value: whole numbers with separators, middling ones with up to two decimals, small fractions (PageRank,
 * closeness) with three significant digits so 0.000412 does not read as 0.
 */
export function formatMetric(value: number | null | undefined): string {
  if (!isNumber(value)) {
    return '—';
  }
  if (Number.isInteger(value) || Math.abs(value) >= 100) {
    return integerFormat.format(value);
  }
  if (Math.abs(value) >= 1) {
    return upToTwoDecimals.format(value);
  }
  if (value === 0) {
    return '0';
  }
  return value.toPrecision(3).replace(/0+$/, '').replace(/\.$/, '');
}

/** A share 0–1 as a percentage: 42%, 3.5%, <0.1%. */
export function formatShare(value: number | null | undefined): string {
  if (!isNumber(value)) {
    return '—';
  }
  const percent = value * 100;
  if (percent > 0 && percent < 0.1) {
    return '<0.1%';
  }
  return `${percent >= 10 || Number.isInteger(percent) ? Math.round(percent) : oneDecimal.format(percent)}%`;
}

/** A percentile 0–1 as people say it: "top 5%", "bottom 30%", "median". */
export function describePercentile(percentile: number): string {
  const top = Math.max(1, Math.round((1 - percentile) * 100));
  if (percentile >= 0.5) {
    return `top ${top}%`;
  }
  return `bottom ${Math.max(1, Math.round(percentile * 100))}%`;
}

/** A rank with its ordinal suffix: 1st, 2nd, 23rd, 111th. */
export function ordinal(rank: number): string {
  const tens = rank % 100;
  if (tens >= 11 && tens <= 13) {
    return `${formatCount(rank)}th`;
  }
  const suffix = ['th', 'st', 'nd', 'rd'][rank % 10] ?? 'th';
  return `${formatCount(rank)}${suffix}`;
}

/** Milliseconds as read at a glance: 12 ms, 1.2 s, 3 min 5 s. */
export function formatMillis(value: number | null | undefined): string {
  if (!isNumber(value) || value < 0) {
    return '—';
  }
  if (value < 1000) {
    return `${integerFormat.format(value)} ms`;
  }
  const seconds = value / 1000;
  if (seconds < 60) {
    return `${oneDecimal.format(seconds)} s`;
  }
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds % 60);
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`;
}
