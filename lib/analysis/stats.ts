/**
 * Small, robust statistics for count data on small pages: medians and trimmed means so one viral
 * post does not set the baseline, and leave-one-out versions so a post is never compared with a
 * baseline that contains itself.
 */

export function ascending(values: Iterable<number>): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Median of a sorted array; null when empty. */
export function medianOfSorted(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

export function median(values: Iterable<number>): number | null {
  return medianOfSorted(ascending(values));
}

/**
 * A sorted sample that answers "the median / trimmed mean of all values but the one at index i"
 * in constant time, so per-post baselines over n posts cost O(n log n) instead of O(n²).
 */
export class LeaveOneOut {
  private readonly sorted: number[];
  private readonly prefix: number[];

  constructor(values: Iterable<number>) {
    this.sorted = ascending(values);
    this.prefix = [0];
    for (const value of this.sorted) this.prefix.push((this.prefix.at(-1) ?? 0) + value);
  }

  get size(): number {
    return this.sorted.length;
  }

  /** Index in sorted order of one occurrence of `value` (binary search). */
  indexOf(value: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.sorted[mid] ?? 0) < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The k-th smallest of the others (0-based). */
  private otherAt(k: number, excluded: number): number {
    return this.sorted[k < excluded ? k : k + 1] ?? 0;
  }

  /** Sum of the others' values at sorted positions [from, to). */
  private otherSum(from: number, to: number, excluded: number): number {
    const sum = (a: number, b: number) => (this.prefix[b] ?? 0) - (this.prefix[a] ?? 0);
    if (to <= excluded) return sum(from, to);
    if (from >= excluded) return sum(from + 1, to + 1);
    return sum(from, to + 1) - (this.sorted[excluded] ?? 0);
  }

  /** Median of every value except `value` (one occurrence); null when nothing else is left. */
  medianWithout(value: number): number | null {
    const others = this.sorted.length - 1;
    if (others <= 0) return null;
    const excluded = this.indexOf(value);
    const middle = Math.floor(others / 2);
    const upper = this.otherAt(middle, excluded);
    return others % 2 === 1 ? upper : (this.otherAt(middle - 1, excluded) + upper) / 2;
  }

  /**
   * Mean of the others after dropping the lowest and highest `trim` share of them (CrowdTangle's
   * baseline drops the top and bottom 25%). Null when nothing else is left.
   */
  trimmedMeanWithout(value: number, trim: number): number | null {
    const others = this.sorted.length - 1;
    if (others <= 0) return null;
    const cut = Math.min(Math.floor(others * trim), Math.floor((others - 1) / 2));
    const from = cut;
    const to = others - cut;
    return this.otherSum(from, to, this.indexOf(value)) / (to - from);
  }
}

// ln(n!) exactly for small n, Stirling's series beyond (error < 1e-10 there).
const LN_FACTORIAL: number[] = [0];
for (let n = 1; n < 256; n++) LN_FACTORIAL.push((LN_FACTORIAL[n - 1] ?? 0) + Math.log(n));

function lnFactorial(n: number): number {
  const exact = LN_FACTORIAL[n];
  if (exact !== undefined) return exact;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + 1 / (12 * n) - 1 / (360 * n ** 3);
}

/**
 * P(X ≥ k) for X ~ Poisson(lambda): how likely a count this high is by chance alone, given the
 * expected count. Only the upper tail is needed (is this post surprisingly high?), so below the
 * mean it returns 1.
 */
export function poissonAtLeast(k: number, lambda: number): number {
  if (k <= 0 || k <= lambda) return 1;
  if (lambda <= 0) return 0;
  let term = Math.exp(-lambda + k * Math.log(lambda) - lnFactorial(k));
  let sum = 0;
  for (let i = k; term > sum * 1e-12 && i < k + 10_000; i++) {
    sum += term;
    term *= lambda / (i + 1);
  }
  return Math.min(1, sum);
}
