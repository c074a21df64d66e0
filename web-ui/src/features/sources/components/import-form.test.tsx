import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubXhr } from '@/testing/fake-xhr';
import { aJob } from '@/testing/fixtures';
import { csrfHandler, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import type { Job } from '@/types/models';
import { MAX_IMPORT_BYTES } from '../utils/import-form';
import { ImportForm } from './import-form';

function renderForm() {
  const onStarted = vi.fn<(job: Job) => void>();
  const result = renderWithProviders(<ImportForm networkId="n-1" onStarted={onStarted} />);
  const fileInput = result.container.querySelector<HTMLInputElement>('input[type="file"]');
  if (!fileInput) {
    throw new Error('no file input');
  }
  return { ...result, onStarted, fileInput, user: userEvent.setup() };
}

function csvFile(name = 'edges.csv', content = 'source,target\nalice,bob\n') {
  return new File([content], name, { type: 'text/csv' });
}

describe('ImportForm', () => {
  it('asks for a file before sending anything', async () => {
    const xhrs = stubXhr();
    const mock = mockApi({});
    const { user, onStarted } = renderForm();

    await user.click(screen.getByRole('button', { name: 'Import file' }));

    expect(await screen.findByText('Choose a file to import')).toBeInTheDocument();
    expect(xhrs).toHaveLength(0);
    expect(mock.calls).toHaveLength(0);
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('refuses a file larger than 256 MB with its size and the limit', async () => {
    const xhrs = stubXhr();
    mockApi({});
    const { user, fileInput } = renderForm();
    const huge = csvFile('huge.csv');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 5 * 1024 * 1024 });

    await user.upload(fileInput, huge);
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    expect(await screen.findByText(/This file is 261 MB; files can be at most 256 MB/)).toBeInTheDocument();
    expect(xhrs).toHaveLength(0);
  });

  it('accepts a file of exactly 256 MB', async () => {
    const xhrs = stubXhr();
    mockApi({ 'GET /api/auth/csrf': csrfHandler });
    const { user, fileInput } = renderForm();
    const limit = csvFile('limit.csv');
    Object.defineProperty(limit, 'size', { value: MAX_IMPORT_BYTES });

    await user.upload(fileInput, limit);
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    await waitFor(() => expect(xhrs[0]?.sent).toBe(true));
    expect(screen.queryByText(/files can be at most/)).not.toBeInTheDocument();
  });

  it('refuses a platform that is not 1-20 lower-case letters, digits or dashes', async () => {
    const xhrs = stubXhr();
    mockApi({});
    const { user, fileInput } = renderForm();

    await user.upload(fileInput, csvFile());
    const platform = screen.getByRole('combobox', { name: 'Platform' });
    await user.clear(platform);
    await user.type(platform, 'My Platform!');
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    expect(await screen.findByText(/Use 1 to 20 lower-case letters, digits or “-”/)).toBeInTheDocument();
    expect(platform).toHaveAttribute('aria-invalid', 'true');
    expect(xhrs).toHaveLength(0);

    await user.clear(platform);
    await user.type(platform, 'a-very-long-platform-name');
    await user.click(screen.getByRole('button', { name: 'Import file' }));
    expect(await screen.findByText(/Use 1 to 20 lower-case letters/)).toBeInTheDocument();
    expect(xhrs).toHaveLength(0);
  });

  it('uploads the file with its options, shows the upload progress and hands over the job', async () => {
    const xhrs = stubXhr();
    mockApi({ 'GET /api/auth/csrf': csrfHandler });
    const { user, fileInput, onStarted } = renderForm();
    const job = aJob({ status: 'QUEUED', percent: undefined });

    await user.upload(fileInput, csvFile('fashion.csv'));
    const platform = screen.getByRole('combobox', { name: 'Platform' });
    await user.clear(platform);
    await user.type(platform, 'mastodon');
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    await waitFor(() => expect(xhrs[0]?.sent).toBe(true));
    const xhr = xhrs[0];
    expect(xhr.method).toBe('POST');
    const url = new URL(xhr.url);
    expect(url.pathname).toBe('/api/networks/n-1/imports');
    expect(Object.fromEntries(url.searchParams)).toEqual({ platform: 'mastodon', defaultKind: 'FOLLOWS' });
    expect(xhr.headers['X-XSRF-TOKEN']).toBe('test-csrf-token');
    expect(xhr.form?.get('file')).toHaveProperty('name', 'fashion.csv');

    xhr.progress(5 * 1024 * 1024, 20 * 1024 * 1024);
    expect(await screen.findByText('Uploading 5 MB of 20 MB (25%)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('aria-valuenow', '25');

    xhr.respond(202, job);
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(job));
  });

  it("shows why the server refused the file", async () => {
    const xhrs = stubXhr();
    mockApi({ 'GET /api/auth/csrf': csrfHandler });
    const { user, fileInput, onStarted } = renderForm();

    await user.upload(fileInput, csvFile('photo.csv'));
    await user.click(screen.getByRole('button', { name: 'Import file' }));
    await waitFor(() => expect(xhrs[0]?.sent).toBe(true));
    xhrs[0].respond(
      422,
      problem(422, '/problems/invalid-graph-file', 'File cannot be imported', 'The file looks binary, not like CSV, GraphML or GEXF.'),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file cannot be imported');
    expect(alert).toHaveTextContent('The file looks binary, not like CSV, GraphML or GEXF.');
    expect(onStarted).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Import file' })).toBeEnabled();
  });

  it('sends the chosen format, and none for "Detect automatically"', async () => {
    const xhrs = stubXhr();
    mockApi({ 'GET /api/auth/csrf': csrfHandler });
    const { user, fileInput } = renderForm();

    await user.upload(fileInput, csvFile('graph.xml', '<graphml/>'));
    await user.click(screen.getByRole('combobox', { name: 'Format' }));
    await user.click(await screen.findByRole('option', { name: 'GraphML', hidden: true }));
    await user.click(screen.getByRole('combobox', { name: 'Default edge kind' }));
    await user.click(await screen.findByRole('option', { name: 'Links', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Import file' }));

    await waitFor(() => expect(xhrs[0]?.sent).toBe(true));
    expect(Object.fromEntries(new URL(xhrs[0].url).searchParams)).toEqual({
      format: 'GRAPHML',
      platform: 'other',
      defaultKind: 'LINKS',
    });
  });
});
