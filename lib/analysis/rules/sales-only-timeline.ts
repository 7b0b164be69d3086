import { msg, percent } from '../messages/msg';
import { promotionalPolicy } from '../policies';
import { isPromotional, promoSignals } from '../text/promo';
import { defineRule, insufficient, verdict } from './rule';
import { tooFewPosts } from './shared';

/**
 * Seed 001: "only posting offers until the timeline looks like one big webshop". The 80/20 rule
 * of thumb allows about one direct promotion in five posts; the rule warns well above that.
 */
export const THRESHOLDS = {
  warnShare: { default: 1 / 3, min: 0, max: 1 },
  failShare: { default: 1 / 2, min: 0, max: 1 },
  /** Judge the most recent posts: an old sale season should not haunt the page forever. */
  recentPosts: { default: 30, min: 5, max: 1000 },
  minPosts: { default: 6, min: 1, max: 100 },
} as const;

export const salesOnlyTimeline = defineRule({
  id: 'sales-only-timeline',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const recent = ctx.posts.slice(0, t.recentPosts);
    if (recent.length < t.minPosts) return insufficient(tooFewPosts(recent.length, t.minPosts));

    const promotional = recent
      .map(({ post }) => ({ id: post.id, signals: promoSignals(post) }))
      .filter(({ signals }) => isPromotional(signals))
      // Most telling first: the most hard sales evidence (prices, codes, "buy now").
      .sort((a, b) => b.signals.strong.length - a.signals.strong.length || b.signals.weak.length - a.signals.weak.length);

    const share = promotional.length / recent.length;
    const figures = { posts: recent.length, promoPosts: promotional.length, promoShare: percent(share) };
    const status = share > t.failShare ? 'fail' : share > t.warnShare ? 'warn' : 'pass';
    if (status === 'pass') {
      return verdict('pass', {
        figures,
        evidencePostIds: promotional.map((post) => post.id),
        explanation: msg('rule.sales-only-timeline.explain.pass', figures),
      });
    }
    return verdict(status, {
      figures,
      evidencePostIds: promotional.map((post) => post.id),
      explanation: msg('rule.sales-only-timeline.explain.found', figures),
      suggestion: msg('rule.sales-only-timeline.suggest', figures),
      policy: promotionalPolicy(ctx.page.platform),
    });
  },
});
