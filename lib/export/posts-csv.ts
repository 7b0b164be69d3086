/** One row per post across the exported pages: the figures a spreadsheet user wants to sort. */
import type { RuleId } from '../analysis/model';
import type { PageDump } from '../db/repository';
import { toCsv, type Cell } from './csv';

/** Column names are stable identifiers (not translated), so sheets and scripts can rely on them. */
export const POSTS_CSV_HEADER = [
  'page_key',
  'page_name',
  'platform',
  'relation',
  'post_id',
  'published_at',
  'published_at_approx',
  'reactions',
  'comments',
  'reposts',
  'impressions',
  'comments_seen',
  'hashtags',
  'is_reshare',
  'flags',
  'text',
] as const;

function iso(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

/** `flags`: per page key, the checks that flag each post (from that page's report). */
export function postsCsv(dumps: readonly PageDump[], flags: ReadonlyMap<string, ReadonlyMap<string, readonly RuleId[]>>): string {
  const rows: Cell[][] = [];
  for (const { page, posts } of dumps) {
    const pageFlags = flags.get(page.key);
    for (const post of posts) {
      const latest = post.snapshots.at(-1);
      rows.push([
        page.key,
        page.name,
        page.platform,
        page.relation,
        post.id,
        iso(post.publishedAt),
        post.publishedAtApprox,
        latest?.reactions ?? null,
        latest?.comments ?? null,
        latest?.reposts ?? null,
        latest?.impressions ?? null,
        post.comments.length,
        post.hashtags.map((tag) => `#${tag}`).join(' '),
        post.isReshare,
        (pageFlags?.get(post.id) ?? []).join(' '),
        post.text,
      ]);
    }
  }
  return toCsv(POSTS_CSV_HEADER, rows);
}
