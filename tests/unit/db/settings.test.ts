/**
 * The storage layer's view of the privacy settings (lib/settings owns them): the same key,
 * defaults and bounds as lib/settings, per-field fallback, never throws.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRIVACY_DEFAULTS, readPrivacySettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS, RETENTION_DAYS } from '../../../lib/settings/defaults';
import { sanitizeSettings } from '../../../lib/settings/validate';

const area = (value: unknown) => ({ get: async () => ({ settings: value }) });

describe('readPrivacySettings', () => {
  it('defaults: keep a year, names in clear (the settings module\'s defaults)', async () => {
    expect(PRIVACY_DEFAULTS).toEqual({ retentionDays: 365, hashCommenterNames: false });
    expect(PRIVACY_DEFAULTS).toEqual({ retentionDays: DEFAULT_SETTINGS.retentionDays, hashCommenterNames: DEFAULT_SETTINGS.hashCommenterNames });
    expect(await readPrivacySettings(area(undefined))).toEqual(PRIVACY_DEFAULTS);
  });

  it('reads the two fields of the stored settings', async () => {
    expect(await readPrivacySettings(area({ language: 'nl', retentionDays: 30, hashCommenterNames: true, rules: {} }))).toEqual({ retentionDays: 30, hashCommenterNames: true });
  });

  it('falls back per field on nonsense, exactly as the settings module does', async () => {
    const samples: unknown[] = [0, 3, RETENTION_DAYS.min, -5, 1.5, 99_999, RETENTION_DAYS.max, '30', null, Number.NaN, 90];
    for (const days of samples) {
      for (const hash of [true, false, 'yes', 1, undefined]) {
        const raw = { retentionDays: days, hashCommenterNames: hash };
        const expected = sanitizeSettings(raw);
        expect(await readPrivacySettings(area(raw))).toEqual({ retentionDays: expected.retentionDays, hashCommenterNames: expected.hashCommenterNames });
      }
    }
    expect(await readPrivacySettings(area('corrupt'))).toEqual(PRIVACY_DEFAULTS);
    expect(await readPrivacySettings({ get: () => Promise.reject(new Error('storage gone')) })).toEqual(PRIVACY_DEFAULTS);
  });

  it('reads browser.storage.local by default', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 14, hashCommenterNames: true } });
    expect(await readPrivacySettings()).toEqual({ retentionDays: 14, hashCommenterNames: true });
    fakeBrowser.reset();
  });
});
