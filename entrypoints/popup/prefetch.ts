/**
 * What the popup's tiny entry script (main.tsx) starts before React, Dexie and the analysis are
 * even loaded: which page it is about, the stored settings and the page's rows, read in parallel
 * while the rest of the popup loads. Only raw values: startup.ts interprets them.
 */
import { quickReadPage, type QuickRead } from '../../lib/db/quick-read';
import { targetForUrl } from '../../lib/report/page-for-url';
import { SETTINGS_KEY } from '../../lib/settings/defaults';

export interface Prefetched {
  pageUrl: string | null;
  /** The settings item as stored (undefined when never saved); null when the read failed. */
  settings: { stored: unknown } | null;
  /** The page's rows and the storage notice; null when they could not be read this way. */
  read: QuickRead | null;
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

/** Never rejects: whatever fails here is read again the ordinary way. */
export async function prefetchPopup(search: string): Promise<Prefetched> {
  const settings = browser.storage.local.get(SETTINGS_KEY).then(
    (items) => ({ stored: items[SETTINGS_KEY] }),
    () => null,
  );
  const pageUrl = await resolvePageUrl(search).catch(() => null);
  const read = quickReadPage(targetForUrl(pageUrl)?.pageKey).catch(() => null);
  return { pageUrl, settings: await settings, read: await read };
}
