import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PagesTable, type PageListRow } from '../../components/dashboard/PagesTable';

const rows: PageListRow[] = [
  { key: 'linkedin:company/a', name: 'Acme', platformName: 'LinkedIn', relation: 'mine', score: 81, grade: 'B', posts: 12, lastSeenAt: Date.UTC(2026, 10, 20), reportHref: '#/page/a' },
  { key: 'linkedin:company/b', name: 'Bolt', platformName: 'LinkedIn', relation: 'unmarked', score: null, grade: null, posts: 2, lastSeenAt: Date.UTC(2026, 10, 19), reportHref: '#/page/b' },
];

describe('PagesTable', () => {
  it('marks a page as competitor and ticks pages to compare', async () => {
    const onRelation = vi.fn();
    const onToggle = vi.fn();
    render(<PagesTable rows={rows} locale="en" selected={new Set()} onToggle={onToggle} onRelation={onRelation} />);
    await userEvent.selectOptions(screen.getByLabelText('Whose page is Bolt'), 'competitor');
    expect(onRelation).toHaveBeenCalledWith('linkedin:company/b', 'competitor');
    await userEvent.click(screen.getByLabelText('Compare Acme'));
    expect(onToggle).toHaveBeenCalledWith('linkedin:company/a');
  });

  it('shows the score with its grade, or a dash without one', () => {
    render(<PagesTable rows={rows} locale="nl" selected={new Set()} onToggle={vi.fn()} onRelation={vi.fn()} />);
    expect(screen.getAllByTestId('page-score').map((cell) => cell.textContent)).toEqual(['81 (B)', '–']);
    expect(screen.getByRole('link', { name: 'Acme' }).getAttribute('href')).toBe('#/page/a');
    expect((screen.getByLabelText('Van wie is Acme') as HTMLSelectElement).value).toBe('mine');
  });
});
