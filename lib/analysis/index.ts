import { adjustedEngagement } from './adjusted-engagement';
import { findCircle } from './circle';
import { buildContext, type AnalysisContext } from './context';
import { msg } from './messages/msg';
import {
  RULE_IDS,
  type AnalyzeOptions,
  type Report,
  type RuleId,
  type RuleResult,
  type Timeline,
} from './model';
import { RULES } from './rules';
import { insufficient, resolveThresholds } from './rules/rule';
import { THRESHOLDS as SAME_CIRCLE_THRESHOLDS } from './rules/same-circle';
import { scoreResults } from './score';

export { formatMsg, type Locale } from './messages/format';
export type { MessageKey } from './messages/en';
export { RULES, defaultThresholds } from './rules';
export { resolveThresholds, type ThresholdSpec, type ThresholdSpecs } from './rules/rule';
export { RULE_WEIGHTS, GRADE_FLOORS, STATUS_POINTS } from './score';
export { RATE_BENCHMARKS, TYPICAL_COMMENTS_PER_REACTION } from './benchmarks';
export { POLICIES } from './policies';

function basisOf(timeline: Timeline, rateDenominator: Report['basis']['rateDenominator']): Report['basis'] {
  let comments = 0;
  let snapshots = 0;
  let firstSeenAt: number | null = null;
  let lastSeenAt: number | null = null;
  for (const post of timeline.posts) {
    comments += post.comments.length;
    snapshots += post.snapshots.length;
    for (const snapshot of post.snapshots) {
      if (firstSeenAt === null || snapshot.seenAt < firstSeenAt) firstSeenAt = snapshot.seenAt;
      if (lastSeenAt === null || snapshot.seenAt > lastSeenAt) lastSeenAt = snapshot.seenAt;
    }
  }
  return { posts: timeline.posts.length, comments, snapshots, firstSeenAt, lastSeenAt, rateDenominator };
}

/** The circle of regulars, only when the same-circle check flagged it (loyal customers are not discounted). */
function flaggedCircle(ctx: AnalysisContext, results: readonly RuleResult[], options: AnalyzeOptions) {
  const status = results.find((result) => result.id === 'same-circle')?.status;
  if (status !== 'warn' && status !== 'fail') return null;
  const thresholds = resolveThresholds(SAME_CIRCLE_THRESHOLDS, options.rules?.['same-circle']?.thresholds);
  return findCircle(ctx, thresholds.coverage);
}

/**
 * Runs every rule over a timeline and scores the outcome. Pure and deterministic: `timeline.now`
 * stands in for the clock. A switched-off rule is still listed (so the UI can show it is off) as
 * `insufficient`, and left out of the score.
 */
export function analyze(timeline: Timeline, options: AnalyzeOptions = {}): Report {
  const ctx = buildContext(timeline);
  const enabled = new Set<RuleId>();
  const results = RULE_IDS.map((id): RuleResult => {
    const settings = options.rules?.[id];
    if (settings?.enabled === false) return { id, ...insufficient(msg('common.disabled')) };
    enabled.add(id);
    const rule = RULES[id];
    return { id, ...rule.evaluate(ctx, resolveThresholds(rule.thresholds, settings?.thresholds)) };
  });
  return {
    pageKey: timeline.page.key,
    ...scoreResults(results, enabled, timeline.posts.length),
    results,
    basis: basisOf(timeline, ctx.rateDenominator),
    adjustedEngagement: adjustedEngagement(ctx, flaggedCircle(ctx, results, options)),
  };
}
