/** Small statistics for noisy timings: median and spread, never the mean alone. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Half the distance between the 25th and 75th percentiles, as a share of the median. */
  spread: number;
  runs: number;
  values: number[];
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const iqrHalf = (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    spread: median !== 0 ? Math.abs(iqrHalf / median) : 0,
    runs: values.length,
    values,
  };
}

/** Element-wise ratios of paired runs (measured side by side), summarised. */
export function pairedRatios(a: number[], b: number[]): Summary {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== undefined && y !== undefined && y !== 0) ratios.push(x / y);
  }
  return summarize(ratios);
}

export function fmt(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** "12.3 (10.1–15.2, ±8%, n=5)" */
export function fmtSummary(s: Summary, digits = 1, unit = ''): string {
  if (s.runs === 0) return '—';
  return `${fmt(s.median, digits)}${unit} (${fmt(s.min, digits)}–${fmt(s.max, digits)}, ±${Math.round(s.spread * 100)}%, n=${s.runs})`;
}

/** Wall-clock time of fn in ms. */
export async function time(fn: () => unknown): Promise<number> {
  const began = performance.now();
  await fn();
  return performance.now() - began;
}
