import type { PostView } from '../context';
import { msg } from '../messages/msg';
import { median } from '../stats';
import { defineRule, insufficient, verdict } from './rule';

/**
 * Seed 004: "post less often and better". Flags a page whose posting rate went up while each post
 * drew less. Compares the earlier and the later half of the period seen. Posts whose counts were
 * last read within two days of publishing are still growing and would make the recent half look
 * worse than it is, so they are left out of the engagement comparison.
 */
export const THRESHOLDS = {
  frequencyRise: { default: 1.5, min: 1, max: 100 },
  /** The later median at or below this fraction of the earlier one is a drop. */
  engagementDrop: { default: 0.67, min: 0, max: 1 },
  failFrequencyRise: { default: 2, min: 1, max: 100 },
  failEngagementDrop: { default: 0.5, min: 0, max: 1 },
  /** A drop must also be this many interactions, so 4 → 2 on a tiny page is not a trend. */
  minDrop: { default: 3, min: 0, max: 100_000 },
  settleHours: { default: 48, min: 0, max: 24 * 30 },
  minDays: { default: 28, min: 7, max: 3650 },
  minPerHalf: { default: 4, min: 2, max: 1000 },
} as const;

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

function settledInteractions(views: readonly PostView[], settleMs: number): number[] {
  return views.flatMap((v) =>
    v.interactions !== null && v.ageAtLatestMs !== null && v.ageAtLatestMs >= settleMs ? [v.interactions] : [],
  );
}

export const postingCadence = defineRule({
  id: 'posting-cadence',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const dated = ctx.posts.filter((v) => v.post.publishedAt !== null);
    const times = dated.map((v) => v.post.publishedAt ?? 0);
    const first = times.reduce((min, time) => Math.min(min, time), Infinity);
    const last = times.reduce((max, time) => Math.max(max, time), -Infinity);
    const spanDays = dated.length > 0 ? Math.round((last - first) / DAY) : 0;
    const middle = (first + last) / 2;
    const earlier = dated.filter((v) => (v.post.publishedAt ?? 0) < middle);
    const later = dated.filter((v) => (v.post.publishedAt ?? 0) >= middle);
    const settleMs = t.settleHours * 3_600_000;
    const before = settledInteractions(earlier, settleMs);
    const after = settledInteractions(later, settleMs);
    if (spanDays < t.minDays || before.length < t.minPerHalf || after.length < t.minPerHalf) {
      return insufficient(
        msg('rule.posting-cadence.explain.too-few', { spanDays, minDays: t.minDays, perHalf: t.minPerHalf }),
        { spanDays, postsBefore: before.length, postsAfter: after.length },
      );
    }

    const halfWeeks = (last - first) / 2 / WEEK;
    const perWeekBefore = earlier.length / halfWeeks;
    const perWeekAfter = later.length / halfWeeks;
    const medianBefore = median(before) ?? 0;
    const medianAfter = median(after) ?? 0;
    const rise = perWeekAfter / perWeekBefore;
    const kept = medianBefore > 0 ? medianAfter / medianBefore : 1;
    const meaningful = medianBefore - medianAfter >= t.minDrop;
    const figures = {
      spanDays,
      perWeekBefore: oneDecimal(perWeekBefore),
      perWeekAfter: oneDecimal(perWeekAfter),
      medianBefore: oneDecimal(medianBefore),
      medianAfter: oneDecimal(medianAfter),
    };
    const status =
      meaningful && rise >= t.failFrequencyRise && kept <= t.failEngagementDrop
        ? 'fail'
        : meaningful && rise >= t.frequencyRise && kept <= t.engagementDrop
          ? 'warn'
          : 'pass';
    if (status === 'pass') {
      return verdict('pass', { figures, explanation: msg('rule.posting-cadence.explain.pass', figures) });
    }
    // Most telling first: the weakest of the recent, more frequent posts.
    const evidencePostIds = later
      .filter((v) => v.interactions !== null)
      .sort((a, b) => (a.interactions ?? 0) - (b.interactions ?? 0))
      .map((v) => v.post.id);
    return verdict(status, {
      figures,
      evidencePostIds,
      explanation: msg('rule.posting-cadence.explain.found', figures),
      suggestion: msg('rule.posting-cadence.suggest', figures),
    });
  },
});
