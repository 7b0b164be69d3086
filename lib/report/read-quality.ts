/**
 * How well Echt could read a page, for the "couldn't read this page" states: a score from zeros
 * would be a made-up score, so the UI withholds it when no counts could be read at all.
 */
import type { Timeline } from '../analysis/model';
import type { ParseHealth } from '../platforms/types';

export type ReadQuality =
  | { kind: 'good' }
  /** Some post cards lacked figures; their unknown counts are left out, not read as 0. */
  | { kind: 'partial'; incompleteShare: number }
  /** Not one count could be read: the site's layout has likely changed. */
  | { kind: 'unreadable'; cards: number };

/** Below this share of incomplete cards the note would be noise (a post without comments, say). */
export const PARTIAL_NOTE_SHARE = 0.2;

export function readQuality(timeline: Timeline, health: ParseHealth): ReadQuality {
  const withCounts = timeline.posts.filter((post) => post.snapshots.length > 0).length;
  if (withCounts === 0) return { kind: 'unreadable', cards: Math.max(health.cardsSeen, timeline.posts.length) };
  const read = health.fullyParsed + health.partlyParsed;
  const incompleteShare = read > 0 ? health.partlyParsed / read : 0;
  return incompleteShare >= PARTIAL_NOTE_SHARE ? { kind: 'partial', incompleteShare } : { kind: 'good' };
}
