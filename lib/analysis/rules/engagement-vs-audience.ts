import { rateBenchmark, type RateRange } from '../benchmarks';
import type { AnalysisContext, PostView } from '../context';
import { known, msg } from '../messages/msg';
import { median } from '../stats';
import { defineRule, insufficient, verdict, worst, type ThresholdValues } from './rule';
import { tooFewCounted } from './shared';

/**
 * Seeds 001 and 002: engagement far above pages of the same size is suspicious; far below is a
 * reach problem ("15 likes is too few for a company with 200+ employees") — never manipulation
 * in itself (seed 000), so "too low" only ever warns. Rates per follower on a competitor's page
 * (impressions are not visible there), per impression on the user's own page when shown.
 */
export const THRESHOLDS = {
  highWarnFactor: { default: 4, min: 1, max: 1000 },
  highFailFactor: { default: 8, min: 1, max: 1000 },
  /** Below this fraction of the lowest benchmark the page has a reach problem. */
  lowWarnFactor: { default: 0.125, min: 0, max: 1 },
  /** Fewer reactions a post than this share of the employees is a reach problem. */
  employeeShare: { default: 0.1, min: 0, max: 1 },
  /** The employee check only applies from this many employees on. */
  minEmployees: { default: 50, min: 1, max: 1_000_000 },
  minPosts: { default: 5, min: 1, max: 1000 },
} as const;

type Limits = ThresholdValues<typeof THRESHOLDS>;
type Finding = 'pass' | 'high' | 'low';

/** Interactions per post over the page's denominator, posts with unreadable numbers left out. */
function rateOf(ctx: AnalysisContext, view: PostView): number | null {
  if (view.interactions === null) return null;
  if (ctx.rateDenominator === 'impressions') {
    const impressions = view.latest?.impressions ?? null;
    return impressions !== null && impressions > 0 ? view.interactions / impressions : null;
  }
  const followers = ctx.page.followers;
  return ctx.rateDenominator === 'followers' && followers !== null && followers > 0 ? view.interactions / followers : null;
}

function rateFinding(rate: number, range: RateRange, t: Limits): { finding: Finding; status: 'pass' | 'warn' | 'fail' } {
  if (rate >= range.high * t.highFailFactor) return { finding: 'high', status: 'fail' };
  if (rate >= range.high * t.highWarnFactor) return { finding: 'high', status: 'warn' };
  if (rate <= range.low * t.lowWarnFactor) return { finding: 'low', status: 'warn' };
  return { finding: 'pass', status: 'pass' };
}

const asPercent = (rate: number) => Math.round(rate * 10_000) / 100;

export const engagementVsAudience = defineRule({
  id: 'engagement-vs-audience',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const counted = ctx.posts.filter((view) => view.interactions !== null);
    if (counted.length < t.minPosts) return insufficient(tooFewCounted(counted.length, t.minPosts));

    const rated = counted
      .map((view) => ({ id: view.post.id, rate: rateOf(ctx, view), reactions: view.reactions }))
      .filter((p): p is { id: string; rate: number; reactions: number | null } => p.rate !== null);
    const medianRate = median(rated.map((p) => p.rate));
    const range =
      ctx.rateDenominator === 'none' || ctx.page.followers === null
        ? null
        : rateBenchmark(ctx.page.platform, ctx.page.kind, ctx.rateDenominator, ctx.page.followers);

    const employees = ctx.page.kind === 'brand' ? (ctx.page.employeeBand?.min ?? null) : null;
    const medianReactions = median(counted.flatMap((v) => (v.reactions === null ? [] : [v.reactions])));
    const employeeCheck = employees !== null && employees >= t.minEmployees && medianReactions !== null;
    const employeeGap = employeeCheck && (medianReactions ?? 0) < employees * t.employeeShare;

    const rateJudged = range !== null && medianRate !== null && rated.length >= t.minPosts;
    if (!rateJudged && !employeeCheck) {
      return insufficient(
        ctx.page.followers === null || ctx.rateDenominator === 'none'
          ? msg('rule.engagement-vs-audience.explain.no-audience')
          : msg('rule.engagement-vs-audience.explain.no-benchmark', { followers: ctx.page.followers }),
      );
    }

    const byRate = rateJudged ? rateFinding(medianRate, range, t) : { finding: 'pass' as const, status: 'pass' as const };
    const status = worst(byRate.status, employeeGap ? 'warn' : 'pass');
    const figures = {
      posts: counted.length,
      denominator: ctx.rateDenominator,
      perImpression: ctx.rateDenominator === 'impressions' ? 1 : 0,
      followers: ctx.page.followers,
      ratePercent: medianRate === null ? null : asPercent(medianRate),
      benchmarkLowPercent: range ? asPercent(range.low) : null,
      benchmarkHighPercent: range ? asPercent(range.high) : null,
      factor: range && medianRate !== null ? Math.round((medianRate / range.high) * 10) / 10 : null,
      sources: range ? range.sources.join('; ') : null,
      employees,
      medianReactions,
    };

    if (byRate.finding === 'high') {
      return verdict(status, {
        figures,
        evidencePostIds: [...rated].sort((a, b) => b.rate - a.rate).map((p) => p.id),
        explanation: msg('rule.engagement-vs-audience.explain.high', known(figures)),
        suggestion: msg('rule.engagement-vs-audience.suggest.high', known(figures)),
      });
    }
    const lowest = [...counted].sort((a, b) => (a.interactions ?? 0) - (b.interactions ?? 0)).map((v) => v.post.id);
    if (employeeGap) {
      return verdict(status, {
        figures,
        evidencePostIds: lowest,
        explanation: msg('rule.engagement-vs-audience.explain.employees', known(figures)),
        suggestion: msg('rule.engagement-vs-audience.suggest.employees', known(figures)),
      });
    }
    if (byRate.finding === 'low') {
      return verdict(status, {
        figures,
        evidencePostIds: lowest,
        explanation: msg('rule.engagement-vs-audience.explain.low', known(figures)),
        suggestion: msg('rule.engagement-vs-audience.suggest.low', known(figures)),
      });
    }
    return verdict('pass', {
      figures,
      explanation: msg(
        rateJudged ? 'rule.engagement-vs-audience.explain.pass' : 'rule.engagement-vs-audience.explain.pass-employees',
        known(figures),
      ),
    });
  },
});
