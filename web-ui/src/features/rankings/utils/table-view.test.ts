import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  DEFAULT_COLUMNS,
  DEFAULT_VIEW,
  parseTableView,
  toggleSort,
  toProfilesQuery,
  withoutFilters,
  withTableView,
  type TableView,
} from './table-view';

const view = (changes: Partial<TableView>): TableView => ({ ...DEFAULT_VIEW, ...changes });

describe('table view in the URL', () => {
  it('reads defaults from an empty query and writes nothing back for them', () => {
    const parsed = parseTableView(new URLSearchParams());
    expect(parsed).toEqual(DEFAULT_VIEW);
    expect(withTableView(new URLSearchParams(), parsed).toString()).toBe('');
  });

  it('round-trips page, size, search, sort, every filter and the chosen columns', () => {
    const original = view({
      page: 3,
      size: 100,
      q: 'knit',
      sort: { field: 'pagerank', direction: 'desc' },
      platforms: ['bluesky', 'web'],
      community: 2,
      minFollowers: 1000,
      maxFollowers: 50000,
      flagged: false,
      hasContact: true,
      shortlisted: false,
      columns: ['score', 'pagerank', 'community', 'flags'],
    });
    const params = withTableView(new URLSearchParams('network=n-1'), original);
    expect(Object.fromEntries(params)).toEqual({
      network: 'n-1',
      q: 'knit',
      page: '3',
      size: '100',
      sort: 'pagerank,desc',
      platform: 'bluesky,web',
      community: '2',
      minFollowers: '1000',
      maxFollowers: '50000',
      flagged: 'no',
      contact: 'yes',
      shortlisted: 'no',
      cols: 'score,pagerank,community,flags',
    });
    expect(parseTableView(new URLSearchParams(params.toString()))).toEqual(original);
  });

  it('keeps the table’s column order whatever order a link lists them in, and allows no optional column', () => {
    expect(parseTableView(new URLSearchParams('cols=flags,score,bogus')).columns).toEqual(['score', 'flags']);
    const none = withTableView(new URLSearchParams(), view({ columns: [] }));
    expect(none.get('cols')).toBe('none');
    expect(parseTableView(none).columns).toEqual([]);
    expect(parseTableView(new URLSearchParams()).columns).toEqual(DEFAULT_COLUMNS);
  });

  it('ignores what a hand-edited link gets wrong', () => {
    const parsed = parseTableView(
      new URLSearchParams('page=-2&size=7&sort=password,desc&platform=Not A Platform,web&community=x&minFollowers=-5&flagged=maybe'),
    );
    expect(parsed).toEqual(view({ platforms: ['web'] }));
  });

  it('gives a sort without direction the field’s natural one', () => {
    expect(parseTableView(new URLSearchParams('sort=betweenness')).sort).toEqual({ field: 'betweenness', direction: 'desc' });
    expect(parseTableView(new URLSearchParams('sort=label')).sort).toEqual({ field: 'label', direction: 'asc' });
  });

  it('turns the view into the API query (0-based page, booleans, repeated platforms)', () => {
    expect(
      toProfilesQuery(
        view({ page: 2, size: 25, q: 'mend', platforms: ['bluesky'], community: 0, flagged: true, hasContact: false, shortlisted: true }),
      ),
    ).toEqual({
      q: 'mend',
      platform: ['bluesky'],
      community: 0,
      flagged: true,
      hasContact: false,
      shortlisted: true,
      sort: 'rank,asc',
      page: 1,
      size: 25,
    });
    expect(toProfilesQuery(DEFAULT_VIEW)).toEqual({ sort: 'rank,asc', page: 0, size: 50 });
  });

  it('sorts a metric from the highest first, and flips on a second click', () => {
    const first = toggleSort(DEFAULT_VIEW.sort, 'interactions');
    expect(first).toEqual({ field: 'interactions', direction: 'desc' });
    expect(toggleSort(first, 'interactions')).toEqual({ field: 'interactions', direction: 'asc' });
    expect(toggleSort(first, 'rank')).toEqual({ field: 'rank', direction: 'asc' });
  });

  it('counts and clears filters, keeping sort and columns', () => {
    const filtered = view({ q: 'x', platforms: ['web'], minFollowers: 5, maxFollowers: 9, flagged: true, shortlisted: false, page: 4, columns: ['score'] });
    expect(activeFilterCount(filtered)).toBe(4);
    const cleared = withoutFilters({ ...filtered, sort: { field: 'score', direction: 'desc' } });
    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({ q: '', page: 1, columns: ['score'], sort: { field: 'score', direction: 'desc' } });
  });
});
