import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aJob } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/render';
import { JobErrors } from './job-errors';

const errors = [
  { at: '2026-01-12T09:00:03Z', line: 8, message: "line 8: unknown edge kind 'likes' (use follows, reposts, mentions or links)" },
  { at: '2026-01-12T09:00:03Z', line: 1204, message: "line 1204: weight 'lots' is not a non-negative number" },
];

describe('JobErrors', () => {
  it('lists each error with its time, line and message, and how many more there were', () => {
    renderWithProviders(
      <JobErrors job={aJob({ status: 'COMPLETED', errors, errorCount: 27, hasRejectedRows: true })} />,
    );

    const table = screen.getByRole('table', { name: 'Errors of this job' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Time', 'Line', 'Message']);
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getAllByRole('cell')[1]).toHaveTextContent('8');
    expect(rows[1]).toHaveTextContent("unknown edge kind 'likes'");
    expect(within(rows[2]).getAllByRole('cell')[1]).toHaveTextContent('1,204');
    expect(within(rows[1]).getByText(/2026/)).toHaveAttribute('dateTime', '2026-01-12T09:00:03Z');
    expect(screen.getByText(/25 more errors not shown\./)).toBeInTheDocument();
    expect(screen.getByText('27')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download rejected rows (CSV)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/api\/jobs\/j-\d+\/rejected$/),
    );
  });

  it('says nothing is hidden when every error is listed, and offers no download without rejected rows', () => {
    renderWithProviders(<JobErrors job={aJob({ type: 'BLUESKY', status: 'FAILED', errors: [{ at: '2026-01-12T09:00:03Z', message: 'Bluesky answered 502' }], errorCount: 1 })} />);

    const table = screen.getByRole('table', { name: 'Errors of this job' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Time', 'Message']);
    expect(within(table).getByText('Bluesky answered 502')).toBeInTheDocument();
    expect(screen.queryByText(/not shown/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /rejected rows/ })).not.toBeInTheDocument();
  });

  it('says so when there are no errors', () => {
    renderWithProviders(<JobErrors job={aJob({ status: 'COMPLETED', errors: [], errorCount: 0 })} />);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No errors')).toBeInTheDocument();
    expect(screen.getByText('Every row of the file was read.')).toBeInTheDocument();
  });
});
