import { describe, expect, it } from 'vitest';
import { LeaveOneOut, median, poissonAtLeast } from '../../../lib/analysis/stats';

describe('stats', () => {
  it('takes medians of odd, even and empty samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('leaves the post itself out of its own baseline', () => {
    const sample = new LeaveOneOut([10, 12, 11, 9, 300]);
    expect(sample.medianWithout(300)).toBe(10.5);
    expect(sample.medianWithout(10)).toBe(11.5);
    // Others of 300: [9, 10, 11, 12]; a quarter trimmed from each end leaves [10, 11].
    expect(sample.trimmedMeanWithout(300, 0.25)).toBe(10.5);
    expect(new LeaveOneOut([7]).medianWithout(7)).toBeNull();
  });

  it('matches a brute-force trimmed mean for every post', () => {
    const values = [3, 8, 8, 1, 40, 5, 7, 7, 2, 19, 6];
    const sample = new LeaveOneOut(values);
    values.forEach((value, i) => {
      const others = values.filter((_, j) => j !== i).sort((a, b) => a - b);
      const cut = Math.floor(others.length * 0.25);
      const kept = others.slice(cut, others.length - cut);
      const expected = kept.reduce((a, b) => a + b, 0) / kept.length;
      expect(sample.trimmedMeanWithout(value, 0.25)).toBeCloseTo(expected, 10);
    });
  });

  it('gives Poisson upper tails', () => {
    // P(X ≥ 6 | λ = 2) = 1 − P(X ≤ 5) ≈ 0.01656
    expect(poissonAtLeast(6, 2)).toBeCloseTo(0.01656, 4);
    expect(poissonAtLeast(2, 5)).toBe(1);
    expect(poissonAtLeast(300, 100)).toBeLessThan(1e-30);
    expect(poissonAtLeast(1100, 1000)).toBeGreaterThan(0.0005);
    expect(poissonAtLeast(1100, 1000)).toBeLessThan(0.002);
  });
});
