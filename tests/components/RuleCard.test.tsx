import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RuleCard } from '../../components/RuleCard';
import type { RuleCardView } from '../../lib/report/rule-card-view';

const view: RuleCardView = {
  id: 'sales-only-timeline',
  status: 'fail',
  title: 'Sales-only timeline',
  statusLabel: 'Fail',
  explanation: '8 of your last 10 posts were offers (80%).',
  suggestion: 'Aim for at most 1 in 5.',
  evidence: 'Evidence: 2 posts',
  evidencePostIds: ['a', 'b'],
  people: [],
  policy: 'Facebook (January 2015): overly promotional page posts are shown less.',
};
const labels = { suggestion: 'Try this', showMe: 'Show me on the page' };

describe('RuleCard', () => {
  it('shows status, figures, explanation, suggestion, evidence and policy', () => {
    render(<RuleCard rule={view} labels={labels} />);
    const item = screen.getByRole('listitem');
    expect(item.dataset.ruleId).toBe('sales-only-timeline');
    expect(item.dataset.status).toBe('fail');
    expect(screen.getByRole('heading', { name: /Fail\s*Sales-only timeline/ })).toBeTruthy();
    expect(item.textContent).toContain('80%');
    expect(item.textContent).toContain('Try this: Aim for at most 1 in 5.');
    expect(item.textContent).toContain('Evidence: 2 posts · Facebook (January 2015)');
  });

  it('"show me" sends the evidence posts, and says what happened', async () => {
    const onShowMe = vi.fn();
    render(<RuleCard rule={view} labels={labels} onShowMe={onShowMe} showMeMessage="Highlighted 2 posts on the page." />);
    await userEvent.click(screen.getByRole('button', { name: 'Show me on the page' }));
    expect(onShowMe).toHaveBeenCalledWith(['a', 'b']);
    expect(screen.getByRole('status').textContent).toBe('Highlighted 2 posts on the page.');
  });

  it('offers no "show me" without evidence posts', () => {
    render(<RuleCard rule={{ ...view, evidencePostIds: [], evidence: null }} labels={labels} onShowMe={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
