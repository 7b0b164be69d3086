import { msg } from './messages/msg';
import type { Grade, Msg, RuleId, RuleResult } from './model';

/**
 * How much each rule weighs in the health score: the conversation rules (is anyone really
 * talking?) weigh most, style rules least. The only place weights live.
 */
export const RULE_WEIGHTS: Readonly<Record<RuleId, number>> = {
  'hollow-engagement': 3,
  'engagement-spike': 2,
  'same-circle': 3,
  'generic-comments': 2,
  'engagement-vs-audience': 1,
  'burst-then-silence': 2,
  'hashtag-overuse': 1,
  'sales-only-timeline': 2,
  'broadcast-only': 3,
  'engagement-bait': 2,
  'automated-feel': 1,
  'posting-cadence': 1,
};

/** Points per status; `insufficient` rules are left out of the score altogether. */
export const STATUS_POINTS = { pass: 1, warn: 0.5, fail: 0 } as const;

/** Lowest score for each grade, best first; below the last is E. */
export const GRADE_FLOORS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 85],
  ['B', 70],
  ['C', 55],
  ['D', 40],
];

/** Fewer posts than this give no score: a handful of posts says little about a page. */
export const SCORE_MIN_POSTS = 5;
/** At least this share of the enabled rules' weight must have data, or the score is a guess. */
export const SCORE_MIN_WEIGHT_SHARE = 0.5;

export interface Score {
  score: number | null;
  grade: Grade | null;
  scoreReason: Msg | null;
}

export function gradeOf(score: number): Grade {
  return GRADE_FLOORS.find(([, floor]) => score >= floor)?.[0] ?? 'E';
}

function noScore(reason: Msg): Score {
  return { score: null, grade: null, scoreReason: reason };
}

/** Weighted share of points over the rules that could judge, as 0–100 with a grade. */
export function scoreResults(
  results: readonly RuleResult[],
  enabled: ReadonlySet<RuleId>,
  posts: number,
): Score {
  if (enabled.size === 0) return noScore(msg('score.all-disabled'));
  if (posts < SCORE_MIN_POSTS) return noScore(msg('score.too-few-posts', { posts, needed: SCORE_MIN_POSTS }));

  let enabledWeight = 0;
  let judgedWeight = 0;
  let points = 0;
  let judged = 0;
  for (const result of results) {
    if (!enabled.has(result.id)) continue;
    const weight = RULE_WEIGHTS[result.id];
    enabledWeight += weight;
    if (result.status === 'insufficient') continue;
    judged += 1;
    judgedWeight += weight;
    points += weight * STATUS_POINTS[result.status];
  }
  if (judgedWeight === 0 || judgedWeight < SCORE_MIN_WEIGHT_SHARE * enabledWeight) {
    return noScore(msg('score.too-few-rules', { scored: judged, enabled: enabled.size }));
  }
  const score = Math.round((100 * points) / judgedWeight);
  return { score, grade: gradeOf(score), scoreReason: null };
}
