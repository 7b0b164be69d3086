/** A page's report from its stored data and the settings: what the popup and dashboard show. */
import { useMemo, useSyncExternalStore } from 'react';
import { analyze } from '../analysis';
import type { AnalyzeOptions, Report } from '../analysis/model';
import type { StoredPage } from '../db/stored-page';
import type { LiveStore } from './live-store';

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

/** The report of a page whose live store is already running (the popup starts it at once). */
export function useStoredPageReport(pageKey: string, page: LiveStore<StoredPage | null>, options: AnalyzeOptions | undefined): PageReportState {
  const stored = useSyncExternalStore(page.subscribe, page.getSnapshot);
  return useMemo(() => pageReportState(pageKey, stored, options), [stored, options, pageKey]);
}
