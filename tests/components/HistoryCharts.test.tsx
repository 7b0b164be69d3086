import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HistoryCharts } from '../../components/dashboard/HistoryCharts';

describe('HistoryCharts', () => {
  it('says so when there is too little to draw, and still lists the spikes in words', () => {
    const time = Date.UTC(2026, 10, 2) / 1000;
    render(<HistoryCharts scores={[{ time, score: null }]} engagement={[{ time, postId: 'p1', interactions: 412, spike: true }]} locale="en" />);
    expect(screen.getAllByText('Not enough dated posts to draw this yet.')).toHaveLength(2);
    expect(screen.getByTestId('spikes').textContent).toBe('Spike: the post of 2 Nov 2026, 412 reactions and comments');
  });
});
