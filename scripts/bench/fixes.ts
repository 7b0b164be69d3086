/**
 * Fixes the benchmarks led to, with the figures measured before and after. Rendered into
 * BENCHMARKS.md §8 beside this run's figure. "Before" builds are the same tree with only the
 * collector swapped back, run as variant "echt-before" (BENCH_BEFORE_DIR) beside "echt".
 */
export interface Fix {
  title: string;
  what: string;
  figures: Array<{ figure: string; before: string; after: string; key?: 'msPer1000' | 'cardsRead' | 'longestSlice' }>;
  measured: string;
}

export const FIXES: Fix[] = [
  {
    title: 'The collector reads each new card once, not every mounted card on every scroll step',
    what:
      "The MutationObserver queued each record's *target*. When the feed appends a card, the target is the feed " +
      'list, so every scan searched the whole list and re-read every card still mounted (unchanged cards were ' +
      'then dropped by their signature, after the expensive read). It now queues added subtrees and changed ' +
      'elements apart: a card appended to the feed is found from the added node alone, a change inside a card ' +
      're-reads that card, a change inside a card it already read or in the feed list itself no longer asks the ' +
      "reader's cardOf (which walks every ancestor); a mutation storm collapses into one page scan; slices also " +
      'cap cards per slice and count the time spent finding cards (lib/collector/collector.ts, commits 2a021fd, 0f3a689).',
    figures: [
      { figure: 'LinkedIn legacy, extension CPU per 1,000 posts', before: '4,252 ms (2,833–5,105)', after: '1,221 ms (1,134–1,353)', key: 'msPer1000' },
      { figure: 'LinkedIn SDUI, extension CPU per 1,000 posts', before: '3,479 ms (2,374–4,144)', after: '1,098 ms (893–1,777)' },
      { figure: 'LinkedIn legacy, calls into the content script over 8 ms CPU (traced scroll)', before: '24 of 1,462', after: '2 of 845', key: 'longestSlice' },
      { figure: 'LinkedIn legacy, content-script CPU in the traced scroll', before: '3,831 ms', after: '893 ms' },
      { figure: 'LinkedIn legacy, cards read for 1,000 posts (100 re-read when their comments open)', before: 'every mounted card per scan', after: '1,097', key: 'cardsRead' },
    ],
    measured:
      'Measured 2026-11-23 on this machine (2 cores, load 4–6), 5 rounds × 4 variants side by side with ' +
      'BENCH_BEFORE_DIR, 1,000 posts, at a 3,000 px / 50 ms wheel pace; medians (range).',
  },
  {
    title: 'A card the feed drops before the collector reaches it is still read',
    what:
      'On a virtualised feed a fast scroll removes cards before a busy page lets the 150 ms debounce and the ' +
      "4 ms slices reach them; the collector skipped disconnected cards, so those posts were never recorded. A " +
      'dropped card keeps its subtree, so it is now read anyway (lib/collector/collector.ts, commit 0f3a689).',
    figures: [
      { figure: 'Posts lost of 1,000, wheel step 3,000 px every ~50 ms', before: '62', after: '0 (1,017 sent: 17 re-sent after their comments opened)' },
      { figure: 'Posts lost of 1,000, wheel step 5,000 px every ~40 ms', before: '213', after: '0 (1,001 sent)' },
    ],
    measured: 'Measured 2026-11-23 with the bench probe (cards read while already detached), one run each, LinkedIn legacy feed.',
  },
  {
    title: 'Collector state in #private fields',
    what:
      'TypeScript `private` members stay long property names after minification; `#private` ones are renamed. ' +
      'Together with keeping the benchmark counters out of production builds (import.meta.env.MODE), this paid ' +
      'for the new queueing logic.',
    figures: [
      { figure: 'Collector + page batches, minified alone', before: '6,960 B', after: '5,733 B' },
      { figure: 'linkedin.js, production build (same tree)', before: '40.8 kB', after: '39.6 kB' },
    ],
    measured: 'rolldown minify of lib/collector/collector.ts with MODE=production; wxt build, 2026-11-23.',
  },
];
