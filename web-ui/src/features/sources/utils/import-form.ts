import type { EdgeKind, ImportFormat } from '@/types/models';
import { formatBytes } from './format';

/** The server's upload limit (spring.servlet.multipart.max-file-size: 256MB). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export const IMPORT_ACCEPT = '.csv,.tsv,.txt,.graphml,.xml,.gexf';

/** Profile keys are `<platform>:<id>`; the platform part must look like this (as the API checks it). */
export const PLATFORM_PATTERN = /^[a-z0-9][a-z0-9-]{0,19}$/;

export const COMMON_PLATFORMS = ['bluesky', 'mastodon', 'web', 'x', 'instagram', 'youtube', 'tiktok', 'other'];

export const DEFAULT_PLATFORM = 'other';

/** "AUTO" stands for no format parameter: the server detects it from the content. */
export type ImportFormatChoice = ImportFormat | 'AUTO';

export const FORMAT_OPTIONS: { value: ImportFormatChoice; label: string }[] = [
  { value: 'AUTO', label: 'Detect automatically' },
  { value: 'CSV_EDGES', label: 'CSV edge list (source, target, kind, weight)' },
  { value: 'CSV_PROFILES', label: 'CSV profiles (one row per account)' },
  { value: 'GRAPHML', label: 'GraphML' },
  { value: 'GEXF', label: 'GEXF (Gephi)' },
];

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  FOLLOWS: 'Follows',
  REPOSTS: 'Reposts',
  MENTIONS: 'Mentions',
  LINKS: 'Links',
};

export type ImportValues = {
  file: File | null;
  format: ImportFormatChoice;
  platform: string;
  defaultKind: EdgeKind;
};

export const INITIAL_IMPORT_VALUES: ImportValues = {
  file: null,
  format: 'AUTO',
  platform: DEFAULT_PLATFORM,
  defaultKind: 'FOLLOWS',
};

export function validateImportFile(file: File | null | undefined): string | null {
  if (!file) {
    return 'Choose a file to import';
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return `This file is ${formatBytes(file.size)}; files can be at most ${formatBytes(MAX_IMPORT_BYTES)}. Split it into smaller files and import them one after the other.`;
  }
  if (file.size === 0) {
    return 'This file is empty';
  }
  return null;
}

export function validatePlatform(value: string): string | null {
  const platform = value.trim();
  if (!platform) {
    return 'Enter the platform the accounts are on, or “other”';
  }
  return PLATFORM_PATTERN.test(platform)
    ? null
    : 'Use 1 to 20 lower-case letters, digits or “-”, starting with a letter or digit (e.g. bluesky)';
}
