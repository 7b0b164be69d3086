/**
 * Everything the popup's first screen needs, started the moment its script runs and read in
 * parallel: which page it is about, the settings, the page's stored data and the storage notice.
 * React renders once all are in (entrypoints/popup/main.tsx), so the first frame already shows the
 * score instead of "loading…" followed by a chain of effects that each start the next read.
 *
 * Nothing here is a cache: the page is read through a live query that keeps running (new data
 * and every later change still reach the screen), and the settings are watched as before.
 */
import { db } from '../../lib/db/database';
import { readStorageNotice, type StorageNotice } from '../../lib/db/retention';
import type { StoredPage } from '../../lib/db/repository';
import type { LiveStore } from '../../lib/report/live-store';
import { targetForUrl } from '../../lib/report/page-for-url';
import { livePage } from '../../lib/report/use-page-report';
import type { Settings } from '../../lib/settings/defaults';
import { settingsItem } from '../../lib/settings/item';
import { sanitizeSettings } from '../../lib/settings/validate';

export interface PopupStartup {
  /** The page's URL, or null when it is not visible (a tab on another site). */
  pageUrl: string | null;
  settings: Settings;
  /** The stored page, live; null when the URL is not a page Echt reads. */
  page: LiveStore<StoredPage | null> | null;
  notice: StorageNotice | null;
}

/**
 * Which page the popup is about: `?url=<page url>` when given (links, tests), else the active tab.
 * The host permissions expose the tab URL on the two sites, so no `tabs` permission is needed; on
 * other sites the URL is simply not visible and we say so.
 */
export async function resolvePageUrl(search: string): Promise<string | null> {
  const param = new URLSearchParams(search).get('url');
  if (param) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return sanitizeSettings(undefined);
  }
}

/** Starts every first-screen read at once; resolves when all have answered. */
export async function startPopup(search: string): Promise<PopupStartup> {
  const settings = readSettings();
  const notice = readStorageNotice(db());
  const pageUrl = await resolvePageUrl(search).catch(() => null);
  const pageKey = targetForUrl(pageUrl)?.pageKey;
  const page = pageKey ? livePage(pageKey) : null;
  await page?.ready;
  return { pageUrl, settings: await settings, page, notice: await notice };
}
