/**
 * The stored settings item: one fixture per version, read back through the item and sanitised.
 * When a version is added, add its fixture here and a migration test from every earlier one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/defaults';
import { sanitizeSettings } from '../../../lib/settings/validate';

// WXT storage binds to the extension API when first imported: give it the fake one first.
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
const { SETTINGS_VERSION, settingsItem } = await import('../../../lib/settings/item');

/** Settings as version 1 stored them. */
const V1 = {
  language: 'nl',
  badges: true,
  retentionDays: 90,
  hashCommenterNames: true,
  rules: { 'hashtag-overuse': { thresholds: { linkedinWarnAbove: 4 } }, 'posting-cadence': { enabled: false } },
};

describe('settingsItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is at version 1', () => {
    expect(SETTINGS_VERSION).toBe(1);
  });

  it('gives the defaults when nothing is stored', async () => {
    expect(sanitizeSettings(await settingsItem.getValue())).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a version 1 value as it was stored', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
    expect(sanitizeSettings(await settingsItem.getValue())).toEqual(V1);
  });

  it('stores under the key the storage layer reads (lib/db/settings.ts)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 30, hashCommenterNames: true });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ retentionDays: 30, hashCommenterNames: true });
  });

  it('a damaged stored value still gives usable settings, field by field', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1, language: 'klingon', retentionDays: -4 }, settings$: { v: 1 } });
    const settings = sanitizeSettings(await settingsItem.getValue());
    expect(settings.language).toBe('auto');
    expect(settings.retentionDays).toBe(DEFAULT_SETTINGS.retentionDays);
    expect(settings.badges).toBe(true);
    expect(settings.rules).toEqual(V1.rules);
  });
});
