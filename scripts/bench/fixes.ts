/**
 * Fixes the benchmarks led to, with the figures measured before and after (side by side, in one
 * run, with BENCH_BEFORE_DIR). Rendered into BENCHMARKS.md §8 beside this run's figure.
 */
export interface Fix {
  title: string;
  what: string;
  figures: Array<{ figure: string; before: string; after: string; key?: 'msPer1000' | 'cardsRead' | 'longestSlice' }>;
  measured: string;
}

export const FIXES: Fix[] = [];
