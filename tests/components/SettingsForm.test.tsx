import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '../../components/dashboard/SettingsForm';
import { RULE_IDS, type RuleId } from '../../lib/analysis/model';
import { RULES } from '../../lib/analysis/rules';
import { DEFAULT_SETTINGS } from '../../lib/settings/defaults';

const specs = Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].thresholds])) as Record<RuleId, (typeof RULES)[RuleId]['thresholds']>;

describe('SettingsForm', () => {
  it('labels every control', () => {
    const { container } = render(<SettingsForm settings={DEFAULT_SETTINGS} specs={specs} locale="en" onChange={vi.fn()} />);
    for (const control of container.querySelectorAll('input, select')) {
      const id = control.getAttribute('id');
      const labelled = control.closest('label') || (id && container.querySelector(`label[for="${id}"]`)) || control.getAttribute('aria-label');
      expect(labelled, control.outerHTML).toBeTruthy();
    }
  });

  it('switches a check off', async () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} specs={specs} locale="en" onChange={onChange} />);
    await userEvent.click(screen.getByTestId('rule-enabled-hashtag-overuse'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, rules: { 'hashtag-overuse': { enabled: false } } });
  });

  it('changes one threshold of one check', async () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} specs={specs} locale="en" onChange={onChange} />);
    await userEvent.type(screen.getByTestId('threshold-sales-only-timeline-warnShare'), '60');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, rules: { 'sales-only-timeline': { thresholds: { warnShare: 0.6 } } } });
  });

  it('chooses the language and the badges', async () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} specs={specs} locale="nl" onChange={onChange} />);
    await userEvent.selectOptions(screen.getByLabelText('Taal'), 'nl');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, language: 'nl' });
    await userEvent.click(screen.getByTestId('badges-toggle'));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, badges: true });
  });

  it('restores a check’s defaults', async () => {
    const onChange = vi.fn();
    const settings = { ...DEFAULT_SETTINGS, rules: { 'hashtag-overuse': { thresholds: { linkedinWarnAbove: 5 } } } };
    const { container } = render(<SettingsForm settings={settings} specs={specs} locale="en" onChange={onChange} />);
    const panel = container.querySelector<HTMLElement>('[data-rule-settings="hashtag-overuse"]');
    if (!panel) throw new Error('no panel');
    expect(within(panel).getByText(/1 changed/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Restore the defaults', hidden: true }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, rules: { 'hashtag-overuse': { thresholds: {} } } });
  });
});
