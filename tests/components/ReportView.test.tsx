import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportView, type ReportViewProps } from '../../components/ReportView';
import { RULE_IDS } from '../../lib/analysis/model';
import { webshopReport } from './report-samples';

function renderReport(overrides: Partial<ReportViewProps> = {}) {
  const props: ReportViewProps = {
    report: webshopReport(),
    locale: 'en',
    pageName: 'Kaasmeester',
    platformName: 'LinkedIn',
    postsStored: 10,
    quality: { kind: 'good' },
    switchedOff: new Set(),
    compact: true,
    ...overrides,
  };
  return render(<ReportView {...props} />);
}

describe('ReportView', () => {
  it('shows the score, the grade, the verdict and the data basis', () => {
    const report = webshopReport();
    renderReport({ report });
    expect(screen.getByTestId('health-score').textContent).toBe(String(report.score));
    expect(screen.getByTestId('health-grade').textContent).toBe(report.grade);
    expect(screen.getByTestId('verdict').textContent).toBeTruthy();
    expect(screen.getByTestId('posts-analyzed').textContent).toBe('10');
    expect(screen.getByTestId('basis').textContent).toMatch(/10 posts analysed · 0 comments read, seen over \d+ days?; rates per follower/);
  });

  it('lists every check once, problems first', () => {
    const { container } = renderReport();
    const cards = [...container.querySelectorAll<HTMLElement>('[data-rule-id]')];
    expect(cards.map((card) => card.dataset.ruleId).sort()).toEqual([...RULE_IDS].sort());
    const statuses = cards.map((card) => card.dataset.status);
    const firstQuiet = statuses.findIndex((s) => s === 'pass' || s === 'insufficient');
    expect(statuses.slice(firstQuiet).some((s) => s === 'fail' || s === 'warn')).toBe(false);
    expect(statuses[0]).toBe('fail');
  });

  it('folds passed and quiet checks away in the popup, shows them in the dashboard', () => {
    const popup = renderReport();
    expect([...popup.container.querySelectorAll('details')].every((d) => !d.open)).toBe(true);
    popup.unmount();
    const dashboard = renderReport({ compact: false });
    expect([...dashboard.container.querySelectorAll('details')].every((d) => d.open)).toBe(true);
  });

  it('withholds the score when the page could not be read, and says why', () => {
    renderReport({ quality: { kind: 'unreadable', cards: 12 } });
    expect(screen.getByTestId('health-score').dataset.status).toBe('insufficient');
    expect(screen.getByRole('alert').textContent).toContain('LinkedIn’s layout may have changed');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('marks switched-off checks as off', () => {
    const { container } = renderReport({ switchedOff: new Set(['hashtag-overuse']) });
    const card = container.querySelector<HTMLElement>('[data-rule-id="hashtag-overuse"]');
    expect(card && within(card).getByRole('heading').textContent).toContain('Off');
  });

  it('speaks Dutch', () => {
    renderReport({ locale: 'nl' });
    expect(screen.getByTestId('basis').textContent).toContain('berichten geanalyseerd');
    expect(screen.getAllByText(/^Onvoldoende$/, { selector: '.rule__status' }).length).toBeGreaterThan(0);
  });
});
