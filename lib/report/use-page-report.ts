/**
 * Joins storage and analysis for the UI: the page's stored timeline, read live (the report
 * updates while the user scrolls), analysed with the user's settings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import { analyze } from '../analysis';
import type { AnalyzeOptions, Report } from '../analysis/model';
import { db } from '../db/database';
import { loadPage, type StoredPage } from '../db/repository';
import { liveStore, type LiveStore } from './live-store';

export type PageReportState =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'ready'; stored: StoredPage; report: Report; options: AnalyzeOptions };

/** `stored`: undefined while the read runs, null when the page was never seen. */
export function pageReportState(pageKey: string, stored: StoredPage | null | undefined, options: AnalyzeOptions | undefined): PageReportState {
  // Right after switching pages the live query still holds the previous page's data.
  if (stored === undefined || options === undefined || (stored !== null && stored.timeline.page.key !== pageKey)) return { state: 'loading' };
  if (stored === null || stored.timeline.posts.length === 0) return { state: 'empty' };
  return { state: 'ready', stored, report: analyze(stored.timeline, options), options };
}

/** The live read of one page, for a store started before rendering (see live-store.ts). */
export function livePage(pageKey: string, seed?: { value: StoredPage | null }): LiveStore<StoredPage | null> {
  return liveStore(() => loadPage(db(), pageKey, Date.now()), seed);
}

/** `options` undefined means the settings are still loading: the report waits for them. */
export function usePageReport(pageKey: string, options: AnalyzeOptions | undefined): PageReportState {
  const stored = useLiveQuery(() => loadPage(db(), pageKey, Date.now()), [pageKey]);
  return useMemo(() => pageReportState(pageKey, stored, options), [stored, options, pageKey]);
}

/** As usePageReport, from a live store that is already running (the popup starts it at once). */
export function useStoredPageReport(pageKey: string, page: LiveStore<StoredPage | null>, options: AnalyzeOptions | undefined): PageReportState {
  const stored = useSyncExternalStore(page.subscribe, page.getSnapshot);
  return useMemo(() => pageReportState(pageKey, stored, options), [stored, options, pageKey]);
}
