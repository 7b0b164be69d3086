import type { PostView } from '../context';
import { known, msg } from '../messages/msg';
import { LeaveOneOut, median, poissonAtLeast } from '../stats';
import { defineRule, insufficient, verdict } from './rule';
import { tooFewCounted } from './shared';

/**
 * Seed 000: "a sudden rise in likes and shares out of proportion to earlier updates — you would
 * almost think the likes were bought". Baseline as CrowdTangle's overperforming score: the mean of
 * the page's other recent posts with the top and bottom quarter dropped. A spike must also be
 * very unlikely under a Poisson model (ReviewMeta uses < 0.1%) and large in absolute terms, so a
 * post with 9 likes on a page that usually gets 2 is not called a spike.
 */
export const THRESHOLDS = {
  warnRatio: { default: 3, min: 1, max: 1000 },
  failRatio: { default: 5, min: 1, max: 1000 },
  trim: { default: 0.25, min: 0, max: 0.45 },
  maxChance: { default: 0.001, min: 0, max: 1 },
  minExcess: { default: 20, min: 0, max: 100_000 },
  recentPosts: { default: 100, min: 5, max: 10_000 },
  minPosts: { default: 8, min: 3, max: 1000 },
} as const;

interface Spike {
  id: string;
  interactions: number;
  expected: number;
  ratio: number;
  /** Comments per reaction on the spiking post itself. */
  commentRatio: number | null;
}

function commentRatio(view: PostView): number | null {
  return view.reactions !== null && view.comments !== null && view.reactions > 0 ? view.comments / view.reactions : null;
}

export const engagementSpike = defineRule({
  id: 'engagement-spike',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const counted = ctx.posts.slice(0, t.recentPosts).filter((view) => view.interactions !== null);
    if (counted.length < t.minPosts) return insufficient(tooFewCounted(counted.length, t.minPosts));

    const sample = new LeaveOneOut(counted.map((view) => view.interactions ?? 0));
    const spikes: Spike[] = [];
    let maxRatio = 0;
    for (const view of counted) {
      const interactions = view.interactions ?? 0;
      // A baseline under one interaction would turn any small count into a "spike".
      const expected = Math.max(1, sample.trimmedMeanWithout(interactions, t.trim) ?? 0);
      const ratio = interactions / expected;
      maxRatio = Math.max(maxRatio, ratio);
      const surprising =
        ratio >= t.warnRatio &&
        interactions - expected >= t.minExcess &&
        poissonAtLeast(interactions, expected) < t.maxChance;
      if (surprising) spikes.push({ id: view.post.id, interactions, expected, ratio, commentRatio: commentRatio(view) });
    }
    spikes.sort((a, b) => b.ratio - a.ratio);

    const usualCommentRatio = median(counted.map(commentRatio).filter((r): r is number => r !== null));
    // A spike that also brought conversation is more likely real reach than a boost: it warns.
    const boosted = (spike: Spike) =>
      spike.ratio >= t.failRatio &&
      (usualCommentRatio === null || spike.commentRatio === null || spike.commentRatio < usualCommentRatio);
    const baseline = Math.round(median(counted.map((v) => v.interactions ?? 0)) ?? 0);
    const top = spikes[0];
    const figures = {
      posts: counted.length,
      baseline,
      spikes: spikes.length,
      maxRatio: Math.round(maxRatio * 10) / 10,
      topInteractions: top?.interactions ?? null,
    };
    if (!top) return verdict('pass', { figures, explanation: msg('rule.engagement-spike.explain.pass', known(figures)) });
    return verdict(spikes.some(boosted) ? 'fail' : 'warn', {
      figures,
      evidencePostIds: spikes.map((s) => s.id),
      explanation: msg('rule.engagement-spike.explain.found', known(figures)),
      suggestion: msg('rule.engagement-spike.suggest', { topInteractions: top.interactions, expected: Math.round(top.expected) }),
    });
  },
});
