/** The posts table's rows, sorting and filters: pure, so the table component only draws. */
import type { Report, RuleId, Timeline } from '../analysis/model';
import { flagsByPost } from './flags';

export interface PostRow {
  id: string;
  publishedAt: number | null;
  text: string;
  hashtags: number;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  /** Checks that warn or fail with this post as evidence. */
  flags: RuleId[];
}

export const POST_SORT_KEYS = ['publishedAt', 'reactions', 'comments', 'reposts', 'hashtags', 'flags'] as const;
export type PostSortKey = (typeof POST_SORT_KEYS)[number];
export interface PostSort {
  key: PostSortKey;
  direction: 'ascending' | 'descending';
}

export interface PostFilter {
  /** Words the post text must contain (case-insensitive). */
  text: string;
  /** 'all' posts, only flagged ones, or only those one check names. */
  flag: 'all' | 'flagged' | RuleId;
}

export function postRows(timeline: Timeline, report: Report): PostRow[] {
  const flags = flagsByPost(report);
  return timeline.posts.map((post) => {
    const latest = post.snapshots.at(-1);
    return {
      id: post.id,
      publishedAt: post.publishedAt,
      text: post.text,
      hashtags: post.hashtags.length,
      reactions: latest?.reactions ?? null,
      comments: latest?.comments ?? null,
      reposts: latest?.reposts ?? null,
      flags: flags.get(post.id) ?? [],
    };
  });
}

function sortValue(row: PostRow, key: PostSortKey): number | null {
  return key === 'flags' ? row.flags.length : row[key];
}

/** Sorted copy; unknown values (null) go last in either direction, never counted as 0. */
export function sortPosts(rows: readonly PostRow[], sort: PostSort): PostRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return sign * (x - y);
  });
}

export function filterPosts(rows: readonly PostRow[], filter: PostFilter): PostRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.flag === 'flagged' && row.flags.length === 0) return false;
    if (filter.flag !== 'all' && filter.flag !== 'flagged' && !row.flags.includes(filter.flag)) return false;
    const text = row.text.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
