import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfHandler, json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/render';
import type { Shortlist } from '@/types/ranking-models';
import { ShortlistItemsPanel } from './shortlist-items-panel';

function aShortlist(notes: Record<string, string | undefined> = {}): Shortlist {
  return {
    id: 's-1',
    name: 'Spring pitch',
    networkId: 'n-1',
    createdAt: '2026-01-12T09:00:00Z',
    updatedAt: '2026-01-12T09:00:00Z',
    size: 2,
    items: [
      { profileId: 'bluesky:maya.makes', label: 'maya.makes', platform: 'bluesky', followersCount: 12500, addedAt: '2026-01-12T09:00:00Z', note: notes['bluesky:maya.makes'] ?? 'The hub', runId: 'r-1' },
      { profileId: 'bluesky:craft.bridge', label: 'craft.bridge', platform: 'bluesky', addedAt: '2026-01-12T09:00:00Z', note: notes['bluesky:craft.bridge'] },
    ],
  };
}

function renderPanel(canEdit = true) {
  return renderWithProviders(
    <ShortlistItemsPanel
      shortlist={aShortlist()}
      canEdit={canEdit}
      discoverHref="/discover"
      profileHref={(item) => (item.runId ? `/discover/${item.runId}/profiles/${encodeURIComponent(item.profileId)}` : undefined)}
    />,
  );
}

describe('ShortlistItemsPanel', () => {
  it('lists the profiles with followers, notes, links and the export', () => {
    mockApi({});
    renderPanel();
    const rows = within(screen.getByRole('table', { name: 'Shortlisted profiles' })).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('12,500');
    expect(rows[0]).toHaveTextContent('The hub');
    expect(within(rows[0]).getByRole('link', { name: 'maya.makes' })).toHaveAttribute('href', '/discover/r-1/profiles/bluesky%3Amaya.makes');
    expect(within(rows[1]).queryByRole('link')).toBeNull();
    expect(rows[1]).toHaveTextContent('No note yet');
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', '/api/shortlists/s-1/export');
  });

  it('edits a note in place and saves it with PATCH', async () => {
    const mock = mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'PATCH /api/shortlists/s-1/items/bluesky%3Acraft.bridge': (call) =>
        json(200, aShortlist({ 'bluesky:craft.bridge': JSON.parse(call.body).note })),
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add note on craft.bridge' }));
    const box = screen.getByRole('textbox', { name: 'Note on craft.bridge' });
    expect(box).toHaveFocus();
    await user.type(box, '  Links both groups  ');
    await user.click(screen.getByRole('button', { name: 'Save note' }));

    expect(await screen.findByText('Note on craft.bridge saved.')).toBeInTheDocument();
    const calls = mock.callsTo('PATCH /api/shortlists/s-1/items/bluesky%3Acraft.bridge');
    expect(JSON.parse(calls[0].body)).toEqual({ note: 'Links both groups' });
    expect(calls[0].headers.get('X-XSRF-TOKEN')).toBe('test-csrf-token');
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note on craft.bridge' })).toBeNull());
  });

  it('keeps the text and says why when saving fails; Escape cancels', async () => {
    mockApi({
      'GET /api/auth/csrf': csrfHandler,
      'PATCH /api/shortlists/s-1/items/bluesky%3Amaya.makes': () => json(400, problem(400, '/problems/validation', 'Invalid', 'note: too long')),
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit note on maya.makes' }));
    const box = screen.getByRole('textbox', { name: 'Note on maya.makes' });
    expect(box).toHaveValue('The hub');
    await user.clear(box);
    await user.type(box, 'Changed');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await screen.findAllByText("Couldn't save the note"))[0]).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note on maya.makes' })).toHaveValue('Changed');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Note on maya.makes' })).toBeNull();
    expect(screen.getByText('The hub')).toBeInTheDocument();
  });

  it('refuses a note that is too long before sending it', async () => {
    const mock = mockApi({});
    renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add note on craft.bridge' }));
    const box = screen.getByRole('textbox', { name: 'Note on craft.bridge' });
    await user.click(box);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByText(/Keep the note under 2,000 characters/)).toBeInTheDocument();
    expect(mock.calls).toHaveLength(0);
  });

  it('is read-only for outreach colleagues', () => {
    mockApi({});
    renderPanel(false);
    expect(screen.queryByRole('button', { name: /note on/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByText('The hub')).toBeInTheDocument();
  });
});
