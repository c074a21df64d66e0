import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, aJob, aNetwork, aUser, page } from '@/testing/fixtures';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderRoutes } from '@/testing/render';
import { AppRoutes } from '../router';

const system = () => json(200, { version: '0.1.0-SNAPSHOT', mode: 'embedded' });
const outreach = aUser({ role: 'OUTREACH', displayName: 'Olga Outreach' });
const strategist = aUser({ role: 'STRATEGIST', displayName: 'Sam Strategist' });

describe('Sources', () => {
  it('is in the navigation between Discover and Network, and invites to create the first network', async () => {
    mockApi({
      'GET /api/me': () => json(200, strategist),
      'GET /api/system': system,
      'GET /api/networks': () => json(200, page([])),
      'GET /api/jobs': () => json(200, page([])),
    });
    renderRoutes(<AppRoutes />, '/sources');

    expect(await screen.findByText('No networks yet', {}, { timeout: 4000 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels.slice(0, 3)).toEqual(['Discover', 'Sources', 'Network']);
    expect(within(nav).getByRole('link', { name: 'Sources' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('button', { name: 'Create the first network' })).toBeInTheDocument();
    expect(screen.getByText('No imports or collections yet')).toBeInTheDocument();
  });

  it('keeps search, page and sort of the networks in the URL', async () => {
    const mock = mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/networks': () => json(200, page([aNetwork()], { number: 1, size: 12, totalElements: 13 })),
      'GET /api/jobs': () => json(200, page([])),
    });
    renderRoutes(<AppRoutes />, '/sources?q=fashion&page=2&sort=name,asc');

    const card = await screen.findByRole('article', { name: 'Slow fashion' });
    expect(card).toHaveTextContent('1,234');
    expect(card).toHaveTextContent('5,000 follows');
    expect(card).toHaveTextContent('120 reposts');
    expect(card).not.toHaveTextContent('0 links');
    expect(screen.getByText('13–13 of 13 networks')).toBeInTheDocument();
    expect(Object.fromEntries(mock.callsTo('GET /api/networks')[0].query)).toEqual({
      page: '1',
      size: '12',
      q: 'fashion',
      sort: 'name,asc',
    });
  });

  it('creates a network and opens it; a taken name is said under the field', async () => {
    let attempts = 0;
    const created = aNetwork({ id: 'n-new', name: 'Repair cafés', profileCount: 0, edgeCount: 0, edgeCounts: {} });
    const mock = mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/networks': () => json(200, page([])),
      'GET /api/jobs': () => json(200, page([])),
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/networks': () => {
        attempts += 1;
        return attempts === 1
          ? json(409, problem(409, '/problems/network-name-taken', 'Network name in use', "A network named 'Repair cafés' already exists."))
          : json(201, created);
      },
      'GET /api/networks/n-new': () => json(200, created),
    });
    renderRoutes(<AppRoutes />, '/sources');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New network' }));
    const dialog = await screen.findByRole('dialog', { name: 'New network' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), '  Repair cafés ');
    await user.click(within(dialog).getByRole('button', { name: 'Create network' }));
    expect(await within(dialog).findByText("A network named 'Repair cafés' already exists.")).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Menders and repair events');
    await user.click(within(dialog).getByRole('button', { name: 'Create network' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sources/networks/n-new'));
    expect(JSON.parse(mock.callsTo('POST /api/networks')[1].body)).toEqual({
      name: 'Repair cafés',
      description: 'Menders and repair events',
    });
    expect(await screen.findByRole('heading', { name: 'Repair cafés', level: 2 })).toBeInTheDocument();
  });

  it('refuses a network name longer than 120 characters before sending it', async () => {
    const mock = mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/networks': () => json(200, page([])),
      'GET /api/jobs': () => json(200, page([])),
    });
    renderRoutes(<AppRoutes />, '/sources');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'New network' }));
    const dialog = await screen.findByRole('dialog', { name: 'New network' });
    await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.paste('x'.repeat(121));
    await user.click(within(dialog).getByRole('button', { name: 'Create network' }));

    expect(await within(dialog).findByText('Use at most 120 characters (121 now)')).toBeInTheDocument();
    expect(mock.callsTo('POST /api/networks')).toHaveLength(0);
  });

  it('shows a network to outreach read-only: numbers, export and jobs, but no forms or controls', async () => {
    mockApi({
      'GET /api/me': () => json(200, outreach),
      'GET /api/system': system,
      'GET /api/networks/n-1': () => json(200, aNetwork({ writingJob: 'j-run' })),
      'GET /api/jobs': () => json(200, page([aJob({ id: 'j-run', status: 'RUNNING' })])),
    });
    renderRoutes(<AppRoutes />, '/sources/networks/n-1');

    expect(await screen.findByRole('heading', { name: 'Slow fashion', level: 2 })).toBeInTheDocument();
    expect(screen.getByTestId('network-profile-count')).toHaveTextContent('1,234');
    expect(screen.getByTestId('network-edge-count')).toHaveTextContent('5,165');
    expect(screen.getByRole('listitem', { name: 'Follows: 5,000' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Writing now' })).toHaveAttribute('href', '/sources/jobs/j-run');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/api/networks/n-1/export?format=csv');
    expect(screen.getByRole('link', { name: 'Download GEXF (Gephi)' })).toHaveAttribute(
      'href',
      '/api/networks/n-1/export?format=gexf',
    );
    expect(await screen.findByRole('link', { name: 'edges.csv' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Import a file' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Bluesky' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rename' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
  });

  it('gives a strategist the import and collect forms on a network', async () => {
    mockApi({
      'GET /api/me': () => json(200, strategist),
      'GET /api/system': system,
      'GET /api/networks/n-1': () => json(200, aNetwork()),
      'GET /api/jobs': () => json(200, page([])),
    });
    renderRoutes(<AppRoutes />, '/sources/networks/n-1');

    expect(await screen.findByRole('form', { name: 'Import a file' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Bluesky' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Rename' })).toBeInTheDocument();
  });

  it('says plainly that a network with a running job cannot be deleted', async () => {
    mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/networks/n-1': () => json(200, aNetwork({ writingJob: 'j-run' })),
      'GET /api/jobs': () => json(200, page([])),
      'GET /api/auth/csrf': csrfHandler,
      'DELETE /api/networks/n-1': () =>
        json(409, problem(409, '/problems/network-busy', 'Network busy', 'Network n-1 is being written by job j-run; try again when it is done.')),
    });
    renderRoutes(<AppRoutes />, '/sources/networks/n-1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete network' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete network' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('A job is writing to this network');
    expect(alert).toHaveTextContent('Wait for it to finish, or pause or cancel it, then try again.');
    expect(within(alert).getByRole('link', { name: 'Open the job' })).toHaveAttribute('href', '/sources/jobs/j-run');
    expect(screen.getByTestId('location')).toHaveTextContent('/sources/networks/n-1');
  });

  it('shows a job in full: status, counters, parameters, timing and its errors', async () => {
    mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/jobs/j-1': () =>
        json(
          200,
          aJob({
            id: 'j-1',
            status: 'COMPLETED',
            percent: 100,
            finishedAt: '2026-01-12T09:02:07Z',
            progress: { records: 12345, bytesRead: 1048576, rejected: 2, nodes: 800, edges: 11990, somethingNew: 7 },
            errors: [{ at: '2026-01-12T09:00:03Z', line: 7, message: 'line 7: target is empty' }],
            errorCount: 2,
            hasRejectedRows: true,
          }),
        ),
      'GET /api/networks/n-1': () => json(200, aNetwork()),
    });
    renderRoutes(<AppRoutes />, '/sources/jobs/j-1');

    expect(await screen.findByRole('heading', { name: 'edges.csv', level: 2 })).toBeInTheDocument();
    const networkLinks = await screen.findAllByRole('link', { name: 'Slow fashion' });
    expect(networkLinks.map((link) => link.getAttribute('href'))).toEqual(['/sources/networks/n-1', '/sources/networks/n-1']);
    expect(screen.getByText('Completed')).toBeInTheDocument();
    const counters = screen.getByLabelText('Counters');
    expect(within(counters).getByText('Records read').nextSibling).toHaveTextContent('12,345');
    expect(within(counters).getByText('Data read').nextSibling).toHaveTextContent('1 MB');
    expect(within(counters).queryByText('somethingNew')).not.toBeInTheDocument();
    expect(screen.getByText('CSV edge list (source, target, kind, weight)')).toBeInTheDocument();
    expect(screen.getByText('Took').nextSibling).toHaveTextContent('2 min 5 s');
    expect(within(screen.getByRole('table', { name: 'Errors of this job' })).getByText('line 7: target is empty')).toBeInTheDocument();
    expect(screen.getByText(/1 more error not shown/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download rejected rows (CSV)' })).toHaveAttribute('href', '/api/jobs/j-1/rejected');
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
  });

  it('polls a running job and offers pause and cancel, but not to outreach', async () => {
    const mock = mockApi({
      'GET /api/me': () => json(200, outreach),
      'GET /api/system': system,
      'GET /api/jobs/j-2': () => json(200, aJob({ id: 'j-2', status: 'RUNNING' })),
      'GET /api/networks/n-1': () => json(200, aNetwork()),
    });
    renderRoutes(<AppRoutes />, '/sources/jobs/j-2');

    expect(await screen.findByText('Updating live')).toBeInTheDocument();
    await waitFor(() => expect(mock.callsTo('GET /api/jobs/j-2').length).toBeGreaterThan(1), { timeout: 3000 });
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
  });
});
