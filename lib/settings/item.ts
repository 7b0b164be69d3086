/**
 * Where settings live: one versioned item in `browser.storage.local` (extension storage, never
 * synced, never sent). Values are read through `sanitizeSettings` (./validate.ts) by the extension
 * pages; the content script reads only the plain fields it needs.
 *
 * Versions (add a numbered migration, never edit an old one; tests/unit/settings has a fixture
 * per version):
 *  1 — language, badges, retentionDays, hashCommenterNames, rules {enabled, thresholds}.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from './defaults';

export const SETTINGS_VERSION = 1;

/** version → function from the previous version's shape to this one's. */
export const SETTINGS_MIGRATIONS: Record<number, (previous: unknown) => unknown> = {};

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
