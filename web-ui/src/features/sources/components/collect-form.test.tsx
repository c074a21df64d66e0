import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aJob } from '@/testing/fixtures';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import type { Job } from '@/types/models';
import { CollectForm } from './collect-form';

const COLLECTIONS = 'POST /api/networks/n-1/collections';

function renderForm() {
  const onStarted = vi.fn<(job: Job) => void>();
  renderWithProviders(<CollectForm networkId="n-1" onStarted={onStarted} />);
  return { onStarted, user: userEvent.setup() };
}

describe('CollectForm', () => {
  it('sends the seeds one per line, trimmed, without blank lines or repeats, with the defaults', async () => {
    const job = aJob({ type: 'BLUESKY', status: 'QUEUED' });
    const mock = mockApi({ 'GET /api/auth/csrf': csrfHandler, [COLLECTIONS]: () => json(202, job) });
    const { user, onStarted } = renderForm();

    await user.type(
      screen.getByRole('textbox', { name: 'Accounts to start from' }),
      '  alice.bsky.social  {enter}{enter}bob.example.com{enter}   {enter}alice.bsky.social',
    );
    expect(screen.getByText(/2 entered/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(job));
    expect(JSON.parse(mock.callsTo(COLLECTIONS)[0].body)).toEqual({
      source: 'BLUESKY',
      seeds: ['alice.bsky.social', 'bob.example.com'],
      depth: 1,
      maxProfiles: 1000,
      maxEdgesPerProfile: 1000,
      collect: ['FOLLOWERS', 'FOLLOWING'],
    });
  });

  it('needs at least one seed, and no spaces inside one', async () => {
    const mock = mockApi({});
    const { user } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), '   {enter}{enter}');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));
    expect(await screen.findByText(/Enter at least one handle, one per line/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), 'alice bob');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));
    expect(await screen.findByText('“alice bob” contains a space: put one handle per line')).toBeInTheDocument();
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);
  });

  it('refuses more than 100 seeds', async () => {
    const mock = mockApi({});
    const { user } = renderForm();
    const seeds = Array.from({ length: 101 }, (_, index) => `user${index}.bsky.social`).join('\n');

    await user.click(screen.getByRole('textbox', { name: 'Accounts to start from' }));
    await user.paste(seeds);
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    expect(await screen.findByText('Enter at most 100 handles (101 now)')).toBeInTheDocument();
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);
  });

  it('needs something to collect: followers, following or interactions', async () => {
    const mock = mockApi({});
    const { user } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), 'alice.bsky.social');
    await user.click(screen.getByRole('checkbox', { name: /Followers/ }));
    await user.click(screen.getByRole('checkbox', { name: /Following/ }));
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    expect(await screen.findByText('Choose at least one of followers, following and interactions')).toBeInTheDocument();
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);
  });

  it('sends interactions alone when only they are chosen', async () => {
    const mock = mockApi({ 'GET /api/auth/csrf': csrfHandler, [COLLECTIONS]: () => json(202, aJob({ type: 'BLUESKY' })) });
    const { user, onStarted } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), 'alice.bsky.social');
    await user.click(screen.getByRole('checkbox', { name: /Followers/ }));
    await user.click(screen.getByRole('checkbox', { name: /Following/ }));
    await user.click(screen.getByRole('checkbox', { name: /Interactions/ }));
    await user.click(screen.getByRole('radio', { name: '0' }));
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    const body = JSON.parse(mock.callsTo(COLLECTIONS)[0].body);
    expect(body.collect).toEqual(['INTERACTIONS']);
    expect(body.depth).toBe(0);
  });

  it('needs the instance for Mastodon, and sends it with https:// and the token', async () => {
    const mock = mockApi({ 'GET /api/auth/csrf': csrfHandler, [COLLECTIONS]: () => json(202, aJob({ type: 'MASTODON' })) });
    const { user, onStarted } = renderForm();

    await user.click(screen.getByRole('tab', { name: 'Mastodon' }));
    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), '@alice@mastodon.social');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));
    expect(await screen.findByText(/Enter the Mastodon instance whose API to use/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Instance' })).toHaveAttribute('aria-invalid', 'true');
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Instance' }), 'https://mastodon.social/@alice');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));
    expect(await screen.findByText(/Enter just the instance’s address/)).toBeInTheDocument();
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);

    await user.clear(screen.getByRole('textbox', { name: 'Instance' }));
    await user.type(screen.getByRole('textbox', { name: 'Instance' }), 'mastodon.social/');
    await user.type(screen.getByLabelText('Access token'), ' secret-token ');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(JSON.parse(mock.callsTo(COLLECTIONS)[0].body)).toMatchObject({
      source: 'MASTODON',
      seeds: ['@alice@mastodon.social'],
      instance: 'https://mastodon.social',
      accessToken: 'secret-token',
    });
  });

  it('starts a web crawl with pages per site and no social fields', async () => {
    const mock = mockApi({ 'GET /api/auth/csrf': csrfHandler, [COLLECTIONS]: () => json(202, aJob({ type: 'CRAWL' })) });
    const { user, onStarted } = renderForm();

    await user.click(screen.getByRole('tab', { name: 'Web crawl' }));
    expect(screen.queryByRole('checkbox', { name: /Followers/ })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Sites to start from' }), 'example.com{enter}https://blog.example.org/');
    const pages = screen.getByRole('textbox', { name: 'Max pages per site' });
    await user.clear(pages);
    await user.click(screen.getByRole('button', { name: 'Start crawl' }));
    expect(await screen.findByText('Enter a whole number of pages')).toBeInTheDocument();
    expect(mock.callsTo(COLLECTIONS)).toHaveLength(0);

    await user.type(pages, '2000');
    await user.tab();
    expect(pages).toHaveValue('1,000');
    await user.click(screen.getByRole('button', { name: 'Start crawl' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalled());
    expect(JSON.parse(mock.callsTo(COLLECTIONS)[0].body)).toEqual({
      source: 'CRAWL',
      seeds: ['example.com', 'https://blog.example.org/'],
      depth: 1,
      maxProfiles: 1000,
      maxPagesPerDomain: 1000,
    });
  });

  it("puts the server's field errors under their fields", async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      [COLLECTIONS]: () =>
        json(
          400,
          problem(400, '/problems/validation', 'Invalid request', '2 seeds are not valid.', {
            errors: [
              { field: 'seeds', message: "'exa mple' is not a web address or domain" },
              { field: 'seeds[1]', message: 'size must be between 0 and 300' },
              { field: 'maxPagesPerDomain', message: 'must be less than or equal to 1000' },
            ],
          }),
        ),
    });
    const { user, onStarted } = renderForm();

    await user.click(screen.getByRole('tab', { name: 'Web crawl' }));
    await user.type(screen.getByRole('textbox', { name: 'Sites to start from' }), 'example.com');
    await user.click(screen.getByRole('button', { name: 'Start crawl' }));

    expect(
      await screen.findByText("'exa mple' is not a web address or domain; size must be between 0 and 300"),
    ).toBeInTheDocument();
    expect(screen.getByText('must be less than or equal to 1000')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Sites to start from' })).toHaveAttribute('aria-invalid', 'true');
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('says plainly when the server cannot collect yet', async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      [COLLECTIONS]: () => json(404, problem(404, '/problems/not-found', 'Not found', 'No endpoint POST /api/networks/n-1/collections.')),
    });
    const { user } = renderForm();

    await user.type(screen.getByRole('textbox', { name: 'Accounts to start from' }), 'alice.bsky.social');
    await user.click(screen.getByRole('button', { name: 'Start collecting' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Collecting is not available on this server yet.');
  });
});
