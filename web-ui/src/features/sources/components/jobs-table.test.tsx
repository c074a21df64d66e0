import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aJob, aNetwork, page } from '@/testing/fixtures';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import type { Job } from '@/types/models';
import { JOB_POLL_MS } from '../api/get-jobs';
import type { JobAction } from '../utils/job-status';
import { JobsPanel } from './jobs-panel';
import { JobsTable } from './jobs-table';

function rowOf(subject: string) {
  const row = screen.getByRole('link', { name: subject }).closest('tr');
  if (!row) {
    throw new Error(`no row for ${subject}`);
  }
  return row;
}

function renderTable(jobs: Job[], canControl = true) {
  const onAction = vi.fn<(job: Job, action: JobAction) => void>();
  renderWithProviders(<JobsTable jobs={jobs} canControl={canControl} onAction={onAction} />);
  return { onAction, user: userEvent.setup() };
}

describe('JobsTable', () => {
  it('shows the percentage on the progress bar when the total is known', () => {
    renderTable([aJob({ status: 'RUNNING', percent: 42, parameters: { originalName: 'edges.csv' } })]);

    const bar = within(rowOf('edges.csv')).getByRole('progressbar', { name: 'Progress of edges.csv' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(within(rowOf('edges.csv')).getByText('42%')).toBeInTheDocument();
    expect(within(rowOf('edges.csv')).getByText('12,345 records read')).toBeInTheDocument();
    expect(within(rowOf('edges.csv')).getByText('11,990 edges · 2 rejected')).toBeInTheDocument();
  });

  it('shows a moving bar and the counts so far when the total is not known', () => {
    renderTable([
      aJob({
        type: 'BLUESKY',
        status: 'RUNNING',
        percent: undefined,
        progress: { profiles: 1500, edges: 48210, requests: 310, retries: 0, rateLimitWaits: 1, hidden: 0 },
        parameters: { seeds: ['alice.bsky.social', 'bob.bsky.social'] },
      }),
    ]);

    const row = rowOf('alice.bsky.social and 1 more');
    const bar = within(row).getByRole('progressbar', { name: 'Progress of alice.bsky.social and 1 more' });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(bar).toHaveAttribute('aria-valuetext', '1,500 profiles');
    expect(bar).toHaveAttribute('data-indeterminate', 'true');
    expect(within(row).getByText('48,210 edges · 310 requests · 1 rate-limit wait')).toBeInTheDocument();
    expect(within(row).getByText('Running')).toBeInTheDocument();
    expect(within(row).getByText('Bluesky')).toBeInTheDocument();
  });

  it('offers the actions each status allows', () => {
    renderTable([
      aJob({ status: 'RUNNING', parameters: { originalName: 'running.csv' } }),
      aJob({ status: 'QUEUED', parameters: { originalName: 'queued.csv' } }),
      aJob({ status: 'PAUSED', parameters: { originalName: 'paused.csv' } }),
      aJob({ status: 'FAILED', parameters: { originalName: 'failed.csv' } }),
      aJob({ status: 'COMPLETED', percent: 100, parameters: { originalName: 'completed.csv' } }),
      aJob({ status: 'CANCELLED', parameters: { originalName: 'cancelled.csv' } }),
    ]);

    const buttons = (subject: string) => within(rowOf(subject)).queryAllByRole('button').map((button) => button.textContent);
    expect(buttons('running.csv')).toEqual(['Pause', 'Cancel']);
    expect(buttons('queued.csv')).toEqual(['Pause', 'Cancel']);
    expect(buttons('paused.csv')).toEqual(['Resume', 'Cancel']);
    expect(buttons('failed.csv')).toEqual(['Resume', 'Cancel']);
    expect(buttons('completed.csv')).toEqual([]);
    expect(buttons('cancelled.csv')).toEqual([]);
  });

  it('says when a pause was asked for and does not offer it again', () => {
    renderTable([aJob({ status: 'RUNNING', requested: 'PAUSE', parameters: { originalName: 'pausing.csv' } })]);

    const row = rowOf('pausing.csv');
    expect(within(row).getByText('Pausing…')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Pause' })).toBeDisabled();
    expect(within(row).getByRole('button', { name: 'Cancel' })).toBeEnabled();
  });

  it('hands the chosen action over', async () => {
    const job = aJob({ status: 'PAUSED', parameters: { originalName: 'paused.csv' } });
    const { onAction, user } = renderTable([job]);

    await user.click(within(rowOf('paused.csv')).getByRole('button', { name: 'Resume' }));

    expect(onAction).toHaveBeenCalledWith(job, 'resume');
  });

  it('shows no actions to someone who may only look (outreach)', () => {
    renderTable(
      [
        aJob({ status: 'RUNNING', parameters: { originalName: 'running.csv' } }),
        aJob({ status: 'PAUSED', parameters: { originalName: 'paused.csv' } }),
        aJob({ status: 'FAILED', parameters: { originalName: 'failed.csv' } }),
      ],
      false,
    );

    expect(screen.getAllByRole('row')).toHaveLength(4);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });
});

describe('JobsPanel', () => {
  it("polls while a job runs, stops once it is done, and names each job's network", async () => {
    let calls = 0;
    const running = aJob({ id: 'j-live', status: 'RUNNING', percent: 10, parameters: { originalName: 'live.csv' } });
    const mock = mockApi({
      'GET /api/jobs': () => {
        calls += 1;
        const job = calls < 2 ? running : { ...running, status: 'COMPLETED' as const, percent: 100 };
        return json(200, page([job]));
      },
      'GET /api/networks/n-1': () => json(200, aNetwork({ name: 'Slow fashion' })),
    });
    renderWithProviders(<JobsPanel canControl />);

    expect(await screen.findByText('Updating live')).toBeInTheDocument();
    expect(await within(rowOf('live.csv')).findByRole('link', { name: 'Slow fashion' })).toHaveAttribute(
      'href',
      '/sources/networks/n-1',
    );
    await waitFor(() => expect(within(rowOf('live.csv')).getByText('Completed')).toBeInTheDocument(), {
      timeout: JOB_POLL_MS * 3,
    });
    expect(screen.queryByText('Updating live')).not.toBeInTheDocument();
    const settled = mock.callsTo('GET /api/jobs').length;
    await new Promise((resolve) => setTimeout(resolve, JOB_POLL_MS + 300));
    expect(mock.callsTo('GET /api/jobs')).toHaveLength(settled);
    expect(Object.fromEntries(mock.callsTo('GET /api/jobs')[0].query)).toEqual({ page: '0', size: '10' });
  });

  it("lists one network's jobs, page and status from the URL", async () => {
    const mock = mockApi({ 'GET /api/jobs': () => json(200, page([], { number: 1, size: 10, totalElements: 0 })) });
    renderWithProviders(<JobsPanel networkId="n-7" canControl={false} title="Jobs in this network" />, {
      route: '/sources/networks/n-7?jobsPage=2&jobStatus=FAILED',
    });

    expect(await screen.findByText('No failed jobs')).toBeInTheDocument();
    expect(Object.fromEntries(mock.callsTo('GET /api/jobs')[0].query)).toEqual({
      page: '1',
      size: '10',
      networkId: 'n-7',
      status: 'FAILED',
    });
    expect(mock.callsTo('GET /api/networks/n-7')).toHaveLength(0);
  });

  it('pauses at once, and cancels only after confirming', async () => {
    const job = aJob({ id: 'j-9', status: 'RUNNING', parameters: { originalName: 'big.csv' } });
    const mock = mockApi({
      'GET /api/jobs': () => json(200, page([job])),
      'GET /api/networks/n-1': () => json(200, aNetwork()),
      'GET /api/auth/csrf': csrfHandler,
      'POST /api/jobs/j-9/pause': () => json(200, { ...job, requested: 'PAUSE', message: 'Pausing…' }),
      'POST /api/jobs/j-9/cancel': () =>
        json(409, problem(409, '/problems/invalid-job-transition', 'Not possible now', 'A completed job cannot be cancelled.')),
    });
    renderWithProviders(<JobsPanel canControl />);
    const user = userEvent.setup();

    await user.click(await within(await screen.findByRole('table')).findByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(mock.callsTo('POST /api/jobs/j-9/pause')).toHaveLength(1));
    expect(await screen.findByText('The job will pause at its next checkpoint.')).toBeInTheDocument();

    await user.click(within(rowOf('big.csv')).getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel job' });
    expect(mock.callsTo('POST /api/jobs/j-9/cancel')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel job' }));
    await waitFor(() => expect(mock.callsTo('POST /api/jobs/j-9/cancel')).toHaveLength(1));
    expect(await screen.findByText('A completed job cannot be cancelled.')).toBeInTheDocument();
  });
});
