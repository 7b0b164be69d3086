/**
 * Joins storage and analysis for the UI: the page's stored timeline, read live (the report
 * updates while the user scrolls), analysed with the user's settings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { analyze } from '../analysis';
import type { AnalyzeOptions, Report } from '../analysis/model';
import { db } from '../db/database';
import { loadPage, type StoredPage } from '../db/repository';

export type PageReportState =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'ready'; stored: StoredPage; report: Report; options: AnalyzeOptions };

/** `options` undefined means the settings are still loading: the report waits for them. */
export function usePageReport(pageKey: string, options: AnalyzeOptions | undefined): PageReportState {
  // undefined while the query runs, null when the page was never seen.
  const stored = useLiveQuery(() => loadPage(db(), pageKey, Date.now()), [pageKey]);
  return useMemo((): PageReportState => {
    // Right after switching pages the live query still holds the previous page's data.
    if (stored === undefined || options === undefined || (stored !== null && stored.timeline.page.key !== pageKey)) return { state: 'loading' };
    if (stored === null || stored.timeline.posts.length === 0) return { state: 'empty' };
    return { state: 'ready', stored, report: analyze(stored.timeline, options), options };
  }, [stored, options, pageKey]);
}
