import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/analysis/rules';
import { DEFAULT_SETTINGS, RETENTION_DAYS } from '../../../lib/settings/defaults';
import { isValidThreshold, sanitizeSettings } from '../../../lib/settings/validate';

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing or nonsense', () => {
    for (const raw of [undefined, null, 'settings', 42, [], { language: 'fr', badges: 'yes', retentionDays: '30', rules: 'all' }]) {
      expect(sanitizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid field', () => {
    const raw = {
      language: 'nl',
      badges: true,
      retentionDays: 30,
      hashCommenterNames: true,
      rules: { 'sales-only-timeline': { enabled: false, thresholds: { warnShare: 0.25 } } },
    };
    expect(sanitizeSettings(raw)).toEqual(raw);
  });

  it('falls back per field: one bad threshold leaves the others', () => {
    const settings = sanitizeSettings({
      language: 'en',
      retentionDays: 2,
      rules: { 'sales-only-timeline': { thresholds: { warnShare: 7, failShare: 0.4, recentPosts: Number.NaN, bogus: 3 } } },
    });
    expect(settings.language).toBe('en');
    expect(settings.retentionDays).toBe(RETENTION_DAYS.default);
    expect(settings.rules['sales-only-timeline']).toEqual({ thresholds: { failShare: 0.4 } });
  });

  it('drops unknown rules, "enabled: true" and values equal to the default', () => {
    const defaultShare = RULES['sales-only-timeline'].thresholds.warnShare?.default;
    const settings = sanitizeSettings({
      rules: { 'no-such-rule': { enabled: false }, 'hashtag-overuse': { enabled: true }, 'sales-only-timeline': { thresholds: { warnShare: defaultShare } } },
    });
    expect(settings.rules).toEqual({});
  });

  it('accepts retention only as whole days within bounds', () => {
    expect(sanitizeSettings({ retentionDays: RETENTION_DAYS.min }).retentionDays).toBe(RETENTION_DAYS.min);
    expect(sanitizeSettings({ retentionDays: RETENTION_DAYS.max }).retentionDays).toBe(RETENTION_DAYS.max);
    for (const bad of [RETENTION_DAYS.min - 1, RETENTION_DAYS.max + 1, 30.5, -1, Infinity]) {
      expect(sanitizeSettings({ retentionDays: bad }).retentionDays).toBe(RETENTION_DAYS.default);
    }
  });
});

describe('isValidThreshold', () => {
  it('follows the rule’s own bounds', () => {
    expect(isValidThreshold('sales-only-timeline', 'warnShare', 0)).toBe(true);
    expect(isValidThreshold('sales-only-timeline', 'warnShare', 1)).toBe(true);
    expect(isValidThreshold('sales-only-timeline', 'warnShare', 1.01)).toBe(false);
    expect(isValidThreshold('sales-only-timeline', 'warnShare', '0.5')).toBe(false);
    expect(isValidThreshold('sales-only-timeline', 'nope', 1)).toBe(false);
  });
});
