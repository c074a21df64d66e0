import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { admin, aUser, usersPage } from '@/testing/fixtures';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderRoutes } from '@/testing/render';
import { AppRoutes } from './router';

const unauthenticated = () => json(401, problem(401, '/problems/unauthenticated', 'Unauthenticated', 'Please sign in.'));
const system = () => json(200, { version: '0.1.0-SNAPSHOT', mode: 'embedded' });

describe('AppRoutes', () => {
  it('sends a signed-out visitor to sign in, then on to the page they asked for', async () => {
    let signedIn = false;
    mockApi({
      'GET /api/me': () => (signedIn ? json(200, admin) : unauthenticated()),
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(200, admin);
      },
      'GET /api/system': system,
      'GET /api/users': () => json(200, usersPage([admin])),
    });
    renderRoutes(<AppRoutes />, '/settings/users?q=ada');

    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?redirect=%2Fsettings%2Fusers%3Fq%3Dada'),
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'admin@reachgraph.test');
    await user.type(screen.getByLabelText('Password'), 'e2e-admin-password-123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/settings/users?q=ada'));
    expect(await screen.findByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByTestId('current-user-name')).toHaveTextContent('Ada Admin');
    expect(screen.getByTestId('current-user-role')).toHaveTextContent('Admin');
  });

  it('signs the user out when any call answers 401', async () => {
    mockApi({
      'GET /api/me': () => json(200, admin),
      'GET /api/system': system,
      'GET /api/users': unauthenticated,
    });
    renderRoutes(<AppRoutes />, '/settings/users');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?redirect=%2Fsettings%2Fusers'));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('hides the Users tab from someone who is not an administrator', async () => {
    const strategist = aUser({ role: 'STRATEGIST', displayName: 'Sam Strategist' });
    mockApi({ 'GET /api/me': () => json(200, strategist), 'GET /api/system': system });
    renderRoutes(<AppRoutes />, '/settings');

    expect(await screen.findByRole('tab', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Users' })).not.toBeInTheDocument();
    expect(screen.getByTestId('current-user-role')).toHaveTextContent('Strategist');
  });

  it("tells someone who is not an administrator they don't have access to the users page", async () => {
    const outreach = aUser({ role: 'OUTREACH' });
    const mock = mockApi({ 'GET /api/me': () => json(200, outreach), 'GET /api/system': system });
    renderRoutes(<AppRoutes />, '/settings/users');

    expect(await screen.findByText("You don't have access")).toBeInTheDocument();
    expect(mock.callsTo('GET /api/users')).toHaveLength(0);
  });

  it('says plainly that a page is not built yet', async () => {
    mockApi({ 'GET /api/me': () => json(200, admin), 'GET /api/system': system });
    renderRoutes(<AppRoutes />, '/pipeline');

    expect(await screen.findByRole('heading', { name: 'Pipeline is not available yet' })).toBeInTheDocument();
    expect(screen.getByText(/Kanban board of your pitches/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pipeline' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page for an unknown path', async () => {
    mockApi({ 'GET /api/me': () => json(200, admin), 'GET /api/system': system });
    renderRoutes(<AppRoutes />, '/no/such/page');

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/no/such/page', { selector: 'code' })).toBeInTheDocument();
  });
});
