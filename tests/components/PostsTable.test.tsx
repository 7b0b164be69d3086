import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PostsTable } from '../../components/dashboard/PostsTable';
import type { PostRow } from '../../lib/report/post-rows';

const rows: PostRow[] = [
  { id: 'a', publishedAt: Date.UTC(2026, 10, 1), text: 'Order now!', hashtags: 8, reactions: 31, comments: 0, reposts: 1, flags: ['sales-only-timeline'] },
  { id: 'b', publishedAt: null, text: '', hashtags: 0, reactions: null, comments: null, reposts: null, flags: [] },
];

describe('PostsTable', () => {
  it('shows figures, unknown as a dash, and the flags by name', () => {
    render(<PostsTable rows={rows} total={5} locale="en" sort={{ key: 'publishedAt', direction: 'descending' }} onSort={vi.fn()} filter={{ text: '', flag: 'all' }} onFilter={vi.fn()} />);
    expect(screen.getByTestId('posts-count').textContent).toBe('Showing 2 of 5 posts');
    const cells = [...document.querySelectorAll('tr[data-post-id="b"] td')].map((td) => td.textContent);
    expect(cells).toEqual(['(no text)', '–', '–', '–', '–', '0', '']);
    expect(screen.getByText('Sales-only timeline', { selector: '.chip' })).toBeTruthy();
  });

  it('sorts from the column headers and says which way', async () => {
    const onSort = vi.fn();
    render(<PostsTable rows={rows} total={2} locale="en" sort={{ key: 'reactions', direction: 'ascending' }} onSort={onSort} filter={{ text: '', flag: 'all' }} onFilter={vi.fn()} />);
    expect(screen.getByRole('columnheader', { name: /Reactions/ }).getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(screen.getByRole('button', { name: /Comments/ }));
    expect(onSort).toHaveBeenCalledWith('comments');
  });

  it('filters by text and by flag', async () => {
    const onFilter = vi.fn();
    render(<PostsTable rows={rows} total={2} locale="en" sort={{ key: 'publishedAt', direction: 'descending' }} onSort={vi.fn()} filter={{ text: '', flag: 'all' }} onFilter={onFilter} />);
    await userEvent.type(screen.getByLabelText('Search posts'), 'k');
    expect(onFilter).toHaveBeenLastCalledWith({ text: 'k', flag: 'all' });
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'flagged');
    expect(onFilter).toHaveBeenLastCalledWith({ text: '', flag: 'flagged' });
  });
});
