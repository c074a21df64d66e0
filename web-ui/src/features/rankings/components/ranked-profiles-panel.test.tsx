import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import type { RankedProfile, RankingRun } from '@/types/ranking-models';
import { RankedProfilesPanel } from './ranked-profiles-panel';

const run: RankingRun = {
  id: 'r-1',
  networkId: 'n-1',
  name: 'Craft niche',
  status: 'COMPLETED',
  complete: true,
  createdAt: '2026-01-12T09:00:00Z',
  profileCount: 3,
  edgeCount: 10,
  parameters: { personalization: [] },
  stats: { communities: 2, doubleColumns: ['pagerank', 'inDegree', 'interactions', 'betweenness', 'score'], intColumns: ['followers', 'rank'] },
  previousRunId: 'r-0',
};

function aProfile(rank: number, label: string, overrides: Partial<RankedProfile> = {}): RankedProfile {
  return {
    profileId: `bluesky:${label}`,
    rank,
    score: 1 - rank / 10,
    label,
    platform: 'bluesky',
    followersInScope: 10 - rank,
    metrics: { pagerank: 0.1 / rank, inDegree: 10 - rank, interactions: 3, betweenness: 0.5 },
    percentiles: { pagerank: 1 - rank / 4, inDegree: 0.5, interactions: 0.5, betweenness: 0.2 },
    community: 0,
    flags: [],
    ...overrides,
  };
}

const maya = aProfile(1, 'maya.makes', { rankChange: { change: 'UP', by: 2, previousRank: 3 } });
const mega = aProfile(2, 'mega.influencer', { flags: ['HOLLOW_FOLLOWERS'], rankChange: { change: 'NEW' } });

function page(content: RankedProfile[], totalElements = content.length) {
  return { content, page: { size: 50, number: 0, totalElements, totalPages: 1 } };
}

function renderPanel(route = '/discover/r-1') {
  return renderWithProviders(<RankedProfilesPanel run={run} />, { route, path: '/discover/:runId' });
}

describe('RankedProfilesPanel', () => {
  it('asks the API for what the URL says: filters, sort and page', async () => {
    const mock = mockApi({ 'GET /api/rankings/r-1/profiles': () => json(200, page([mega])) });
    renderPanel('/discover/r-1?q=meg&page=2&size=25&sort=pagerank,desc&platform=bluesky,web&community=1&minFollowers=10&flagged=yes&contact=no');

    await screen.findByRole('table', { name: 'Ranked profiles' });
    const query = mock.callsTo('GET /api/rankings/r-1/profiles')[0].query;
    expect(query.getAll('platform')).toEqual(['bluesky', 'web']);
    expect(Object.fromEntries(query)).toMatchObject({
      q: 'meg',
      page: '1',
      size: '25',
      sort: 'pagerank,desc',
      community: '1',
      minFollowers: '10',
      flagged: 'true',
      hasContact: 'false',
    });
    expect(screen.getByRole('textbox', { name: 'Search profiles' })).toHaveValue('meg');
  });

  it('sorts by a clicked metric header and puts it in the URL', async () => {
    const mock = mockApi({ 'GET /api/rankings/r-1/profiles': () => json(200, page([maya, mega])) });
    renderPanel();
    const table = await screen.findByRole('table', { name: 'Ranked profiles' });
    await userEvent.click(within(table).getByText('Interactions'));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('sort=interactions%2Cdesc'));
    await waitFor(() => expect(mock.callsTo('GET /api/rankings/r-1/profiles').at(-1)?.query.get('sort')).toBe('interactions,desc'));
    expect(within(table).getByRole('columnheader', { name: /Interactions/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters to flagged profiles from the filter panel', async () => {
    const mock = mockApi({
      'GET /api/rankings/r-1/profiles': (call) => json(200, page(call.query.get('flagged') === 'true' ? [mega] : [maya, mega])),
    });
    renderPanel();
    await screen.findByRole('table', { name: 'Ranked profiles' });
    await userEvent.click(screen.getByRole('button', { name: /^Filters/ }));
    const filters = await screen.findByRole('group', { name: 'Filters' });
    await userEvent.click(within(filters).getByText('Flagged', { exact: true }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('flagged=yes'));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
    expect(mock.callsTo('GET /api/rankings/r-1/profiles').at(-1)?.query.get('flagged')).toBe('true');
    expect(screen.getByRole('row', { name: /mega.influencer/ })).toHaveTextContent('Hollow followers');
  });

  it('shows the chosen columns only, and the column chooser writes them to the URL', async () => {
    mockApi({ 'GET /api/rankings/r-1/profiles': () => json(200, page([maya])) });
    renderPanel('/discover/r-1?cols=score,change');
    const table = await screen.findByRole('table', { name: 'Ranked profiles' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['', '#', 'Profile', 'Score', 'Change']);
    expect(within(table).getByRole('img', { name: /Up 2 places/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'PageRank' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('cols=score%2Cchange%2Cpagerank'));
    expect(within(table).getByRole('columnheader', { name: /PageRank/ })).toBeInTheDocument();
  });

  it('says so when nothing matches, and clears search and filters', async () => {
    mockApi({ 'GET /api/rankings/r-1/profiles': (call) => json(200, page(call.query.get('q') ? [] : [maya])) });
    renderPanel('/discover/r-1?q=nobody&flagged=no');
    expect(await screen.findByText('No profiles match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/discover\/r-1$/));
    expect(await screen.findByRole('link', { name: 'maya.makes' })).toHaveAttribute('href', '/discover/r-1/profiles/bluesky%3Amaya.makes');
  });

  it('exports the filtered list as CSV with the same query', async () => {
    mockApi({ 'GET /api/rankings/r-1/profiles': () => json(200, page([maya])) });
    renderPanel('/discover/r-1?platform=bluesky&minFollowers=100&sort=score,desc');
    await screen.findByRole('table', { name: 'Ranked profiles' });
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/rankings/r-1/profiles.csv?platform=bluesky&minFollowers=100&sort=score%2Cdesc',
    );
  });
});
