/**
 * Fixes the benchmarks led to, with the figures measured before and after. Rendered into
 * BENCHMARKS.md §8 beside this run's figure. "Before" builds are the same tree with only the
 * collector swapped back, run as variant "echt-before" (BENCH_BEFORE_DIR) beside "echt".
 */
export interface Fix {
  title: string;
  what: string;
  /** key: what "This run" shows — msPer1000, cardsRead, longestSlice or postsSent, optionally ":<feed id>". */
  /** beforeFromRun: "Before" is this run's variant echt-before (BENCH_BEFORE_DIR) on the same key, when it ran. */
  figures: Array<{ figure: string; before: string; after: string; key?: string; beforeFromRun?: boolean }>;
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
  {
    title: 'Session 2: everything below together, side by side with the build from the start of the session',
    what:
      'The full run of `npm run bench` with BENCH_BEFORE_DIR set to a bench build of commit 9769d85 (this ' +
      'session\'s start): variant "echt-before" in §1 ran in the same rounds as "echt", on the same pages.',
    figures: [
      { figure: 'LinkedIn legacy, extension CPU per 1,000 posts', before: 'see §1, variant echt-before', after: 'see “This run”', key: 'msPer1000', beforeFromRun: true },
      { figure: 'LinkedIn SDUI, extension CPU per 1,000 posts', before: 'see §1, variant echt-before', after: 'see “This run”', key: 'msPer1000:linkedin-sdui', beforeFromRun: true },
      { figure: 'Facebook 2026, extension CPU per 1,000 posts', before: 'see §1, variant echt-before', after: 'see “This run”', key: 'msPer1000:facebook-2026', beforeFromRun: true },
      { figure: 'LinkedIn legacy, longest call into the content script (traced)', before: 'see §1', after: 'see “This run”', key: 'longestSlice', beforeFromRun: true },
      { figure: 'LinkedIn SDUI, longest call into the content script (traced)', before: 'see §1', after: 'see “This run”', key: 'longestSlice:linkedin-sdui', beforeFromRun: true },
      { figure: 'Facebook 2026, longest call into the content script (traced)', before: 'see §1', after: 'see “This run”', key: 'longestSlice:facebook-2026', beforeFromRun: true },
    ],
    measured: 'This run.',
  },
  {
    title: 'Slices do one kind of work, and the cold start is spread over small warm-up slices',
    what:
      'A page scan gets a slice of its own, the first card of a page is read alone (it carries the reader\'s cold ' +
      'start), a slice stops before a card that would overrun its 4 ms budget, and the header is read in a task of ' +
      'its own. Most of the first card\'s cost was V8 compiling the readers\' Unicode count patterns (24 ms cold, ' +
      '0.2 ms warm): the collector now compiles them one per slice before the first read (lib/collector/warm-up.ts; ' +
      'commits fc5b2e1, 25ffc0a, 813918c).',
    figures: [
      { figure: 'LinkedIn legacy, longest call into the content script, CPU (traced)', before: '35.3 ms; 3 of 214 calls over 8 ms', after: '9.9 ms; 1 of 162 (a quieter run: 7.2 ms, 0)', key: 'longestSlice' },
      { figure: 'LinkedIn SDUI, longest call, CPU (traced)', before: '31.3 ms; 1 over 8 ms', after: '6.1 ms; 0 over 8 ms', key: 'longestSlice:linkedin-sdui' },
      { figure: 'Facebook 2026, longest call, CPU (traced)', before: '52.7 ms; 2 over 8 ms', after: '26.4 ms; 2 over 8 ms (before its count shapes joined the warm-up)', key: 'longestSlice:facebook-2026' },
    ],
    measured: '`run.ts --only=content --quick` (300 posts, 3 rounds), a build of 23:24 as echt-before beside the new one, load 5–7.',
  },
  {
    title: 'Warm-up for two-byte text too: V8 compiles a pattern once per string width',
    what:
      'After the warm-up, the first card read still spent ~11 ms compiling: V8 compiles a regular expression ' +
      'separately for one-byte and two-byte strings, the warm-up used only one-byte samples, and page text with "…" ' +
      'or an emoji is two-byte. The warm-up now runs each count, hashtag, time and decoy pattern on both widths, ' +
      'one pattern per slice (lib/collector/warm-up.ts, commits 81aa691, 7be8b89).',
    figures: [
      { figure: 'Facebook 2026, longest call into the content script (traced)', before: '12.9 ms; 1 over 8 ms (full run) / 15.6 ms (quick)', after: '7.6 ms; 0 over 8 ms (full run) / 6.8 ms (quick)', key: 'longestSlice:facebook-2026' },
      { figure: 'LinkedIn legacy, first card read (traced)', before: '9.2 ms', after: '6.6 ms' },
    ],
    measured: '`run.ts --only=content --feeds=facebook-2026,linkedin-legacy`, eecefe6 vs 7be8b89, one traced scroll each.',
  },
  {
    title: 'LinkedIn reader: "is this the post\'s own element?" without building sets of whole zones; each selector once per read',
    what:
      'own()/inZone() materialised a Set of every element inside the comment and reshare zones and queried the card ' +
      'once per field. It now keeps the outermost zone roots and asks `contains`, searches each selector once per read ' +
      'and filters the parts of lists every read searches anyway (scope.partsOf), cleans plain-ASCII text without the ' +
      'Unicode passes, reads text in place instead of cloning the post, and stops counting menus at two, which made ' +
      'cardOf(feed list) cheap (lib/platforms/linkedin, commits 2a25e86, e11b1ee, 1cde8a8, 644e489). Every observation is ' +
      'unchanged (730 reader, fuzz and platform tests, and old vs new on every bench card).',
    figures: [
      { figure: 'readCard per card, warm (reader bench, 200 legacy cards)', before: '400 µs', after: '200 µs' },
      { figure: 'readCard, first call on a fresh page', before: '33.2 ms', after: '14.9–19.4 ms' },
      { figure: 'cardOf(the feed list)', before: '615 µs', after: '10 µs' },
      { figure: 'querySelectorAll calls per 200 cards', before: '6,055', after: '4,655' },
    ],
    measured: '`run.ts --only=reader`, 2026-11-23 23:23 vs 2026-11-24 00:16; query counts and the last 7% with both reader versions alternating in one page.',
  },
  {
    title: 'Facebook reader: linear card finding, a header read that stops at its first answer, text read in place',
    what:
      'findCards copied the feed list\'s children once per post menu and compared every pair of cards (quadratic on a ' +
      'long feed); readPageHeader searched every card of the document; readable text cloned the element and listed its ' +
      'elements twice; the "Sponsored" check read every span. Now: sibling walks and one sorted pass, the header walk ' +
      'stops at the first followers and category strings, one walk over the page\'s own nodes, and the card\'s whole ' +
      'text is tested once before any per-span check (lib/platforms/facebook, commits 5ad475f, bf015f9, e5ed00f, ' +
      'f5fad2a, 1dbfc99, 427f5fa). Old vs new reader on the 1,000-post bench page and every fixture: 0 differences.',
    figures: [
      { figure: 'readCard, all 1,000 cards of the bench page', before: '365 ms', after: '176 ms' },
      { figure: 'findCards(document), 1,000-post page', before: '202–227 ms', after: '19–21 ms' },
      { figure: 'readPageHeader, scrolled 1,000-post page', before: '200–275 ms', after: '0.1 ms' },
      { figure: 'Facebook 2026, extension CPU per 1,000 posts', before: '843 ms', after: '564 ms' },
    ],
    measured: 'Both reader versions in one headless Chromium page, 5–7 alternating rounds; the CPU row from `--only=content --feeds=facebook-2026 --quick` with echt-before.',
  },
  {
    title: 'The collector no longer searches empty spacers for cards',
    what:
      'A virtualised feed leaves an empty spacer for every card it drops; each was searched for cards. An added ' +
      'element without child elements cannot hold a card (if it is filled later, that change is seen), and a change ' +
      'inside a card already queued costs nothing (commit 0ad273b).',
    figures: [
      { figure: 'findCards calls per 300 posts (LinkedIn legacy / Facebook)', before: '531 / 500', after: '297 / 297' },
      { figure: 'Collector\'s own time per 300 posts, LinkedIn legacy (work − reads)', before: '59.3 ms', after: '47.7 ms' },
    ],
    measured: 'Bench probe, `--quick`, clean copies of 0ad273b^ and 0ad273b one after the other.',
  },
  {
    title: 'analyze(): texts folded once, one pass per question, patterns built once',
    what:
      'buildContext read and folded every comment for every rule that looked at it, hashtag keys were normalised per ' +
      'pair of tags, automated-feel made a Date per post, and each word list checked word edges per phrase (most of ' +
      'the first call). Each text is now folded once and shared, repeated texts and names are worked out once per ' +
      'analysis, plain ASCII skips the Unicode steps, and the circle analysis is one pass (lib/analysis, commits ' +
      '8b36e61 … c028ef4). Full reports are pinned against the old code on ten generated timelines ' +
      '(tests/unit/analysis/equivalence).',
    figures: [
      { figure: 'analyze(), 10,000 posts (÷ JSON.parse)', before: '456 ms (3.29×)', after: '116 ms (0.84×)' },
      { figure: 'analyze(), 100 posts', before: '11.8 ms', after: '3.9 ms' },
      { figure: 'Core load + first analyze() in a fresh engine, 100 posts (what a popup pays)', before: '396 ms', after: '64 ms' },
      { figure: '10,000 posts with every comment text unique (÷ JSON.parse)', before: '618 ms (4.9×)', after: '318 ms (2.53×)' },
    ],
    measured: 'One Node process loading both bundles and alternating them with JSON.parse, CPU time per call, medians of 101 / 21 / 9 runs.',
  },
  {
    title: 'Popup: a tiny entry reads the page while React loads; one render with the score',
    what:
      'The popup rendered "loading", then waited on a chain of effects (address → settings and database → page query). ' +
      'Its entry is now a 4 kB script that reads the page\'s rows in plain IndexedDB (lib/db/quick-read.ts: the same ' +
      'stores and indexes as loadPage, one read-only transaction, never creating or upgrading anything) while React, ' +
      'the analysis and the rest load; the first render has the score, and Dexie\'s live query takes over after the ' +
      'first frame (commits 68ed355, fb74e82, 1eec82c).',
    figures: [
      { figure: 'Time to score on screen, large store', before: '214 ms', after: '181–199 ms' },
      { figure: 'Time to score on screen, one page', before: '225 ms', after: '164 ms' },
      { figure: 'Script the first frame waits for', before: '440 kB', after: '336 kB (+ Dexie 101 kB after it)' },
    ],
    measured: '`run.ts --only=popup`, 7 rounds, 23:24 vs 00:55; load 5–8.',
  },
  {
    title: 'Retention reads by index',
    what:
      'pruneExpired scanned all snapshots to find each post\'s newest one, under a write lock, hourly. It now takes ' +
      'the seenAt index range below the cutoff and reads only the posts that own an old snapshot; with nothing due it ' +
      'is one empty index range (lib/db/retention.ts, commit 7b38fc1). The same rows are deleted.',
    figures: [{ figure: 'pruneExpired on the large store, nothing due', before: '3,100–3,541 ms', after: '14–28 ms' }],
    measured: 'Bench popup part (large store, 200,000 snapshots), before and after runs of 2026-11-23/24.',
  },
];
