/**
 * The two privacy settings the storage layer obeys: how long to keep what was read, and whether
 * commenter names are stored hashed.
 *
 * COUPLING (temporary): the settings themselves belong to lib/settings/ (versioned items in
 * browser.storage.local, issue 6). Until that module exports a reader, this function reads the
 * stored object defensively, accepting the plausible field names, and falls back per field to the
 * defaults below. When lib/settings lands, replace the body with a call to it and keep the
 * signature; tests/unit/db/settings.test.ts pins the behaviour.
 */
import { browser } from 'wxt/browser';

export interface PrivacySettings {
  /** Rows not seen for this many days are deleted. */
  retentionDays: number;
  /** Store commenter names, profile links and headlines as salted hashes (lib/db/privacy.ts). */
  hashCommenterNames: boolean;
}

export const PRIVACY_DEFAULTS: PrivacySettings = { retentionDays: 365, hashCommenterNames: false };

/** Ten years: anything longer is a typo, not a policy. */
const MAX_RETENTION_DAYS = 3650;

/** The key a WXT `storage.defineItem('local:settings')` item uses. */
export const SETTINGS_STORAGE_KEY = 'settings';

interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

function pick(source: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) if (name in source) return source[name];
  return undefined;
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
  const root = stored as Record<string, unknown>;
  const nested = typeof root.privacy === 'object' && root.privacy !== null ? (root.privacy as Record<string, unknown>) : {};
  const days = pick({ ...root, ...nested }, ['retentionDays', 'dataRetentionDays']);
  const hash = pick({ ...root, ...nested }, ['hashCommenterNames', 'hashCommenters']);
  return {
    retentionDays:
      typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS ? days : PRIVACY_DEFAULTS.retentionDays,
    hashCommenterNames: typeof hash === 'boolean' ? hash : PRIVACY_DEFAULTS.hashCommenterNames,
  };
}
