/**
 * Joins storage and analysis for the UI: the page's stored timeline, read live (the report
 * updates while the user scrolls), analysed with the user's settings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AnalyzeOptions } from '../analysis/model';
import { db } from '../db/database';
import { loadPage } from '../db/repository';
import { pageReportState, type PageReportState } from './page-report-state';

export type { PageReportState } from './page-report-state';

/** `options` undefined means the settings are still loading: the report waits for them. */
export function usePageReport(pageKey: string, options: AnalyzeOptions | undefined): PageReportState {
  // undefined while the query runs, null when the page was never seen.
  const stored = useLiveQuery(() => loadPage(db(), pageKey, Date.now()), [pageKey]);
  return useMemo(() => pageReportState(pageKey, stored, options), [stored, options, pageKey]);
}
