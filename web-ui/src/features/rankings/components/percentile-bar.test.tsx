import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { rankChangeLook } from '../utils/rank-change';
import { PercentileBar, percentileColor } from './percentile-bar';
import { RankChangeIndicator } from './rank-change-indicator';

describe('PercentileBar', () => {
  it('shows the value with a bar as long as the percentile, described for screen readers', () => {
    const { container } = renderWithProviders(<PercentileBar value="0.0412" percentile={0.87} label="PageRank" />);
    expect(screen.getByText('0.0412')).toBeInTheDocument();
    const meter = screen.getByLabelText('PageRank: 0.0412, top 13% of this ranking (percentile 87)');
    expect(meter).toHaveAttribute('data-percentile', '87');
    expect(container.querySelector('[aria-hidden="true"] span')).toHaveStyle({ width: '87%' });
  });

  it('clamps out-of-range percentiles and keeps a sliver for 0', () => {
    const first = renderWithProviders(<PercentileBar value="9" percentile={1.7} label="In-degree" />);
    expect(screen.getByLabelText(/percentile 100/)).toBeInTheDocument();
    first.unmount();
    const { container } = renderWithProviders(<PercentileBar value="0" percentile={0} label="In-degree" />);
    expect(container.querySelector('[data-percentile="0"] [aria-hidden="true"] span')).toHaveStyle({ width: '2%' });
    expect(screen.getByLabelText('In-degree: 0, bottom 1% of this ranking (percentile 0)')).toBeInTheDocument();
  });

  it('shows the bare value when the metric has no percentile', () => {
    const { container } = renderWithProviders(<PercentileBar value="12" percentile={undefined} label="Score" />);
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(container.querySelector('[data-percentile]')).toBeNull();
  });

  it('deepens the colour towards the top', () => {
    expect(percentileColor(0.95)).toContain('indigo-7');
    expect(percentileColor(0.7)).toContain('indigo-5');
    expect(percentileColor(0.4)).toContain('indigo-3');
    expect(percentileColor(0.1)).toContain('gray');
  });
});

describe('rank change arrows', () => {
  it('says up or down by how many places, and what it was', () => {
    expect(rankChangeLook({ change: 'UP', by: 3, previousRank: 7 })).toMatchObject({
      kind: 'UP',
      text: '3',
      color: 'teal',
      description: 'Up 3 places since the previous run (was #7)',
    });
    expect(rankChangeLook({ change: 'DOWN', by: 1, previousRank: 2 })?.description).toBe('Down 1 place since the previous run (was #2)');
    expect(rankChangeLook({ change: 'NEW' })).toMatchObject({ kind: 'NEW', text: 'New' });
    expect(rankChangeLook({ change: 'SAME', by: 0, previousRank: 4 })).toMatchObject({ kind: 'SAME', text: '' });
    expect(rankChangeLook(undefined)).toBeUndefined();
    expect(rankChangeLook({ change: 'SIDEWAYS' })).toBeUndefined();
  });

  it('draws an arrow with the places, or a New badge', () => {
    const down = renderWithProviders(<RankChangeIndicator change={{ change: 'DOWN', by: 4, previousRank: 6 }} />);
    const arrow = screen.getByRole('img', { name: 'Down 4 places since the previous run (was #6)' });
    expect(arrow).toHaveAttribute('data-change', 'DOWN');
    expect(arrow).toHaveTextContent('4');
    down.unmount();
    const fresh = renderWithProviders(<RankChangeIndicator change={{ change: 'NEW' }} />);
    expect(screen.getByRole('img', { name: 'Not ranked in the previous run' })).toHaveTextContent('New');
    fresh.unmount();
    renderWithProviders(<RankChangeIndicator change={undefined} />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
