import type { PostView } from '../context';
import { msg, percent } from '../messages/msg';
import { LeaveOneOut } from '../stats';
import { defineRule, insufficient, verdict } from './rule';

/**
 * Seed 000: likes that arrive all at once, out of proportion. Real audiences trickle in over a day
 * or two as the feed shows the post; a group liking on request arrives in minutes and then stops
 * (CopyCatch's "lockstep"). Needs the same post read early and again a day later, with an exact
 * publishing time — a "2h" label is too coarse to measure minutes.
 */
export const THRESHOLDS = {
  burstMinutes: { default: 60, min: 5, max: 24 * 60 },
  quietAfterHours: { default: 24, min: 2, max: 24 * 14 },
  /** Share of the final reactions already there at the end of the burst window. */
  earlyShare: { default: 0.9, min: 0, max: 1 },
  minReactions: { default: 20, min: 1, max: 100_000 },
  /** Early pace this many times the page's usual early pace. */
  velocityFactor: { default: 3, min: 1, max: 1000 },
  minPosts: { default: 3, min: 2, max: 1000 },
  failShare: { default: 0.3, min: 0, max: 1 },
} as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

interface Followed {
  id: string;
  early: number;
  final: number;
  /** Reactions per minute up to the early reading. */
  pace: number;
}

function follow(view: PostView, burstMs: number, quietMs: number): Followed | null {
  const { post } = view;
  if (post.publishedAt === null || post.publishedAtApprox) return null;
  const published = post.publishedAt;
  let early: { seenAt: number; reactions: number } | null = null;
  let late: number | null = null;
  for (const snap of post.snapshots) {
    if (snap.reactions === null) continue;
    const age = snap.seenAt - published;
    if (age > 0 && age <= burstMs) early = { seenAt: snap.seenAt, reactions: snap.reactions };
    if (age >= quietMs) late = snap.reactions;
  }
  if (early === null || late === null) return null;
  const minutes = Math.max(1, (early.seenAt - published) / MINUTE);
  return { id: post.id, early: early.reactions, final: late, pace: early.reactions / minutes };
}

export const burstThenSilence = defineRule({
  id: 'burst-then-silence',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const followed = ctx.posts
      .map((view) => follow(view, t.burstMinutes * MINUTE, t.quietAfterHours * HOUR))
      .filter((f): f is Followed => f !== null);
    if (followed.length < t.minPosts) {
      return insufficient(
        msg('rule.burst-then-silence.explain.too-few', {
          followed: followed.length,
          needed: t.minPosts,
          burstMinutes: t.burstMinutes,
          quietAfterHours: t.quietAfterHours,
        }),
        { followedPosts: followed.length },
      );
    }

    const paces = new LeaveOneOut(followed.map((f) => f.pace));
    // At least one reaction per window counts as "usual", so a page whose posts start at zero
    // does not make every first like look like a burst.
    const floor = 1 / t.burstMinutes;
    const bursts = followed
      .map((f) => ({ ...f, paceRatio: f.pace / Math.max(floor, paces.medianWithout(f.pace) ?? 0) }))
      .filter((f) => f.early >= t.minReactions && f.early >= t.earlyShare * f.final && f.paceRatio >= t.velocityFactor)
      .sort((a, b) => b.paceRatio - a.paceRatio);

    const figures = {
      followedPosts: followed.length,
      bursts: bursts.length,
      burstMinutes: t.burstMinutes,
      quietAfterHours: t.quietAfterHours,
      earlySharePercent: percent(t.earlyShare),
      maxPaceRatio: Math.round((bursts[0]?.paceRatio ?? 0) * 10) / 10,
    };
    if (bursts.length === 0) {
      return verdict('pass', { figures, explanation: msg('rule.burst-then-silence.explain.pass', figures) });
    }
    const status = bursts.length >= 2 && bursts.length >= t.failShare * followed.length ? 'fail' : 'warn';
    return verdict(status, {
      figures,
      evidencePostIds: bursts.map((b) => b.id),
      explanation: msg('rule.burst-then-silence.explain.found', figures),
      suggestion: msg('rule.burst-then-silence.suggest', { bursts: bursts.length }),
    });
  },
});
