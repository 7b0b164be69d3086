/** Leaves a report's per-post flags for the on-page badges (lib/highlight/badges.ts). */
import { useEffect } from 'react';
import type { Report, RuleId } from '../analysis/model';
import type { Locale } from '../i18n';
import { ruleTitle } from '../i18n/rule-titles';
import { MAX_FLAGGED_PAGES, type PostFlagsByPage } from '../highlight/flags';
import { postFlagsItem } from '../highlight/flags-item';
import { flagsByPost } from './flags';

export function withPageFlags(all: PostFlagsByPage, pageKey: string, report: Report, locale: Locale, now: number): PostFlagsByPage {
  const flags = flagsByPost(report);
  const titles: Partial<Record<RuleId, string>> = {};
  for (const ids of flags.values()) for (const id of ids) titles[id] = ruleTitle(id, locale);
  const next: PostFlagsByPage = { ...all, [pageKey]: { at: now, flags: Object.fromEntries(flags), titles } };
  const newestFirst = Object.entries(next).sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(newestFirst.slice(0, MAX_FLAGGED_PAGES));
}

/** While badges are switched on, every report computed for a page updates that page's flags. */
export function usePublishFlags(pageKey: string, report: Report | null, locale: Locale, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !report) return;
    void postFlagsItem.getValue().then((all) => postFlagsItem.setValue(withPageFlags(all, pageKey, report, locale, Date.now())));
  }, [pageKey, report, locale, enabled]);
}
