/**
 * Everything the popup's first screen needs, from what the entry script prefetched
 * (./prefetch.ts) or, where that failed, read now: which page it is about, the settings, the
 * page's stored data and the storage notice. React renders once all are in (./render.tsx), so the
 * first frame already shows the score instead of "loading…" followed by a chain of effects that
 * each start the next read.
 *
 * Nothing here is a cache: the page is then read through a live query that keeps running (new
 * data and every later change still reach the screen), and the settings are watched as before.
 */
import { storageNoticeOf, type StorageNotice } from '../../lib/db/retention';
import { storedPageOf, type StoredPage } from '../../lib/db/stored-page';
import type { LiveStore } from '../../lib/report/live-store';
import { targetForUrl } from '../../lib/report/page-for-url';
import { livePage, liveStorageNotice } from '../../lib/report/live-page';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/defaults';
import { SETTINGS_VERSION, settingsItem } from '../../lib/settings/item';
import { sanitizeSettings } from '../../lib/settings/validate';
import type { Prefetched } from './prefetch';

export interface PopupStartup {
  /** The page's URL, or null when it is not visible (a tab on another site). */
  pageUrl: string | null;
  settings: Settings;
  /** The stored page, live; null when the URL is not a page Echt reads. */
  page: LiveStore<StoredPage | null> | null;
  /** The storage notice, live. */
  notice: LiveStore<StorageNotice | null>;
}

async function settingsFrom(prefetched: Prefetched['settings']): Promise<Settings> {
  // The raw value is what settingsItem.getValue() returns (stored value, else the fallback) as
  // long as the item is at version 1: no migration can apply. A later version reads through
  // the item, which migrates.
  if (prefetched && SETTINGS_VERSION === 1) return sanitizeSettings(prefetched.stored ?? DEFAULT_SETTINGS);
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return sanitizeSettings(undefined);
  }
}

export async function startPopup({ pageUrl, settings, read }: Prefetched): Promise<PopupStartup> {
  const pageKey = targetForUrl(pageUrl)?.pageKey;
  if (read) {
    // The rows were read before React loaded: show them, and let the live query (started after
    // that first frame) take over from there.
    const seed = read.rows ? storedPageOf(read.rows, Date.now()) : null;
    const notice = liveStorageNotice({ value: storageNoticeOf(read.notice) });
    return { pageUrl, settings: await settingsFrom(settings), page: pageKey ? livePage(pageKey, { value: seed }) : null, notice };
  }
  const notice = liveStorageNotice();
  const page = pageKey ? livePage(pageKey) : null;
  await Promise.all([page?.ready, notice.ready]);
  return { pageUrl, settings: await settingsFrom(settings), page, notice };
}
