/**
 * Fixes the benchmarks led to, with the figures measured before and after. Rendered into
 * BENCHMARKS.md §8 beside this run's figure. "Before" builds are the same tree with only the
 * collector swapped back, run as variant "echt-before" (BENCH_BEFORE_DIR) beside "echt".
 */
export interface Fix {
  title: string;
  what: string;
  /** key: what "This run" shows — msPer1000, cardsRead, longestSlice or postsSent, optionally ":<feed id>". */
  figures: Array<{ figure: string; before: string; after: string; key?: string }>;
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
      { figure: 'LinkedIn SDUI, extension CPU per 1,000 posts', before: '3,479 ms (2,374–4,144)', after: '1,098 ms (893–1,777)', key: 'msPer1000:linkedin-sdui' },
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
      { figure: 'Posts lost of 1,000, wheel step 3,000 px every ~50 ms', before: '62', after: '0 (1,017 sent: 17 re-sent after their comments opened)', key: 'postsSent' },
      { figure: 'Posts lost of 1,000, wheel step 5,000 px every ~40 ms', before: '213', after: '0 (1,001 sent)' },
    ],
    measured: 'Measured 2026-11-23 with the bench probe (cards read while already detached), one run each, LinkedIn legacy feed.',
  },
  {
    title: 'Messages of at most 25 posts, each sent in a task of its own',
    what:
      'A fast fling piled 150 posts and more into one message. Serialising it is one piece of work on the page ' +
      "thread, and the background refuses batches over LIMITS.postsPerBatch (200), so the largest would have " +
      'been dropped whole. A slice now stops when a message is full; the flush runs before the next slice ' +
      '(lib/collector/collector.ts, commit 41a03c8).',
    figures: [{ figure: 'Largest message, 1,000-post fling', before: '≥ 150 posts (a 300-post fling went out in 2 messages)', after: '25 posts (1,000 posts in 40 messages)' }],
    measured: 'Bench probe, 2026-11-23.',
  },
  {
    title: 'The page header is read once per page and minute, not before every message',
    what:
      "Facebook's readPageHeader searches the whole document: 43 ms on a scrolled page with ~6,000 elements. The " +
      'collector read the header before every message, 40 times per 1,000 posts (commit e732150).',
    figures: [
      { figure: 'Facebook 2026, extension CPU per 1,000 posts', before: '2,038 ms (1,779–2,366)', after: 'see “This run”', key: 'msPer1000:facebook-2026' },
      { figure: 'Facebook 2026, CPU of the flush calls in the traced scroll', before: '1,298 ms in 40 calls, longest 59.7 ms', after: 'see §1 trace table' },
    ],
    measured: 'Before: the full run of 2026-11-23 21:54 (5 rounds, 8,000 px fling); after: this run.',
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
