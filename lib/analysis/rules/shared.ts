import { msg } from '../messages/msg';
import type { Msg } from '../model';

/** The common "too few posts" reason, with the numbers the user needs. */
export function tooFewPosts(posts: number, needed: number): Msg {
  return msg('common.too-few-posts', { posts, needed });
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** Distinct values, most frequent first; ties keep first appearance (Map order, stable sort). */
export function rankByCount(values: Iterable<string>): string[] {
  return [...countBy(values, (value) => value)].sort((a, b) => b[1] - a[1]).map(([value]) => value);
}

/** "Only n posts have readable counts": unreadable counts are missing data, not zeros. */
export function tooFewCounted(posts: number, needed: number): Msg {
  return msg('common.too-few-counted-posts', { posts, needed });
}
