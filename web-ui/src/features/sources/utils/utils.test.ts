import { describe, expect, it } from 'vitest';
import { collectBody, collectFieldOf, INITIAL_COLLECT_VALUES, normalizeInstance, parseSeeds, validateCollect } from './collect-form';
import { elapsed, formatBytes, formatCount, formatDuration } from './format';
import { headlineCounters, jobCounters, jobSubject } from './job-counters';
import { jobActions, statusLabel } from './job-status';
import { parseJobsView, parseNetworksView, withNetworksView } from './sources-view';

describe('collect form', () => {
  it('reads one seed per line, trimmed, blank lines and repeats dropped', () => {
    expect(parseSeeds('  a.bsky.social \r\n\n\t\nb.bsky.social\na.bsky.social\n  ')).toEqual(['a.bsky.social', 'b.bsky.social']);
    expect(parseSeeds('\n  \n')).toEqual([]);
  });

  it('checks only the fields the source uses', () => {
    const values = { ...INITIAL_COLLECT_VALUES, seeds: 'alice', collect: [], instance: '' };
    expect(validateCollect(values, 'BLUESKY')).toEqual({ collect: 'Choose at least one of followers, following and interactions' });
    expect(Object.keys(validateCollect(values, 'MASTODON'))).toEqual(['collect', 'instance']);
    expect(validateCollect(values, 'CRAWL')).toEqual({});
  });

  it('leaves the social fields out of a crawl and the crawl fields out of a social collection', () => {
    const values = { ...INITIAL_COLLECT_VALUES, seeds: 'example.com', accessToken: 'x' };
    expect(collectBody(values, 'CRAWL')).toEqual({ source: 'CRAWL', seeds: ['example.com'], depth: 1, maxProfiles: 1000, maxPagesPerDomain: 50 });
    expect(collectBody(values, 'BLUESKY')).not.toHaveProperty('maxPagesPerDomain');
    expect(collectBody(values, 'BLUESKY')).not.toHaveProperty('accessToken');
  });

  it('normalises a Mastodon instance and maps API field names to form fields', () => {
    expect(normalizeInstance(' mastodon.social/ ')).toBe('https://mastodon.social');
    expect(normalizeInstance('http://localhost:3000')).toBe('http://localhost:3000');
    expect(collectFieldOf('seeds[3].<list element>')).toBe('seeds');
    expect(collectFieldOf('instance')).toBe('instance');
    expect(collectFieldOf('source')).toBeUndefined();
  });
});

describe('job counters', () => {
  it('labels known counters in order, skips unknown ones and idle ones at 0', () => {
    const counters = jobCounters({ progress: { edges: 10, mystery: 5, records: 1200, retries: 0, rejected: 0, bytesRead: 2048 } });
    expect(counters.map((counter) => [counter.label, counter.text])).toEqual([
      ['Records read', '1,200'],
      ['Data read', '2 KB'],
      ['Rejected rows', '0'],
      ['Edges', '10'],
    ]);
  });

  it('picks the headline counters by job type, with singular and plural words', () => {
    const crawl = headlineCounters({ type: 'CRAWL', progress: { profiles: 3, sites: 1, pages: 3, edges: 2, requests: 4 } });
    expect(crawl.map((counter) => counter.phrase)).toEqual(['3 pages', '1 site', '2 edges']);
  });

  it('names the job by its file or its seeds', () => {
    expect(jobSubject({ type: 'IMPORT', parameters: { originalName: 'a.csv' } })).toBe('a.csv');
    expect(jobSubject({ type: 'BLUESKY', parameters: { seeds: ['a', 'b', 'c'] } })).toBe('a and 2 more');
    expect(jobSubject({ type: 'CRAWL', parameters: {} })).toBeUndefined();
  });
});

describe('job status', () => {
  it('allows pause and cancel while queued or running, resume and cancel when paused or failed, nothing when done', () => {
    expect(jobActions({ status: 'QUEUED' })).toEqual(['pause', 'cancel']);
    expect(jobActions({ status: 'RUNNING' })).toEqual(['pause', 'cancel']);
    expect(jobActions({ status: 'PAUSED' })).toEqual(['resume', 'cancel']);
    expect(jobActions({ status: 'FAILED' })).toEqual(['resume', 'cancel']);
    expect(jobActions({ status: 'COMPLETED' })).toEqual([]);
    expect(jobActions({ status: 'CANCELLED' })).toEqual([]);
    expect(statusLabel({ status: 'RUNNING', requested: 'CANCEL' })).toBe('Cancelling…');
  });
});

describe('format', () => {
  it('formats counts, sizes and durations', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(256 * 1024 * 1024)).toBe('256 MB');
    expect(formatDuration(400)).toBe('under 1 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(26 * 3600_000)).toBe('26 h');
    expect(formatDuration(50 * 3600_000)).toBe('2 d 2 h');
    expect(elapsed('2026-01-01T00:00:00Z', '2026-01-01T00:00:42Z')).toBe(42_000);
    expect(elapsed(undefined)).toBeUndefined();
  });
});

describe('sources view', () => {
  it('reads the networks and jobs views from the URL, ignoring nonsense', () => {
    expect(parseNetworksView(new URLSearchParams('q= fashion &page=3&size=24&sort=name,asc'))).toEqual({
      q: 'fashion',
      page: 3,
      size: 24,
      sort: 'name,asc',
    });
    expect(parseNetworksView(new URLSearchParams('page=-2&size=7&sort=password,asc'))).toEqual({
      q: '',
      page: 1,
      size: 12,
      sort: 'updatedAt,desc',
    });
    expect(parseJobsView(new URLSearchParams('jobsPage=2&jobStatus=NOPE'))).toEqual({ page: 2, status: undefined });
  });

  it('writes only what differs from the defaults, keeping other parameters', () => {
    const next = withNetworksView(new URLSearchParams('jobsPage=2'), { q: '', page: 1, size: 12, sort: 'updatedAt,desc' });
    expect(next.toString()).toBe('jobsPage=2');
  });
});
