/**
 * The flags per post the on-page badges show. The content script cannot run the analysis (it
 * stays small), so an extension page that computed a report leaves its flags here, and the
 * content script reads them. Only rule ids and post ids: nothing a page could not already see.
 */
import { storage } from 'wxt/utils/storage';
import type { RuleId } from '../analysis/model';

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

export const postFlagsItem = storage.defineItem<PostFlagsByPage>('local:post-flags', { fallback: {} });
