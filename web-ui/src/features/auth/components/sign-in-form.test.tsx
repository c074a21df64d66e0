import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { admin } from '@/testing/fixtures';
import type { User } from '@/types/models';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import { SignInForm } from './sign-in-form';

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), email);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('posts the credentials form-urlencoded with the CSRF token and reports the user', async () => {
    const mock = mockApi({ 'GET /api/auth/csrf': csrfHandler, 'POST /api/auth/login': () => json(200, admin) });
    const onSignedIn = vi.fn<(user: User) => void>();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    await signIn(' admin@reachgraph.test ', 'e2e-admin-password-123');

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(admin, expect.anything(), undefined, expect.anything()));
    const login = mock.callsTo('POST /api/auth/login')[0];
    expect(login.headers.get('Content-Type')).toContain('application/x-www-form-urlencoded');
    expect(login.headers.get('X-XSRF-TOKEN')).toBe('test-csrf-token');
    expect(Object.fromEntries(new URLSearchParams(login.body))).toEqual({
      email: 'admin@reachgraph.test',
      password: 'e2e-admin-password-123',
    });
  });

  it("shows the problem's detail when the credentials are refused", async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/auth/login': () =>
        json(401, problem(401, '/problems/bad-credentials', 'Bad credentials', 'The email or password is not right.')),
    });
    const onSignedIn = vi.fn<(user: User) => void>();
    renderWithProviders(<SignInForm onSignedIn={onSignedIn} />);

    await signIn('admin@reachgraph.test', 'wrong-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't sign you in");
    expect(alert).toHaveTextContent('The email or password is not right.');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says how long to wait when there were too many attempts', async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/auth/login': () =>
        json(
          429,
          problem(429, '/problems/too-many-sign-in-attempts', 'Too many sign-in attempts', 'Too many failed sign-ins for this account.'),
          { 'Retry-After': '90' },
        ),
    });
    renderWithProviders(<SignInForm onSignedIn={vi.fn<(user: User) => void>()} />);

    await signIn('admin@reachgraph.test', 'whatever-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts');
    expect(alert).toHaveTextContent('Too many failed sign-ins for this account. Try again in 2 minutes.');
  });

  it("does not repeat the wait when the server's message already gives it", async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/auth/login': () =>
        json(
          429,
          problem(429, '/problems/too-many-sign-in-attempts', 'Too many failed sign-ins', 'Locked. Try again in 90 seconds.'),
          { 'Retry-After': '90' },
        ),
    });
    renderWithProviders(<SignInForm onSignedIn={vi.fn<(user: User) => void>()} />);

    await signIn('admin@reachgraph.test', 'whatever-password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Locked. Try again in 90 seconds.');
    expect(alert.textContent?.match(/try again/gi)).toHaveLength(1);
  });

  it('asks for the missing fields without calling the server', async () => {
    const mock = mockApi({});
    renderWithProviders(<SignInForm onSignedIn={vi.fn<(user: User) => void>()} />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(mock.calls).toHaveLength(0);
  });
});
