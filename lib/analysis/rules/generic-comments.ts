import type { CommentView } from '../context';
import { listParam, msg, percent } from '../messages/msg';
import { defineRule, insufficient, verdict } from './rule';
import { countBy, rankByCount } from './shared';

/**
 * Seed 001: "so cool" or a row of smileys no longer count as comments. HypeAuditor calls 1–3
 * hollow comments in 20 normal and about half an alarm, and only marks a comment when several
 * signals coincide (see classifyComment).
 */
export const THRESHOLDS = {
  warnShare: { default: 0.3, min: 0, max: 1 },
  failShare: { default: 0.5, min: 0, max: 1 },
  minComments: { default: 15, min: 1, max: 10_000 },
  minCommentedPosts: { default: 3, min: 1, max: 100 },
  /**
   * Hollow comments must be spread over this many posts: a row of "Gefeliciteerd!" under one
   * anniversary post is how people congratulate, not a sign of anything.
   */
  minGenericPosts: { default: 3, min: 1, max: 100 },
} as const;

const EXAMPLE_MAX_CHARS = 40;

function example(generic: readonly CommentView[]): string {
  const [text] = rankByCount(generic.map((c) => c.comment.text.trim()));
  if (text === undefined) return '';
  return text.length > EXAMPLE_MAX_CHARS ? `${text.slice(0, EXAMPLE_MAX_CHARS)}…` : text;
}

export const genericComments = defineRule({
  id: 'generic-comments',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const audience = ctx.comments.filter((c) => !c.fromPage);
    const commentedPosts = new Set(audience.map((c) => c.postId)).size;
    if (audience.length < t.minComments || commentedPosts < t.minCommentedPosts) {
      return insufficient(
        msg('rule.generic-comments.explain.too-few', { comments: audience.length, commentedPosts, needed: t.minComments }),
        { comments: audience.length, commentedPosts },
      );
    }

    const generic = audience.filter((c) => c.generic !== null);
    const kinds = countBy(generic, (c) => c.generic ?? '');
    const share = generic.length / audience.length;
    const figures = {
      comments: audience.length,
      genericComments: generic.length,
      genericShare: percent(share),
      emojiOnly: kinds.get('emoji-only') ?? 0,
      stockPraise: kinds.get('stock-praise') ?? 0,
      mentionOnly: kinds.get('mention-only') ?? 0,
      duplicates: kinds.get('short-duplicate') ?? 0,
    };
    const spread = new Set(generic.map((c) => c.postId)).size >= t.minGenericPosts;
    const status = spread && share >= t.failShare ? 'fail' : spread && share >= t.warnShare ? 'warn' : 'pass';
    if (status === 'pass') {
      return verdict('pass', { figures, explanation: msg('rule.generic-comments.explain.pass', figures) });
    }
    const commenters = rankByCount(generic.map((c) => c.comment.authorName));
    return verdict(status, {
      figures,
      evidencePostIds: rankByCount(generic.map((c) => c.postId)),
      evidenceCommenters: commenters,
      explanation: msg('rule.generic-comments.explain.found', figures),
      suggestion: msg('rule.generic-comments.suggest', { example: example(generic), commenters: listParam(commenters, 3) }),
    });
  },
});
