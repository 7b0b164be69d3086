import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { analyzeOptionsOf, localeOf, switchedOffRules } from '../../../lib/settings/apply';
import { sanitizeSettings } from '../../../lib/settings/validate';
import { posts, timeline } from '../../unit/analysis/builders';

describe('localeOf', () => {
  it('follows the browser unless a language is chosen', () => {
    expect(localeOf({ language: 'auto' }, 'nl-NL')).toBe('nl');
    expect(localeOf({ language: 'auto' }, 'de-DE')).toBe('en');
    expect(localeOf({ language: 'nl' }, 'en-US')).toBe('nl');
    expect(localeOf({ language: 'en' }, 'nl-BE')).toBe('en');
  });
});

describe('analyzeOptionsOf', () => {
  const shop = timeline(posts(10, (i) => ({ text: i < 4 ? `Order now: 20% korting on item ${i}!` : `A story from our workshop, part ${i}.` })));

  it('a changed threshold changes the report', () => {
    const before = analyze(shop, analyzeOptionsOf(sanitizeSettings({})));
    const after = analyze(shop, analyzeOptionsOf(sanitizeSettings({ rules: { 'sales-only-timeline': { thresholds: { warnShare: 0.5, failShare: 0.6 } } } })));
    expect(before.results.find((r) => r.id === 'sales-only-timeline')?.status).toBe('warn');
    expect(after.results.find((r) => r.id === 'sales-only-timeline')?.status).toBe('pass');
  });

  it('a switched-off rule is listed as off and not scored', () => {
    const options = analyzeOptionsOf(sanitizeSettings({ rules: { 'sales-only-timeline': { enabled: false } } }));
    expect(switchedOffRules(options)).toEqual(new Set(['sales-only-timeline']));
    expect(analyze(shop, options).results.find((r) => r.id === 'sales-only-timeline')?.status).toBe('insufficient');
  });
});
