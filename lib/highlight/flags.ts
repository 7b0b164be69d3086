/**
 * The flags per post the on-page badges show. The content script cannot run the analysis (it
 * stays small), so an extension page that computed a report leaves its flags in extension
 * storage under this key, and the content script reads them. Only rule ids, post ids and the
 * checks' names: nothing a page could not already see.
 */
import type { RuleId } from '../analysis/model';

/** The `browser.storage.local` key (no WXT prefix: the content script reads it directly). */
export const POST_FLAGS_KEY = 'post-flags';

export interface PagePostFlags {
  /** Epoch ms the report was computed. */
  at: number;
  /** post id → the checks that flag it */
  flags: Record<string, RuleId[]>;
  /** The checks' names in the user's language: the content script carries no catalogue. */
  titles: Partial<Record<RuleId, string>>;
}

export type PostFlagsByPage = Record<string, PagePostFlags>;

/** Pages kept; the least recently reported are dropped first. */
export const MAX_FLAGGED_PAGES = 20;
