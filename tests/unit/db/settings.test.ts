/**
 * The storage layer's view of the privacy settings until lib/settings exports a reader (see the
 * coupling note in lib/db/settings.ts): defaults, per-field fallback, never throws.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PRIVACY_DEFAULTS, readPrivacySettings } from '../../../lib/db/settings';

const area = (value: unknown) => ({ get: async () => ({ settings: value }) });

describe('readPrivacySettings', () => {
  it('defaults: keep a year, names in clear', async () => {
    expect(PRIVACY_DEFAULTS).toEqual({ retentionDays: 365, hashCommenterNames: false });
    expect(await readPrivacySettings(area(undefined))).toEqual(PRIVACY_DEFAULTS);
  });

  it('reads the fields at the top level or under privacy', async () => {
    expect(await readPrivacySettings(area({ retentionDays: 30, hashCommenterNames: true }))).toEqual({ retentionDays: 30, hashCommenterNames: true });
    expect(await readPrivacySettings(area({ privacy: { retentionDays: 90, hashCommenters: true } }))).toEqual({ retentionDays: 90, hashCommenterNames: true });
  });

  it('falls back per field on nonsense', async () => {
    for (const bad of [0, -5, 1.5, 99999, '30', null, Number.NaN]) {
      expect((await readPrivacySettings(area({ retentionDays: bad, hashCommenterNames: true }))).retentionDays).toBe(365);
    }
    expect(await readPrivacySettings(area({ retentionDays: 7, hashCommenterNames: 'yes' }))).toEqual({ retentionDays: 7, hashCommenterNames: false });
    expect(await readPrivacySettings(area('corrupt'))).toEqual(PRIVACY_DEFAULTS);
    expect(await readPrivacySettings({ get: () => Promise.reject(new Error('storage gone')) })).toEqual(PRIVACY_DEFAULTS);
  });

  it('reads browser.storage.local by default', async () => {
    await fakeBrowser.storage.local.set({ settings: { retentionDays: 14, hashCommenterNames: true } });
    expect(await readPrivacySettings()).toEqual({ retentionDays: 14, hashCommenterNames: true });
    fakeBrowser.reset();
  });
});
