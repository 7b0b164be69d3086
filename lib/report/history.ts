/**
 * The data behind the history charts, pure so it is tested without a browser. Times are epoch
 * seconds, the unit uPlot's time axis expects.
 */
import { analyze } from '../analysis';
import type { AnalyzeOptions, PostItem, Report, Timeline } from '../analysis/model';

const DAY_MS = 86_400_000;
/** Re-scoring the timeline costs one analysis per point: enough points to see a trend, no more. */
export const MAX_SCORE_POINTS = 40;

export interface ScorePoint {
  time: number;
  /** Null where the timeline up to then was too thin to score: a gap, not a zero. */
  score: number | null;
}

export interface EngagementPoint {
  time: number;
  postId: string;
  /** Reactions + comments of the latest snapshot. */
  interactions: number;
  /** Named by the engagement-spike check (warn or fail). */
  spike: boolean;
}

function endOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS - 1;
}

/** At most `max` items, evenly spread, always keeping the last (today's state). */
function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)] as T);
}

/**
 * The score of the timeline as it stood at the end of each day a post was published: the posts
 * published by then, with the counts Echt has seen for them.
 */
export function scoreHistory(timeline: Timeline, options: AnalyzeOptions): ScorePoint[] {
  const dated = timeline.posts.filter((post): post is PostItem & { publishedAt: number } => post.publishedAt !== null);
  const days = [...new Set(dated.map((post) => endOfDay(post.publishedAt)))].sort((a, b) => a - b);
  return spread(days, MAX_SCORE_POINTS).map((day) => {
    const posts = dated.filter((post) => post.publishedAt <= day);
    const report = analyze({ ...timeline, posts, now: day }, options);
    return { time: Math.floor(day / 1000), score: report.score };
  });
}

export function engagementHistory(timeline: Timeline, report: Report): EngagementPoint[] {
  const spikeResult = report.results.find((result) => result.id === 'engagement-spike');
  const spikes = new Set(spikeResult && (spikeResult.status === 'warn' || spikeResult.status === 'fail') ? spikeResult.evidencePostIds : []);
  const points: EngagementPoint[] = [];
  for (const post of timeline.posts) {
    const latest = post.snapshots.at(-1);
    const reactions = latest?.reactions ?? null;
    const comments = latest?.comments ?? null;
    if (post.publishedAt === null || reactions === null || comments === null) continue;
    points.push({ time: Math.floor(post.publishedAt / 1000), postId: post.id, interactions: reactions + comments, spike: spikes.has(post.id) });
  }
  return points.sort((a, b) => a.time - b.time);
}
