/**
 * The two privacy settings the storage layer obeys: how long to keep what was read, and whether
 * commenter names are stored hashed.
 *
 * The settings belong to lib/settings (one versioned item in browser.storage.local under
 * SETTINGS_KEY). The background reads the two fields it needs straight from storage with the
 * same bounds and defaults (lib/settings/defaults.ts, which imports nothing), rather than pulling
 * the settings module's rule validation into the service worker. Any malformed field falls back
 * to its default; reading never throws.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, RETENTION_DAYS, SETTINGS_KEY } from '../settings/defaults';

export interface PrivacySettings {
  /** Rows not seen for this many days are deleted. */
  retentionDays: number;
  /** Store commenter names, profile links and headlines as salted hashes (lib/db/privacy.ts). */
  hashCommenterNames: boolean;
}

export const PRIVACY_DEFAULTS: PrivacySettings = {
  retentionDays: DEFAULT_SETTINGS.retentionDays,
  hashCommenterNames: DEFAULT_SETTINGS.hashCommenterNames,
};

export const SETTINGS_STORAGE_KEY = SETTINGS_KEY;

interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

/** Reads the settings; any field that is missing or malformed gets its default. Never throws. */
export async function readPrivacySettings(area: StorageArea = browser.storage.local): Promise<PrivacySettings> {
  let stored: unknown;
  try {
    stored = (await area.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY];
  } catch {
    return { ...PRIVACY_DEFAULTS };
  }
  if (typeof stored !== 'object' || stored === null) return { ...PRIVACY_DEFAULTS };
  const { retentionDays: days, hashCommenterNames: hash } = stored as Record<string, unknown>;
  return {
    retentionDays:
      typeof days === 'number' && Number.isInteger(days) && days >= RETENTION_DAYS.min && days <= RETENTION_DAYS.max ? days : PRIVACY_DEFAULTS.retentionDays,
    hashCommenterNames: typeof hash === 'boolean' ? hash : PRIVACY_DEFAULTS.hashCommenterNames,
  };
}
