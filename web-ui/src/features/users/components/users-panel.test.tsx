import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, aUser, usersPage } from '@/testing/fixtures';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { UsersPanel } from './users-panel';

const anna = aUser({ email: 'anna@reachgraph.test', displayName: 'Anna Strategist', role: 'STRATEGIST' });
const omar = aUser({ email: 'omar@reachgraph.test', displayName: 'Omar Outreach', role: 'OUTREACH', active: false });

function renderPanel(route = '/settings/users') {
  return renderWithProviders(<UsersPanel currentUserId={admin.id} />, { route, path: '/settings/users' });
}

describe('UsersPanel', () => {
  it('lists the users of the page with their role and status', async () => {
    const mock = mockApi({ 'GET /api/users': () => json(200, usersPage([admin, anna, omar])) });
    renderPanel();

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('anna@reachgraph.test');
    expect(rows[1]).toHaveTextContent('Anna Strategist');
    expect(within(rows[1]).getByRole('combobox', { name: 'Role of anna@reachgraph.test' })).toHaveValue('Strategist');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[2]).toHaveTextContent('Deactivated');
    expect(rows[0]).toHaveTextContent('You');
    expect(screen.getByText('1–3 of 3 users')).toBeInTheDocument();

    const query = mock.callsTo('GET /api/users')[0].query;
    expect(Object.fromEntries(query)).toEqual({ page: '0', size: '20', sort: 'email,asc' });
  });

  it('takes page, size, search and sort from the URL', async () => {
    const mock = mockApi({
      'GET /api/users': () => json(200, usersPage([anna], { number: 1, size: 10, totalElements: 11 })),
    });
    renderPanel('/settings/users?q=anna&page=2&size=10&sort=createdAt,desc');

    expect(await screen.findByText('11–11 of 11 users')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Search users' })).toHaveValue('anna');
    const query = mock.callsTo('GET /api/users')[0].query;
    expect(Object.fromEntries(query)).toEqual({ page: '1', size: '10', q: 'anna', sort: 'createdAt,desc' });
  });

  it('puts a typed search into the URL and starts again from page 1', async () => {
    const mock = mockApi({ 'GET /api/users': () => json(200, usersPage([anna])) });
    renderPanel('/settings/users?page=3');

    await userEvent.setup().type(await screen.findByRole('textbox', { name: 'Search users' }), 'anna');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/settings/users?q=anna'));
    await waitFor(() => expect(mock.callsTo('GET /api/users').at(-1)?.query.get('q')).toBe('anna'));
    expect(mock.callsTo('GET /api/users').at(-1)?.query.get('page')).toBe('0');
  });

  it('moves an out-of-range page from an old link to the last page', async () => {
    const mock = mockApi({
      'GET /api/users': (call) =>
        call.query.get('page') === '1'
          ? json(200, usersPage([anna], { number: 1, size: 20, totalElements: 21 }))
          : json(200, usersPage([], { number: 8, size: 20, totalElements: 21 })),
    });
    renderPanel('/settings/users?page=9');

    expect(await screen.findByText('21–21 of 21 users')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/settings/users?page=2');
    expect(mock.callsTo('GET /api/users').map((call) => call.query.get('page'))).toEqual(['8', '1']);
  });

  it('shows an empty state when nobody matches the search', async () => {
    mockApi({ 'GET /api/users': () => json(200, usersPage([])) });
    renderPanel('/settings/users?q=nobody');

    expect(await screen.findByText('No users match “nobody”')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Clear search' })).toBeInTheDocument();
  });

  it("shows the access state when the server says it's forbidden", async () => {
    mockApi({ 'GET /api/users': () => json(403, problem(403, '/problems/forbidden', 'Forbidden', 'Access denied')) });
    renderPanel();

    expect(await screen.findByText("You don't have access")).toBeInTheDocument();
  });

  it("shows the server's field errors under the add dialog's fields", async () => {
    const mock = mockApi({
      'GET /api/users': () => json(200, usersPage([admin])),
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/users': () =>
        json(
          400,
          problem(400, '/problems/validation', 'Invalid request', 'Some fields are not valid', {
            errors: [
              { field: 'email', message: 'must be a well-formed email address' },
              { field: 'displayName', message: 'must not be blank' },
            ],
          }),
        ),
    });
    renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'new.person@reachgraph.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Display name' }), 'New Person');
    await user.type(within(dialog).getByLabelText(/Initial password/), 'a-long-enough-password');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await within(dialog).findByText('must be a well-formed email address')).toBeInTheDocument();
    expect(within(dialog).getByText('must not be blank')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    expect(JSON.parse(mock.callsTo('POST /api/users')[0].body)).toEqual({
      email: 'new.person@reachgraph.test',
      displayName: 'New Person',
      role: 'STRATEGIST',
      password: 'a-long-enough-password',
    });
  });

  it('shows a taken email under the email field', async () => {
    mockApi({
      'GET /api/users': () => json(200, usersPage([admin])),
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/users': () =>
        json(409, problem(409, '/problems/email-taken', 'Email taken', 'A user with email anna@reachgraph.test already exists.')),
    });
    renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'anna@reachgraph.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Display name' }), 'Anna Again');
    await user.type(within(dialog).getByLabelText(/Initial password/), 'a-long-enough-password');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await within(dialog).findByText('A user with email anna@reachgraph.test already exists.')).toBeInTheDocument();
  });

  it('refuses a short initial password before asking the server', async () => {
    const mock = mockApi({ 'GET /api/users': () => json(200, usersPage([admin])) });
    renderPanel();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'short@reachgraph.test');
    await user.type(within(dialog).getByRole('textbox', { name: 'Display name' }), 'Short');
    await user.type(within(dialog).getByLabelText(/Initial password/), 'too-short');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await within(dialog).findByText('Use at least 12 characters (9 so far)')).toBeInTheDocument();
    expect(mock.callsTo('POST /api/users')).toHaveLength(0);
  });
});
