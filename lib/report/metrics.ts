/**
 * The figures the comparison puts side by side. Computed from the same context the rules use, so
 * a page's promo share here and in its sales-only check agree. Unknown stays null, never 0.
 */
import { buildContext, type PostView } from '../analysis/context';
import type { Timeline } from '../analysis/model';
import { median } from '../analysis/stats';
import { isPromotional, promoSignals } from '../analysis/text/promo';

const WEEK_MS = 7 * 86_400_000;

export interface PageMetrics {
  posts: number;
  followers: number | null;
  /** What engagementRate is measured against. */
  rateDenominator: 'followers' | 'impressions' | 'none';
  /** Median per post of (reactions + comments) ÷ followers or impressions. */
  engagementRate: number | null;
  /** Median reactions + comments per post. */
  interactionsPerPost: number | null;
  /** All comments ÷ all reactions, over posts where both are known. */
  commentsPerReaction: number | null;
  /** Share of posts that read as promotion (prices, discounts, "order now"). */
  promoShare: number | null;
  /** Of the posts with visible audience comments, the share where the page answered. */
  replyRate: number | null;
  hashtagsPerPost: number | null;
  postsPerWeek: number | null;
}

function rateOf(view: PostView, denominator: PageMetrics['rateDenominator'], followers: number | null): number | null {
  if (view.interactions === null) return null;
  if (denominator === 'impressions') {
    const impressions = view.latest?.impressions ?? null;
    return impressions !== null && impressions > 0 ? view.interactions / impressions : null;
  }
  return denominator === 'followers' && followers !== null && followers > 0 ? view.interactions / followers : null;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function postsPerWeek(views: readonly PostView[]): number | null {
  const times = views.map((view) => view.post.publishedAt).filter((time): time is number => time !== null);
  if (times.length < 2) return null;
  const span = Math.max(...times) - Math.min(...times);
  // A span under a week would turn two posts in a day into "14 a week".
  return span >= WEEK_MS ? times.length / (span / WEEK_MS) : null;
}

export function pageMetrics(timeline: Timeline): PageMetrics {
  const ctx = buildContext(timeline);
  const { posts } = ctx;
  const followers = timeline.page.followers;
  const rates = posts.map((view) => rateOf(view, ctx.rateDenominator, followers)).filter((rate): rate is number => rate !== null);
  const counted = posts.filter((view) => view.reactions !== null && view.comments !== null);
  const reactions = counted.reduce((sum, view) => sum + (view.reactions ?? 0), 0);
  const comments = counted.reduce((sum, view) => sum + (view.comments ?? 0), 0);
  const promotional = posts.filter((view) => isPromotional(promoSignals(view.post))).length;
  const commented = [...ctx.commentsByPost.values()].filter((list) => list.some((c) => !c.fromPage));
  const answered = commented.filter((list) => list.some((c) => c.fromPage)).length;
  const hashtags = posts.reduce((sum, view) => sum + view.post.hashtags.length, 0);
  return {
    posts: posts.length,
    followers,
    rateDenominator: ctx.rateDenominator,
    engagementRate: median(rates),
    interactionsPerPost: median(posts.map((view) => view.interactions).filter((n): n is number => n !== null)),
    commentsPerReaction: ratio(comments, reactions),
    promoShare: ratio(promotional, posts.length),
    replyRate: ratio(answered, commented.length),
    hashtagsPerPost: ratio(hashtags, posts.length),
    postsPerWeek: postsPerWeek(posts),
  };
}
