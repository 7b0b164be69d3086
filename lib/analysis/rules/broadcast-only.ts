import type { AnalysisContext, CommentView } from '../context';
import { msg, percent } from '../messages/msg';
import type { Msg } from '../model';
import { corporateNews } from '../text/lexicon';
import { asksQuestion } from '../text/questions';
import { defineRule, insufficient, verdict } from './rule';
import { tooFewPosts } from './shared';

/**
 * Seeds 002 and 003: a page that only sends — business news, reshares ("retweets 80% of
 * everything"), never a question, never an answer under its own posts — is a broadcast channel.
 * Any one of these alone is fine; the rule counts how many come together.
 */
export const THRESHOLDS = {
  /** Fewer posts than this share asking anything counts as "no questions". */
  questionShare: { default: 0.1, min: 0, max: 1 },
  /** The page answering under fewer than this share of its commented posts counts as "no replies". */
  replyShare: { default: 0.2, min: 0, max: 1 },
  reshareShare: { default: 0.5, min: 0, max: 1 },
  newsShare: { default: 0.5, min: 0, max: 1 },
  warnSignals: { default: 2, min: 1, max: 4 },
  failSignals: { default: 3, min: 1, max: 4 },
  /** "From the last week": comments this recent without an answer are named in the suggestion. */
  recentDays: { default: 7, min: 1, max: 365 },
  recentPosts: { default: 30, min: 5, max: 1000 },
  minPosts: { default: 5, min: 1, max: 100 },
  minCommentedPosts: { default: 3, min: 1, max: 100 },
} as const;

const DAY = 86_400_000;

/** Audience comments under a post that no reply from the page came after. */
function unanswered(comments: readonly CommentView[]): CommentView[] {
  const pageTimes = comments.filter((c) => c.fromPage).map((c) => c.comment.publishedAt);
  if (pageTimes.length === 0) return comments.filter((c) => !c.fromPage);
  // With unknown times, any page reply under the post counts as an answer.
  if (pageTimes.some((time) => time === null)) return [];
  const lastReply = Math.max(...pageTimes.map((time) => time ?? 0));
  return comments.filter((c) => !c.fromPage && c.comment.publishedAt !== null && c.comment.publishedAt > lastReply);
}

function isRecent(ctx: AnalysisContext, comment: CommentView, postPublishedAt: number | null, days: number): boolean {
  const when = comment.comment.publishedAt ?? postPublishedAt;
  return when !== null && ctx.now - when <= days * DAY;
}

export const broadcastOnly = defineRule({
  id: 'broadcast-only',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const recent = ctx.posts.slice(0, t.recentPosts);
    if (recent.length < t.minPosts) return insufficient(tooFewPosts(recent.length, t.minPosts));

    const questionPosts = recent.filter(({ post }) => asksQuestion(post.text));
    const reshares = recent.filter(({ post }) => post.isReshare);
    const news = recent.filter(({ post }) => corporateNews.find(post.text).length > 0);
    const commented = recent.filter(({ post }) => (ctx.commentsByPost.get(post.id) ?? []).some((c) => !c.fromPage));
    const replied = commented.filter(({ post }) => (ctx.commentsByPost.get(post.id) ?? []).some((c) => c.fromPage));
    const waiting = recent.flatMap(({ post }) =>
      unanswered(ctx.commentsByPost.get(post.id) ?? [])
        .filter((c) => isRecent(ctx, c, post.publishedAt, t.recentDays))
        .map(() => post.id),
    );

    const share = (part: number) => part / recent.length;
    const repliesKnown = commented.length >= t.minCommentedPosts;
    const signals = {
      noQuestions: share(questionPosts.length) < t.questionShare,
      noReplies: repliesKnown && replied.length < t.replyShare * commented.length,
      reshares: share(reshares.length) >= t.reshareShare,
      news: share(news.length) >= t.newsShare,
    };
    const signalCount = Object.values(signals).filter(Boolean).length;
    const figures = {
      posts: recent.length,
      questionPosts: questionPosts.length,
      commentedPosts: commented.length,
      repliedPosts: replied.length,
      unansweredRecent: waiting.length,
      recentDays: t.recentDays,
      resharePercent: percent(share(reshares.length)),
      newsPercent: percent(share(news.length)),
      signals: signalCount,
    };
    const status = signalCount >= t.failSignals ? 'fail' : signalCount >= t.warnSignals ? 'warn' : 'pass';
    if (status === 'pass') {
      return verdict('pass', {
        figures,
        explanation: msg(repliesKnown ? 'rule.broadcast-only.explain.pass' : 'rule.broadcast-only.explain.pass-no-comments', figures),
      });
    }

    // Most telling first: posts with comments still waiting, then unanswered, reshares and news.
    const repliedIds = new Set(replied.map((v) => v.post.id));
    const ids = (views: typeof recent) => views.map((v) => v.post.id);
    const evidencePostIds = [
      ...new Set([
        ...waiting,
        ...(signals.noReplies ? ids(commented).filter((id) => !repliedIds.has(id)) : []),
        ...(signals.reshares ? ids(reshares) : []),
        ...(signals.news ? ids(news) : []),
      ]),
    ];
    let suggestion: Msg;
    if (waiting.length > 0) suggestion = msg('rule.broadcast-only.suggest.unanswered', figures);
    else if (signals.noReplies) suggestion = msg('rule.broadcast-only.suggest.reply', figures);
    else if (signals.noQuestions) suggestion = msg('rule.broadcast-only.suggest.ask', figures);
    else if (signals.reshares) suggestion = msg('rule.broadcast-only.suggest.reshares', figures);
    else suggestion = msg('rule.broadcast-only.suggest.news', figures);
    return verdict(status, {
      figures,
      evidencePostIds,
      explanation: msg('rule.broadcast-only.explain.found', figures),
      suggestion,
    });
  },
});
