import { TYPICAL_COMMENTS_PER_REACTION } from '../benchmarks';
import type { AnalysisContext, PostView } from '../context';
import { msg, percent } from '../messages/msg';
import { median } from '../stats';
import { defineRule, insufficient, verdict } from './rule';

/**
 * Seed 000: "30 thumbs" but hardly any real comments, out of proportion to the likes. Ordinary
 * posts draw about one comment per 11 reactions on LinkedIn and one per 10–25 on Facebook; the rule
 * only flags posts far below that, and only posts with enough reactions for a ratio to mean much.
 */
export const THRESHOLDS = {
  minReactions: { default: 20, min: 1, max: 10_000 },
  /** Real comments below this share of reactions make a post hollow. */
  commentRatio: { default: 0.02, min: 0, max: 1 },
  warnPostShare: { default: 0.3, min: 0, max: 1 },
  failPostShare: { default: 0.6, min: 0, max: 1 },
  minPosts: { default: 3, min: 1, max: 100 },
} as const;

interface PostConversation {
  id: string;
  reactions: number;
  realComments: number;
}

/**
 * Comments from the audience that say something: the count minus the visible comments that are
 * the page's own replies or generic ("👏", "great post"). Never below zero.
 */
function realComments(ctx: AnalysisContext, view: PostView, comments: number): number {
  const visible = ctx.commentsByPost.get(view.post.id) ?? [];
  const hollow = visible.filter((c) => c.fromPage || c.generic !== null).length;
  return Math.max(0, comments - hollow);
}

export const hollowEngagement = defineRule({
  id: 'hollow-engagement',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const eligible: PostConversation[] = [];
    for (const view of ctx.posts) {
      if (view.reactions === null || view.comments === null || view.reactions < t.minReactions) continue;
      eligible.push({ id: view.post.id, reactions: view.reactions, realComments: realComments(ctx, view, view.comments) });
    }
    const typical = percent(TYPICAL_COMMENTS_PER_REACTION[ctx.page.platform].ratio);
    if (eligible.length < t.minPosts) {
      return insufficient(
        msg('rule.hollow-engagement.explain.too-few', { eligible: eligible.length, needed: t.minPosts, minReactions: t.minReactions }),
        { eligiblePosts: eligible.length },
      );
    }

    // Most telling first: the most reactions with the least said.
    const hollow = eligible
      .filter((p) => p.realComments < t.commentRatio * p.reactions)
      .sort((a, b) => b.reactions - a.reactions || a.realComments - b.realComments);
    const share = hollow.length / eligible.length;
    const figures = {
      eligiblePosts: eligible.length,
      hollowPosts: hollow.length,
      minReactions: t.minReactions,
      ratioPercent: percent(t.commentRatio),
      medianCommentsPer100Reactions: Math.round(100 * (median(eligible.map((p) => p.realComments / p.reactions)) ?? 0)),
      typicalCommentsPer100Reactions: typical,
    };
    const status = hollow.length > 0 && share >= t.failPostShare ? 'fail' : hollow.length > 0 && share >= t.warnPostShare ? 'warn' : 'pass';
    if (status === 'pass') {
      return verdict('pass', { figures, explanation: msg('rule.hollow-engagement.explain.pass', figures) });
    }
    const emptiest = hollow[0];
    return verdict(status, {
      figures,
      evidencePostIds: hollow.map((p) => p.id),
      explanation: msg('rule.hollow-engagement.explain.found', figures),
      suggestion: msg('rule.hollow-engagement.suggest', {
        reactions: emptiest?.reactions ?? 0,
        realComments: emptiest?.realComments ?? 0,
      }),
    });
  },
});
