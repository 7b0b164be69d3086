/**
 * Every stored page with its report and comparison figures, live. The dashboard's page list and
 * comparison read this; the analysis runs per page on that page's own data only.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { analyze } from '../analysis';
import type { AnalyzeOptions, Report } from '../analysis/model';
import { db } from '../db/database';
import { listPages, loadPage, type StoredPage } from '../db/repository';
import { pageMetrics, type PageMetrics } from './metrics';

export interface PageSummary {
  stored: StoredPage;
  report: Report;
  metrics: PageMetrics;
}

async function loadAll(): Promise<StoredPage[]> {
  const database = db();
  const now = Date.now();
  const pages = await listPages(database);
  const stored = await Promise.all(pages.map((page) => loadPage(database, page.key, now)));
  return stored.filter((page): page is StoredPage => page !== null);
}

/** Undefined while loading; most recently seen page first. */
export function usePageSummaries(options: AnalyzeOptions | undefined): PageSummary[] | undefined {
  const stored = useLiveQuery(loadAll, []);
  return useMemo(() => {
    if (stored === undefined || options === undefined) return undefined;
    return stored.map((page) => ({ stored: page, report: analyze(page.timeline, options), metrics: pageMetrics(page.timeline) }));
  }, [stored, options]);
}
