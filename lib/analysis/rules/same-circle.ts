import { findCircle } from '../circle';
import { listParam, msg, percent } from '../messages/msg';
import { podPolicy } from '../policies';
import { defineRule, insufficient, verdict } from './rule';

/**
 * Seed 000: in an engagement pod the same members react to every post, whether or not they are
 * the audience. influData flags "the same commenters repeating across many posts" as a risk, not
 * a verdict. A pod is a group: one or two loyal customers commenting often is a good sign, so the
 * rule needs several regulars who together write most of the comments.
 */
export const THRESHOLDS = {
  /** A regular commented under at least this share of the commented posts. */
  coverage: { default: 0.6, min: 0, max: 1 },
  warnCoreSize: { default: 3, min: 1, max: 100 },
  warnCoreShare: { default: 0.5, min: 0, max: 1 },
  failCoreSize: { default: 5, min: 1, max: 100 },
  failCoreShare: { default: 0.7, min: 0, max: 1 },
  minCommentedPosts: { default: 5, min: 2, max: 100 },
  minComments: { default: 15, min: 1, max: 10_000 },
} as const;

const MAX_NAMED = 10;

export const sameCircle = defineRule({
  id: 'same-circle',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const circle = findCircle(ctx, t.coverage);
    const colleagueCommenters = circle.colleagues.map((m) => m.name);
    if (circle.commentedPosts < t.minCommentedPosts || circle.audienceComments < t.minComments) {
      return {
        ...insufficient(
          msg('rule.same-circle.explain.too-few', {
            commentedPosts: circle.commentedPosts,
            comments: circle.audienceComments,
            neededPosts: t.minCommentedPosts,
            neededComments: t.minComments,
          }),
          { commentedPosts: circle.commentedPosts, comments: circle.audienceComments },
        ),
        colleagueCommenters,
      };
    }

    const coreShare = circle.coreComments / circle.audienceComments;
    const figures = {
      commentedPosts: circle.commentedPosts,
      comments: circle.audienceComments,
      commenters: circle.commenters,
      coreSize: circle.core.length,
      coreShare: percent(coreShare),
      coveragePercent: percent(t.coverage),
      topTenShare: percent(circle.topTenShare),
      meanOverlap: percent(circle.meanOverlap),
      colleagues: circle.colleagues.length,
      colleagueComments: circle.colleagueComments,
    };
    const size = circle.core.length;
    const status =
      size >= t.failCoreSize && coreShare >= t.failCoreShare
        ? 'fail'
        : size >= t.warnCoreSize && coreShare >= t.warnCoreShare
          ? 'warn'
          : 'pass';
    if (status === 'pass') {
      return { ...verdict('pass', { figures, explanation: msg('rule.same-circle.explain.pass', figures) }), colleagueCommenters };
    }

    const coreKeys = new Set(circle.core.map((m) => m.key));
    // Most telling first: the posts where most regulars showed up.
    const evidencePostIds = ctx.posts
      .map(({ post }) => ({
        id: post.id,
        regulars: new Set((ctx.commentsByPost.get(post.id) ?? []).filter((c) => coreKeys.has(c.authorKey)).map((c) => c.authorKey)).size,
      }))
      .filter((p) => p.regulars > 0)
      .sort((a, b) => b.regulars - a.regulars)
      .map((p) => p.id);
    const names = circle.core.slice(0, MAX_NAMED).map((m) => m.name);
    return {
      ...verdict(status, {
        figures,
        evidencePostIds,
        evidenceCommenters: names,
        explanation: msg('rule.same-circle.explain.found', figures),
        suggestion: msg('rule.same-circle.suggest', { names: listParam(names, 5), coreSize: size }),
        policy: podPolicy(ctx.page.platform),
      }),
      colleagueCommenters,
    };
  },
});
