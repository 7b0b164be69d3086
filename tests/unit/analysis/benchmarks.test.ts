import { describe, expect, it } from 'vitest';
import { RATE_BENCHMARKS, rateBenchmark, TYPICAL_COMMENTS_PER_REACTION } from '../../../lib/analysis/benchmarks';

describe('benchmarks', () => {
  it('declares a source, a denominator and a sane band for every entry', () => {
    for (const b of RATE_BENCHMARKS) {
      expect(b.source.length).toBeGreaterThan(0);
      expect(['followers', 'impressions']).toContain(b.denominator);
      expect(b.low).toBeLessThanOrEqual(b.high);
      expect(b.high).toBeLessThan(1);
      if (b.maxFollowers !== null) expect(b.maxFollowers).toBeGreaterThan(b.minFollowers);
    }
  });

  it('uses seed 001 for small accounts: 8% likes + 0.5% comments under 1,000 followers', () => {
    expect(rateBenchmark('linkedin', 'brand', 'followers', 800)).toEqual({ low: 0.085, high: 0.085, sources: ['seed 001 (Dutch practitioner blog)'] });
  });

  it('gives the benefit of the doubt where sources disagree (Facebook under 1,000 fans)', () => {
    const range = rateBenchmark('facebook', 'brand', 'followers', 800);
    expect(range?.high).toBe(0.085);
    expect(range?.low).toBe(0.0006);
  });

  it('keeps brand-only benchmarks away from personal profiles', () => {
    expect(rateBenchmark('facebook', 'person', 'followers', 5_000)).toBeNull();
    expect(rateBenchmark('facebook', 'brand', 'followers', 5_000)?.sources).toContain('Socialbakers 2014');
  });

  it('uses the LinkedIn impression bands by follower count', () => {
    expect(rateBenchmark('linkedin', 'brand', 'impressions', 3_000)?.high).toBe(0.0542);
    expect(rateBenchmark('linkedin', 'brand', 'impressions', 700_000)?.high).toBe(0.0108);
    expect(rateBenchmark('linkedin', 'brand', 'followers', 3_000)).toBeNull();
  });

  it('knows the usual comments per reaction per platform', () => {
    expect(TYPICAL_COMMENTS_PER_REACTION.linkedin.ratio).toBeCloseTo(0.089, 3);
    expect(TYPICAL_COMMENTS_PER_REACTION.facebook.ratio).toBe(0.04);
  });
});
