import type { PageKind, Platform } from './model';

/**
 * Published engagement benchmarks, in one place, each with its source and its denominator.
 * Rates are interactions (reactions + comments) per post divided by the denominator.
 * Where sources disagree, the rules give the page the benefit of the doubt: the highest matching
 * rate bounds "suspiciously high", the lowest bounds "far too low".
 */

export type RateDenominator = 'followers' | 'impressions';

export interface RateBenchmark {
  source: string;
  platform: Platform | 'any';
  /** Brand pages and personal profiles are benchmarked apart; 'any' covers both. */
  kind: PageKind | 'any';
  denominator: RateDenominator;
  /** Follower band [minFollowers, maxFollowers); null = no upper end. */
  minFollowers: number;
  maxFollowers: number | null;
  /** Typical rate as a fraction; a range where the source gives one. */
  low: number;
  high: number;
}

export const RATE_BENCHMARKS: readonly RateBenchmark[] = [
  // Seed 001: accounts under 1,000 followers average 8% likes and 0.5% comments per post,
  // accounts over 10 million 1.6% likes and 0.04% comments.
  { source: 'seed 001 (Dutch practitioner blog)', platform: 'any', kind: 'any', denominator: 'followers', minFollowers: 0, maxFollowers: 1_000, low: 0.085, high: 0.085 },
  { source: 'seed 001 (Dutch practitioner blog)', platform: 'any', kind: 'any', denominator: 'followers', minFollowers: 10_000_000, maxFollowers: null, low: 0.0164, high: 0.0164 },
  // Socialbakers 2014, Facebook pages, interactions per fan.
  { source: 'Socialbakers 2014', platform: 'facebook', kind: 'brand', denominator: 'followers', minFollowers: 0, maxFollowers: 10_000, low: 0.0096, high: 0.0096 },
  { source: 'Socialbakers 2014', platform: 'facebook', kind: 'brand', denominator: 'followers', minFollowers: 10_000, maxFollowers: 20_000, low: 0.0029, high: 0.0029 },
  { source: 'Socialbakers 2014', platform: 'facebook', kind: 'brand', denominator: 'followers', minFollowers: 1_000_000, maxFollowers: null, low: 0.0009, high: 0.0009 },
  // Today's Facebook brand-page median per fan, across sizes (industry reports, 2024–2025).
  { source: 'industry reports 2024–2025 (Facebook brand median)', platform: 'facebook', kind: 'brand', denominator: 'followers', minFollowers: 0, maxFollowers: null, low: 0.0006, high: 0.0015 },
  // SociaVault 2026, LinkedIn, interactions per impression by follower band.
  { source: 'SociaVault 2026', platform: 'linkedin', kind: 'any', denominator: 'impressions', minFollowers: 1_000, maxFollowers: 5_000, low: 0.0542, high: 0.0542 },
  { source: 'SociaVault 2026', platform: 'linkedin', kind: 'any', denominator: 'impressions', minFollowers: 5_000, maxFollowers: 25_000, low: 0.0387, high: 0.0387 },
  { source: 'SociaVault 2026', platform: 'linkedin', kind: 'any', denominator: 'impressions', minFollowers: 25_000, maxFollowers: 100_000, low: 0.0274, high: 0.0274 },
  { source: 'SociaVault 2026', platform: 'linkedin', kind: 'any', denominator: 'impressions', minFollowers: 100_000, maxFollowers: 500_000, low: 0.0189, high: 0.0189 },
  { source: 'SociaVault 2026', platform: 'linkedin', kind: 'any', denominator: 'impressions', minFollowers: 500_000, maxFollowers: null, low: 0.0108, high: 0.0108 },
];

export interface RateRange {
  low: number;
  high: number;
  sources: string[];
}

/** The range the matching benchmarks span, or null when no source covers this page. */
export function rateBenchmark(
  platform: Platform,
  kind: PageKind,
  denominator: RateDenominator,
  followers: number,
): RateRange | null {
  const matching = RATE_BENCHMARKS.filter(
    (b) =>
      (b.platform === 'any' || b.platform === platform) &&
      (b.kind === 'any' || b.kind === kind) &&
      b.denominator === denominator &&
      followers >= b.minFollowers &&
      (b.maxFollowers === null || followers < b.maxFollowers),
  );
  if (matching.length === 0) return null;
  return {
    low: Math.min(...matching.map((b) => b.low)),
    high: Math.max(...matching.map((b) => b.high)),
    sources: [...new Set(matching.map((b) => b.source))],
  };
}

/**
 * Comments per reaction on an ordinary post. LinkedIn: Socialinsider's per-post medians, 4
 * comments to 45 likes (≈ 9%). Facebook: comments are ≈ 4–9% of interactions (quintly); the low
 * end is used. Seed 001 puts comments at 1/16 to 1/40 of likes on accounts large and small.
 */
export const TYPICAL_COMMENTS_PER_REACTION: Readonly<Record<Platform, { ratio: number; source: string }>> = {
  linkedin: { ratio: 4 / 45, source: 'Socialinsider (LinkedIn per-post medians)' },
  facebook: { ratio: 0.04, source: 'quintly (Facebook comment share)' },
};
