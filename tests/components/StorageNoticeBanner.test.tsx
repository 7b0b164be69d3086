import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StorageNoticeBanner } from '../../components/StorageNoticeBanner';

const notice = { kind: 'storage-full' as const, at: Date.UTC(2026, 10, 20), snapshotsRemoved: 120, postsRemoved: 1, recovered: true };

describe('StorageNoticeBanner', () => {
  it('says what was removed to make room, and can be dismissed', async () => {
    const onDismiss = vi.fn();
    render(<StorageNoticeBanner notice={notice} locale="en" onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toContain('removed 120 older history points and 1 old post.');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('says plainly when new posts are not being saved', () => {
    render(<StorageNoticeBanner notice={{ ...notice, recovered: false }} locale="nl" onDismiss={vi.fn()} />);
    expect(screen.getByRole('alert').textContent).toContain('nieuwe berichten worden niet bewaard');
  });

  it('shows nothing without a notice', () => {
    const { container } = render(<StorageNoticeBanner notice={null} locale="en" onDismiss={vi.fn()} />);
    expect(container.innerHTML).toBe('');
  });
});
