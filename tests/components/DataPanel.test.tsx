import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../components/dashboard/DataPanel';

function setup(message: { text: string; error: boolean } | null = null) {
  const handlers = { onExportJson: vi.fn(), onExportCsv: vi.fn(), onImport: vi.fn(), onDeleteAll: vi.fn() };
  render(<DataPanel locale="en" pages={3} message={message} {...handlers} />);
  return handlers;
}

describe('DataPanel', () => {
  it('exports as JSON and CSV', async () => {
    const handlers = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export all posts (CSV)' }));
    expect(handlers.onExportJson).toHaveBeenCalledOnce();
    expect(handlers.onExportCsv).toHaveBeenCalledOnce();
  });

  it('imports the chosen file', async () => {
    const handlers = setup();
    const file = new File(['{}'], 'echt.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Choose an Echt export file'), file);
    expect(handlers.onImport).toHaveBeenCalledWith(file);
  });

  it('deletes everything only after a second, explicit yes; cancel is focused first', async () => {
    const handlers = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(screen.getByText(/for 3 pages\? This cannot be undone/)).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(handlers.onDeleteAll).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(handlers.onDeleteAll).toHaveBeenCalledOnce();
  });

  it('reports a refused import as an alert', () => {
    setup({ text: 'This JSON file is not an Echt export. Nothing was changed.', error: true });
    expect(screen.getByRole('alert').textContent).toContain('Nothing was changed.');
  });
});
