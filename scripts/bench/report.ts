/** Renders BENCHMARKS.md from one run's results. Everything in it comes from the run or fixes.ts. */
import type { AnalysisSize } from './analysis.ts';
import type { Composition } from './bundles.ts';
import type { HeapRun, Pace, ScrollRun, TracedTasks } from './content-cost.ts';
import type { FeedId, MissingFeed } from './feeds.ts';
import { FIXES } from './fixes.ts';
import type { Machine } from './lib/machine.ts';
import { fmt, fmtSummary, summarize, type Summary } from './lib/stats.ts';
import type { PopupFigures } from './popup.ts';
import type { ReaderCost } from './reader-cost.ts';
import type { StorageFigures } from './storage.ts';
import type { BundleReport } from '../check-bundles.ts';

export interface Results {
  machine: Machine;
  quick: boolean;
  rounds: number;
  posts: number;
  pace: Pace;
  command: string;
  content: {
    feeds: Array<{ id: FeedId; label: string; url: string; posts: number; cardSelector: string; commentsEvery: number | null }>;
    missing: MissingFeed[];
    runs: Record<string, ScrollRun[]>;
    traces?: Record<string, TracedTasks[]>;
    variants: string[];
  } | null;
  memory: { posts: number; runs: HeapRun[] } | null;
  popup: PopupFigures | null;
  storage: StorageFigures | null;
  analysis: AnalysisSize[] | null;
  bundles: { report: BundleReport; composition: Composition[] } | null;
  reader: ReaderCost | null;
  durationS: number;
}

export const TARGETS = {
  msPer1000Posts: 20,
  vsReference: 2,
  sliceMs: 8,
  popupMs: 100,
  popupVsEmpty: 2,
  analysisVsParse: 3,
  contentScriptKb: 30,
  heapGrowthMb: 2,
};

/** Per-variant figures of one feed, paired with "none" round by round. */
export interface FeedFigures {
  variant: string;
  script: Summary;
  /** (variant − none) per 1,000 posts, per round. */
  cost: Summary;
  /** Style recalculation + layout, (variant − none) per 1,000 posts, per round: work a content
   *  script forces when it reads computed styles or geometry, which ScriptDuration leaves out. */
  styleLayoutCost: Summary;
  posts: number;
  probe: { longestSliceMs: number; medianLongestMs: number; slicesOver8ms: number; slices: number; cardsRead: number; postsSent: number; batches: number; readMs: number; workMs: number } | null;
}

export function feedFigures(runs: ScrollRun[], variants: string[]): FeedFigures[] {
  const byVariant = (variant: string) => runs.filter((r) => r.variant === variant).sort((a, b) => a.round - b.round);
  const none = byVariant('none');
  return variants.map((variant) => {
    const own = byVariant(variant);
    const costs = own.map((run) => {
      const base = none.find((n) => n.round === run.round);
      return base ? ((run.scriptMs - base.scriptMs) * 1000) / Math.max(1, run.revealed) : Number.NaN;
    });
    const styleCosts = own.map((run) => {
      const base = none.find((n) => n.round === run.round);
      return base && run.styleLayoutMs !== undefined && base.styleLayoutMs !== undefined ? ((run.styleLayoutMs - base.styleLayoutMs) * 1000) / Math.max(1, run.revealed) : Number.NaN;
    });
    const probes = own.map((r) => r.probe).filter((p): p is NonNullable<typeof p> => p !== null);
    const median = (values: number[]) => summarize(values).median;
    return {
      variant,
      script: summarize(own.map((r) => r.scriptMs)),
      cost: summarize(costs.filter(Number.isFinite)),
      styleLayoutCost: summarize(styleCosts.filter(Number.isFinite)),
      posts: median(own.map((r) => r.revealed)),
      probe: probes.length
        ? {
            longestSliceMs: Math.max(...probes.map((p) => p.longestSliceMs)),
            medianLongestMs: median(probes.map((p) => p.longestSliceMs)),
            slicesOver8ms: median(probes.map((p) => p.slicesOver8ms ?? Number.NaN)),
            slices: median(probes.map((p) => p.slices ?? Number.NaN)),
            cardsRead: median(probes.map((p) => p.cardsRead ?? Number.NaN)),
            postsSent: median(probes.map((p) => p.postsSent ?? Number.NaN)),
            batches: median(probes.map((p) => p.batchesSent ?? Number.NaN)),
            readMs: median(probes.map((p) => p.readMs ?? Number.NaN)),
            workMs: median(probes.map((p) => p.workMs ?? Number.NaN)),
          }
        : null,
    };
  });
}

const yes = (ok: boolean | null): string => (ok === null ? '—' : ok ? '✅ met' : '❌ missed');
const kb = (bytes: number): string => `${fmt(bytes / 1000, 1)} kB`;
const mb = (bytes: number): string => `${fmt(bytes / 1e6, 2)} MB`;

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

interface SummaryRow {
  figure: string;
  result: string;
  target: string;
  met: boolean | null;
}

function summaryRows(r: Results): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (r.content) {
    for (const feed of r.content.feeds) {
      const figures = feedFigures(r.content.runs[feed.id] ?? [], r.content.variants);
      const echt = figures.find((f) => f.variant === 'echt');
      const reference = figures.find((f) => f.variant === 'reference');
      if (!echt) continue;
      const ratio = reference ? echt.cost.median / reference.cost.median : Number.NaN;
      rows.push({ figure: `Content-script CPU, ${feed.label.replace(/ \(.*$/, '')}`, result: `${fmt(echt.cost.median)} ms / 1,000 posts`, target: `≤ ${TARGETS.msPer1000Posts} ms`, met: echt.cost.median <= TARGETS.msPer1000Posts });
      rows.push({ figure: `… ratio to the bare reference script`, result: `${fmt(ratio, 1)}×`, target: `≤ ${TARGETS.vsReference}×`, met: ratio <= TARGETS.vsReference });
      const traced = r.content.traces?.[feed.id]?.find((t) => t.variant === 'echt');
      if (traced) {
        const longest = traced.longestCpuMs[0] ?? 0;
        rows.push({ figure: '… longest collector slice (CPU, traced)', result: `${fmt(longest)} ms; ${traced.over8msCpu} of ${traced.tasks} calls over 8 ms`, target: `≤ ${TARGETS.sliceMs} ms`, met: longest <= TARGETS.sliceMs });
      } else if (echt.probe) {
        rows.push({ figure: '… longest collector slice (wall clock)', result: `${fmt(echt.probe.longestSliceMs)} ms`, target: `≤ ${TARGETS.sliceMs} ms`, met: echt.probe.longestSliceMs <= TARGETS.sliceMs });
      }
    }
    for (const missing of r.content.missing) rows.push({ figure: `Content-script CPU, ${missing.label}`, result: 'not measured: fixture not available', target: `≤ ${TARGETS.msPer1000Posts} ms`, met: null });
  }
  if (r.popup) {
    const large = r.popup.stores.find((s) => s.name === 'large');
    if (large) {
      rows.push({ figure: 'Popup time to score, large store', result: `${fmt(large.open.median, 0)} ms`, target: `≤ ${TARGETS.popupMs} ms`, met: large.open.median <= TARGETS.popupMs });
      rows.push({ figure: '… relative to an empty store', result: `${fmt(r.popup.largeVsEmpty.median, 2)}×`, target: `≤ ${TARGETS.popupVsEmpty}×`, met: r.popup.largeVsEmpty.median <= TARGETS.popupVsEmpty });
    }
  }
  if (r.analysis) {
    const big = r.analysis.find((a) => a.posts === 10_000);
    const exponent = scalingExponent(r.analysis);
    if (big && !big.timedOut) rows.push({ figure: 'analyze() on 10,000 posts vs JSON.parse', result: `${fmt(big.ratio.median, 2)}× (${fmt(big.analyze.median, 0)} ms)`, target: `≤ ${TARGETS.analysisVsParse}×`, met: big.ratio.median <= TARGETS.analysisVsParse });
    else if (big) rows.push({ figure: 'analyze() on 10,000 posts', result: 'did not finish in time', target: `≤ ${TARGETS.analysisVsParse}× JSON.parse`, met: false });
    if (exponent !== null) rows.push({ figure: 'analyze() scaling 1,000 → 10,000 posts', result: `time ∝ n^${fmt(exponent, 2)}`, target: 'near-linear (≤ n^1.2)', met: exponent <= 1.2 });
  }
  if (r.storage) {
    rows.push({ figure: 'Storage per unchanged re-observation', result: `${fmt(r.storage.perUnchangedReobservation, 1)} B`, target: '0 B', met: r.storage.perUnchangedReobservation === 0 && r.storage.rowsAddedByUnchanged === 0 });
    const none = r.storage.year.find((y) => y.label === 'no retention' && y.days === 730);
    const kept = r.storage.year.find((y) => y.retentionDays === 365);
    const year1 = r.storage.year.find((y) => y.label === 'no retention' && y.days === 365);
    if (none && kept && year1) {
      rows.push({ figure: 'Store after 2 years of 20 pages daily, default retention', result: `${mb(kept.size.bytes)} (no retention: ${mb(none.size.bytes)}; year 1: ${mb(year1.size.bytes)})`, target: 'bounded', met: kept.size.bytes <= year1.size.bytes * 1.25 });
    }
  }
  if (r.bundles) {
    for (const g of r.bundles.report.groups.filter((g) => g.kind === 'content script')) {
      rows.push({ figure: `Content script ${g.name}.js, minified`, result: `${kb(g.bytes)}${g.libraries.length ? ` — contains ${g.libraries.join(', ')}` : ', no React/zod/Dexie'}`, target: `≤ ${TARGETS.contentScriptKb} kB, no React/zod/Dexie`, met: g.bytes <= TARGETS.contentScriptKb * 1000 && g.libraries.length === 0 });
    }
  }
  if (r.memory) {
    const growth = heapGrowth(r.memory.runs);
    if (growth) rows.push({ figure: `Content-script heap growth, 1,000 → ${fmt(r.memory.posts, 0)} posts`, result: `${fmt(growth.growthMb, 2)} MB (extension share ${fmt(growth.at1000Mb, 2)} → ${fmt(growth.atEndMb, 2)} MB)`, target: `bounded (< ${TARGETS.heapGrowthMb} MB)`, met: growth.growthMb < TARGETS.heapGrowthMb });
  }
  return rows;
}

export function scalingExponent(sizes: AnalysisSize[]): number | null {
  const a = sizes.find((s) => s.posts === 1000);
  const b = sizes.find((s) => s.posts === 10_000);
  if (!a || !b || a.timedOut || b.timedOut) return null;
  return Math.log(b.analyze.median / a.analyze.median) / Math.log(b.posts / a.posts);
}

export function heapGrowth(runs: HeapRun[]): { at1000Mb: number; atEndMb: number; growthMb: number } | null {
  const at = (variant: string, index: number) => runs.filter((r) => r.variant === variant)[index];
  const echt1 = at('echt', 1);
  const none1 = at('none', 1);
  const echt2 = at('echt', 2);
  const none2 = at('none', 2);
  if (!echt1 || !none1 || !echt2 || !none2) return null;
  const at1000Mb = (echt1.heapBytes - none1.heapBytes) / 1e6;
  const atEndMb = (echt2.heapBytes - none2.heapBytes) / 1e6;
  return { at1000Mb, atEndMb, growthMb: atEndMb - at1000Mb };
}

function contentSection(r: Results): string {
  if (!r.content) return '_Not run._';
  const parts: string[] = [];
  for (const feed of r.content.feeds) {
    const figures = feedFigures(r.content.runs[feed.id] ?? [], r.content.variants);
    const reference = figures.find((f) => f.variant === 'reference');
    parts.push(`### ${feed.label}\n\n${feed.posts} posts at \`${feed.url}\`${feed.commentsEvery ? `, comments opened (3 each) under every ${feed.commentsEvery}th post 50 ms after it appears` : ', no comments simulated for this markup yet'}.\n`);
    parts.push(
      table(
        ['Variant', 'Page ScriptDuration, ms (median, range, spread, n)', 'Minus none, per 1,000 posts (ms)', 'Style + layout minus none, per 1,000 posts (ms)', '÷ reference', 'Posts read / sent', 'Longest slice, wall clock (ms)', 'Slices > 8 ms, wall clock'],
        figures.map((f) => [
          f.variant,
          fmtSummary(f.script),
          f.variant === 'none' ? '—' : fmtSummary(f.cost),
          f.variant === 'none' || f.styleLayoutCost.runs === 0 ? '—' : fmt(f.styleLayoutCost.median),
          f.variant === 'none' || f.variant === 'reference' || !reference ? '—' : `${fmt(f.cost.median / reference.cost.median, 1)}×`,
          f.probe ? `${fmt(f.probe.cardsRead, 0)} / ${fmt(f.probe.postsSent, 0)} (${fmt(f.probe.batches, 0)} messages)` : '—',
          f.probe ? `${fmt(f.probe.longestSliceMs)} (median run ${fmt(f.probe.medianLongestMs)})` : '—',
          f.probe ? `${fmt(f.probe.slicesOver8ms, 0)} of ${fmt(f.probe.slices, 0)}` : '—',
        ]),
      ),
    );
    const traces = r.content.traces?.[feed.id] ?? [];
    if (traces.length) {
      parts.push('\nOne more traced scroll per Echt variant (Chrome trace, `FunctionCall` events of the content script): CPU time of each call into the content script.\n');
      parts.push(
        table(
          ['Variant', 'Calls', 'Longest, CPU ms (at s after start)', 'Longest, wall ms', '99th percentile, CPU ms', 'Over 8 ms CPU', 'Total CPU ms', 'By function, minified names (calls, CPU ms, longest)'],
          traces.map((t) => [
            t.variant,
            fmt(t.tasks, 0),
            t.longestCpuMs
              .slice(0, 3)
              .map((v, i) => `${fmt(v)}${t.longestAtMs?.[i] !== undefined ? ` (${fmt((t.longestAtMs[i] ?? 0) / 1000, 1)} s)` : ''}`)
              .join(', '),
            t.longestWallMs.slice(0, 3).map((v) => fmt(v)).join(', '),
            fmt(t.p99CpuMs),
            fmt(t.over8msCpu, 0),
            fmt(t.totalCpuMs, 0),
            Object.entries(t.byFunction)
              .sort((a, b) => b[1].cpuMs - a[1].cpuMs)
              .slice(0, 4)
              .map(([name, f]) => `\`${name}\` ${f.calls}, ${fmt(f.cpuMs, 0)}, ${fmt(f.longestCpuMs)}`)
              .join('; '),
          ]),
        ),
      );
    }
    const echt = figures.find((f) => f.variant === 'echt');
    if (echt?.probe && Number.isFinite(echt.probe.readMs) && Number.isFinite(echt.probe.workMs) && echt.probe.workMs > 0) {
      parts.push(`\nThe reader's \`readCard\` took ${fmt((100 * echt.probe.readMs) / echt.probe.workMs, 0)}% of the collector's slice time (wall clock, both inside the content script); the collector's own queueing, de-duplication and batching are the rest.`);
    }
    parts.push('');
  }
  if (r.content.missing.length) {
    parts.push(`\n**Not available in this run:**\n\n${r.content.missing.map((m) => `- ${m.label}: ${m.reason}`).join('\n')}\n\nThe benchmark picks these up by itself once their builders exist (scripts/bench/feeds.ts).`);
  }
  return parts.join('\n');
}

/** The popup's own performance marks (entrypoints/popup), in the order they usually come. */
const POPUP_STEPS = ['echt:popup-script', 'echt:popup-prefetched', 'echt:popup-loaded', 'echt:popup-rendered'];

function popupSteps(marks: Record<string, { median: number }> | undefined): string {
  if (!marks || Object.keys(marks).length === 0) return '—';
  return POPUP_STEPS.map((name) => (marks[name] ? fmt(marks[name].median, 0) : '—')).join(' / ');
}

function popupSection(r: Results): string {
  if (!r.popup) return '_Not run._';
  const p = r.popup;
  return [
    table(
      ['Store', 'Rows', 'On disk (storage.estimate)', 'Time to score on screen, ms (median, range, spread, n)', 'Steps, ms from navigation start (medians): entry script runs / data read / React + analysis loaded / score rendered', 'Shows'],
      p.stores.map((s) => [
        s.name,
        Object.entries(s.rows).map(([k, v]) => `${fmt(v, 0)} ${k}`).join(', '),
        s.diskBytes !== null ? mb(s.diskBytes) : '—',
        fmtSummary(s.open, 0),
        popupSteps(s.marks),
        s.outcome === 'score' ? 'the score' : 'the "not read yet" message',
      ]),
    ),
    '',
    p.blankPage && p.blankPage.runs > 0
      ? `The floor: a packaged extension page with no script and no stylesheet, opened and timed the same way, paints in ${fmtSummary(p.blankPage, 0)} ms on this machine.\n`
      : '',
    `Large ÷ empty, per round: ${fmtSummary(p.largeVsEmpty, 2, '×')}. Large ÷ one page: ${fmtSummary(p.largeVsOnePage, 2, '×')}. The page shown is \`${p.targetPage}\` (100 posts, 1,000 snapshots, 500 comments) in both seeded stores.`,
    p.dashboard?.length
      ? `\nThe dashboard's page list (every stored page with its score; it reads and analyses every page): ${p.dashboard.map((d) => `${d.store} store, ${fmt(d.pages, 0)} pages: ${fmtSummary(d.ms, 0)} ms`).join('; ')}.`
      : '',
    p.pruneLargeMs !== undefined ? `\nRetention housekeeping (\`pruneExpired\`, 365 days, nothing due) on the large store took ${fmt(p.pruneLargeMs, 0)} ms in the extension page; the background runs it at most hourly.` : '',
  ].join('\n');
}

function analysisSection(r: Results): string {
  if (!r.analysis) return '_Not run._';
  const exponent = scalingExponent(r.analysis);
  const ruleIds = Object.keys(r.analysis.find((a) => !a.timedOut)?.rules ?? {});
  const big = r.analysis.find((a) => a.posts === 10_000 && !a.timedOut);
  const mid = r.analysis.find((a) => a.posts === 1000 && !a.timedOut);
  const small = r.analysis.find((a) => a.posts === 100 && !a.timedOut);
  const ruleRows = ruleIds
    .map((id) => {
      const at100 = small?.rules[id] ?? Number.NaN;
      const at1k = mid?.rules[id] ?? Number.NaN;
      const at10k = big?.rules[id] ?? Number.NaN;
      const slope = Math.log(at10k / at1k) / Math.log(10);
      return { id, at100, at1k, at10k, slope };
    })
    .sort((a, b) => b.at10k - a.at10k);
  return [
    table(
      ['Posts (10 snapshots, 5 comments each)', 'Timeline JSON', 'analyze(), ms', 'JSON.parse, ms', 'analyze ÷ parse', 'Cold: core load + first analyze(), ms'],
      r.analysis.map((a) => [
        fmt(a.posts, 0),
        a.timedOut ? '—' : mb(a.jsonBytes),
        a.timedOut ? 'did not finish' : fmtSummary(a.analyze),
        a.timedOut ? '—' : fmtSummary(a.parse),
        a.timedOut ? '—' : fmtSummary(a.ratio, 2, '×'),
        a.importMs == null || a.firstMs == null ? '—' : `${fmt(a.importMs, 1)} + ${fmt(a.firstMs, 1)}`,
      ]),
    ),
    '',
    // The popup is a fresh document on every open: it pays the cold figure, not the warm median.
    '"Cold" is one run in a fresh worker: loading the bundled core, then the first analyze() with its compiling and caches — what the popup pays on every open, since each open is a new document.',
    '',
    exponent !== null ? `From 1,000 to 10,000 posts analyze() time grows as n^${fmt(exponent, 2)} (1.0 is linear).` : '',
    '',
    '<details><summary>Per rule (median ms; exponent from 1,000 → 10,000 posts). The 100-post column is what a typical page costs the popup.</summary>\n',
    table(
      ['Part', '100 posts', '1,000 posts', '10,000 posts', 'Exponent'],
      ruleRows.map((row) => [row.id, fmt(row.at100, 2), fmt(row.at1k, 2), fmt(row.at10k, 2), Number.isFinite(row.slope) ? fmt(row.slope, 2) : '—']),
    ),
    '\n</details>',
  ].join('\n');
}

function storageSection(r: Results): string {
  if (!r.storage) return '_Not run._';
  const s = r.storage;
  return [
    table(
      ['Operation', 'Logical bytes stored'],
      [
        ['A new post (row + first count snapshot + index entries)', `${fmt(s.perNewPost, 0)} B`],
        ['A changed count snapshot of a known post', `${fmt(s.perChangedSnapshot, 0)} B`],
        ['An unchanged re-observation', `${fmt(s.perUnchangedReobservation, 1)} B (${s.rowsAddedByUnchanged} rows added)`],
        ['A comment', `${fmt(s.perComment, 0)} B`],
      ],
    ),
    '',
    `Simulation: ${s.simulation}`,
    '',
    table(
      ['After', 'Retention', 'Logical size', 'Per page', 'Rows', 'Prune took'],
      s.year.map((y) => [`${y.days} days`, y.retentionDays === null ? 'none' : `${y.retentionDays} days`, mb(y.size.bytes), kb(y.perPageBytes), Object.entries(y.size.rows).filter(([, v]) => v > 0).map(([k, v]) => `${fmt(v, 0)} ${k}`).join(', '), y.pruneMs !== undefined ? `${fmt(y.pruneMs, 0)} ms (one page)` : '—']),
    ),
  ].join('\n');
}

function bundleSection(r: Results): string {
  if (!r.bundles) return '_Not run._';
  const { report, composition } = r.bundles;
  const parts = [
    table(
      ['Bundle', 'Kind', 'Minified', 'gzip', 'Budget', 'React / zod / Dexie'],
      report.groups.map((g) => [g.name, g.kind, kb(g.bytes), kb(g.gzipBytes), g.budget !== null ? kb(g.budget) : '—', g.libraries.length ? g.libraries.join(', ') : 'none']),
    ),
  ];
  if (report.problems.length) parts.push(`\n\`npm run check:bundles\` fails:\n\n${report.problems.map((p) => `- ${p}`).join('\n')}`);
  for (const c of composition) {
    parts.push(`\n<details><summary>${c.script}.js: what it is made of (reader + collector: ${kb(c.minifiedBytes)} minified; the rest is WXT's wrapper and the show-me code)</summary>\n`);
    parts.push(table(['Module', 'Minified bytes (alone)', 'Share'], c.modules.slice(0, 15).map((m) => [m.module, fmt(m.bytes, 0), `${fmt((100 * m.bytes) / c.modules.reduce((a, b) => a + b.bytes, 0), 0)}%`])));
    parts.push('\n</details>');
  }
  return parts.join('\n');
}

function memorySection(r: Results): string {
  if (!r.memory) return '_Not run._';
  const growth = heapGrowth(r.memory.runs);
  return [
    table(
      ['Variant', 'Posts streamed', 'JS heap after GC (page + content scripts)', 'Cards read by Echt'],
      r.memory.runs.map((h) => [h.variant, fmt(h.posts, 0), mb(h.heapBytes), h.probe?.cardsRead !== undefined ? fmt(h.probe.cardsRead, 0) : '—']),
    ),
    '',
    growth ? `Echt's share (Echt − none): ${fmt(growth.at1000Mb, 2)} MB after 1,000 posts, ${fmt(growth.atEndMb, 2)} MB after ${fmt(r.memory.posts, 0)}. The collector keeps at most ${'5,000'} sent-post signatures (SENT_CAP) and holds cards only weakly.` : '',
  ].join('\n');
}

function readerSection(r: Results): string {
  if (!r.reader) return '_Not run._';
  const x = r.reader;
  return [
    `The LinkedIn reader over ${x.cards} legacy cards of a static page (page script, unminified, V8 inlining off so the names are true):`,
    '',
    table(
      ['Call', 'Time'],
      [
        ['readCard, first call on a fresh page (cold)', `${fmt(x.firstCallUs, 0)} µs`],
        ...(x.onceEachUs ? [['readCard, each card once on a fresh page (as the collector reads them)', `median ${fmt(x.onceEachUs.median, 0)} µs, all ${fmt(x.cards, 0)} cards ${fmt(x.onceEachUs.totalMs, 1)} ms`]] : []),
        ['readCard, per card (warm)', `median ${fmt(x.readCardUs.median, 0)} µs, p95 ${fmt(x.readCardUs.p95, 0)} µs, max ${fmt(x.readCardUs.max, 0)} µs`],
        [`findCards(document), ${x.cards} cards`, `${fmt(x.findCardsDocumentUs, 0)} µs`],
        ['cardOf(an element inside a card)', `${fmt(x.cardOfInsideCardUs, 0)} µs`],
        ['cardOf(the feed list)', `${fmt(x.cardOfFeedListUs, 0)} µs`],
      ],
    ),
    '',
    'Where readCard spends its time (self time, native DOM calls charged to the reader function that made them):',
    '',
    table(['Function → native call', 'File', 'ms', 'Share'], x.hotSpots.map((h) => [`\`${h.fn}\``, h.file || '—', fmt(h.selfMs, 0), `${fmt(h.share * 100, 0)}%`])),
    '',
    '_performance.now() is coarsened to 100 µs in pages without cross-origin isolation: per-card figures are averages of 3 calls._',
  ].join('\n');
}

function fixesSection(r: Results): string {
  if (FIXES.length === 0) return '_None yet._';
  /** key: "metric" or "metric:feed" (feed defaults to LinkedIn legacy). */
  const current = (key: string, variant = 'echt'): string => {
    const [metric, feed = 'linkedin-legacy'] = key.split(':');
    const figures = r.content ? feedFigures(r.content.runs[feed] ?? [], r.content.variants).find((f) => f.variant === variant) : undefined;
    const traced = r.content?.traces?.[feed]?.find((t) => t.variant === variant);
    if (metric === 'msPer1000' && figures) return `${fmt(figures.cost.median, 0)} ms`;
    if (metric === 'cardsRead' && figures?.probe) return fmt(figures.probe.cardsRead, 0);
    if (metric === 'longestSlice' && traced) return `${fmt(traced.longestCpuMs[0] ?? Number.NaN)} ms; ${traced.over8msCpu} of ${fmt(traced.tasks, 0)} calls over 8 ms`;
    if (metric === 'postsSent' && figures?.probe) return `${fmt(figures.probe.postsSent, 0)} sent`;
    return '—';
  };
  return FIXES.map((fix) =>
    [
      `### ${fix.title}`,
      '',
      fix.what,
      '',
      table(['Figure', 'Before', 'After (measured with it, same run)', 'This run'], fix.figures.map((f) => [f.figure, f.beforeFromRun && f.key ? current(f.key, 'echt-before') : f.before, f.after, f.key ? current(f.key) : '—'])),
      '',
      `_${fix.measured}_`,
    ].join('\n'),
  ).join('\n\n');
}

export function renderReport(r: Results): string {
  const m = r.machine;
  const summary = summaryRows(r);
  return `# Echt benchmarks

Generated by \`npm run bench\` — do not edit by hand; rerun it. Raw figures: \`.output/bench/results.json\`.${r.quick ? '\n\n> **Quick run (`--quick`)**: fewer rounds and posts; for trying the harness, not for figures.' : ''}

| Machine | |
|---|---|
| Date | ${m.date} |
| Commit | ${m.gitCommit}${m.gitDirty ? ' (with uncommitted changes)' : ''} |
| CPU | ${m.cores} cores, ${m.cpuModel} |
| Memory | ${m.memoryGb} GB (${m.freeMemoryGb} GB free at start) |
| Load average at start | ${m.loadAverage} (shared machine: other work ran beside this one) |
| OS | ${m.os} |
| Browser | ${m.chromium}, headless, no GPU, no network (pages served by request interception) |
| Node | ${m.node} |
| Run | \`${r.command}\`, ${r.rounds} rounds, ${fmt(r.durationS, 0)} s |

Timings on this machine swing by ±25% and more from run to run: every timing is the median of alternating runs,
the spread (±, half the interquartile range) is shown beside it, and the comparisons that matter are measured side
by side in the same run.

## Summary

${table(['Figure', 'Result', 'Target', ''], summary.map((s) => [s.figure, s.result, s.target, yes(s.met)]))}

## 1. Content-script cost while scrolling

**Method.** Three headless Chromium profiles run side by side: no extension ("none"), a bare reference extension
whose content script only counts the posts as they appear (one MutationObserver, one selector query per added
subtree; built by the benchmark in a temp dir), and Echt's bench build (the production build plus a probe that
reports the collector's figures; \`wxt build --mode bench\`). In each round every variant scrolls the same page with
real wheel input (a ${fmt(r.pace.stepPx, 0)} px step${r.pace.pauseMs ? ` every ~${r.pace.pauseMs + 40} ms` : ' as soon as the last one was handled, ~40 ms'}) until all posts were
revealed, then waits 1.2 s for the last slices and message. The page's feed script reveals cards as the reader nears the bottom and
replaces cards far above the viewport with spacers (virtualisation). CPU is the renderer's main-thread
\`ScriptDuration\` (CDP \`Performance.getMetrics\`, \`timeDomain: 'threadTicks'\`) from after load to the end, which
counts page and content scripts alike: a variant's cost is its figure minus "none" of the same round, per 1,000
posts. Style recalculation and layout (\`RecalcStyleDuration\` + \`LayoutDuration\`, same span) are shown beside it, because a
content script that reads computed styles or geometry makes the page do that work outside ScriptDuration. The variant order rotates every round. "Longest slice" is the collector's own measure of its longest
uninterrupted piece of work (wall clock, so a busy machine inflates it); one extra traced scroll per Echt variant
measures the CPU time of every call into the content script from Chrome's own trace, which is the figure the
target is judged by.

The pace is that of a fast fling, to keep a run short: the collector waits 150 ms after a change and reads what
piled up, so a slower person makes more, smaller scans and messages; per card the work is the same. Cards the feed
drops before the collector reaches them are still read (see §8), so the fling loses no posts.

${contentSection(r)}

## 2. Popup time to score

**Method.** Three profiles with the bench build: an empty store, a store holding only the page shown, and a large
store (200 pages, 20,000 posts, 200,000 count snapshots, 100,000 comments) written into the extension's own
IndexedDB from an extension page through the app's database class and \`restorePages\`. The popup is opened as a tab
(\`popup.html?url=…\`, a fresh document each time, as a real popup is); the time is from its navigation start to the
first animation frame after the score element exists (or, for the empty store, the "not read yet" message).
Rounds alternate between the stores. The seeded profile is cached in \`node_modules/.cache/echt-bench\` and reused
while the schema, the seed data and the browser version are unchanged (seeding takes minutes here).

${popupSection(r)}

## 3. Analysis scaling

**Method.** In Node ${m.node}, \`analyze()\` (bundled from \`lib/analysis\` as the extension does) on one page's timeline of
100, 1,000 and 10,000 posts, each with 10 snapshots and 5 comments, against \`JSON.parse\` of the same timeline's
JSON, alternating, after a warm-up; each size in a worker thread with a 90 s limit.

${analysisSection(r)}

## 4. Storage growth

**Method.** In an extension page of the bench browser, on the real IndexedDB of the extension origin, through the
app's database class, \`recordBatch\` (the background's write path) and \`pruneExpired\` (retention). Bytes are logical:
the JSON size of each stored row plus, for each secondary index, its key and the row's primary key —
deterministic, so growth per operation is exact (on-disk sizes are in §2).

${storageSection(r)}

## 5. Bundle sizes

Production build (\`.output/chrome-mv3\`), as \`npm run check:bundles\` sees it; that check is part of \`npm test\` and
fails when a content script contains React, zod or Dexie code or is over budget.

${bundleSection(r)}

## 6. Memory

**Method.** The 1,000-post scroll is too short to show a leak, so the page streams ${fmt(r.memory?.posts ?? 5000, 0)} posts through its
virtualised feed by itself (page script: 8 cards appended and the oldest beyond 40 replaced by spacers every 25 ms,
no scrolling, pausing at each checkpoint until the collector is idle); the collector sees the same mutations as when
a person scrolls.
The JS heap of the page's isolate (page and content scripts share it) is read after a forced GC at checkpoints, with
and without Echt.

${memorySection(r)}

## 7. Where the time goes (for the readers' owners)

${readerSection(r)}

## 8. Fixes, before and after

${fixesSection(r)}

## Reproduce

\`\`\`sh
npm ci
npm run bench                     # build + everything above, writes BENCHMARKS.md (≈ 8 min here; +1 min to seed the popup store when lib/db changed)
node scripts/bench/run.ts --quick # a fast try of the harness (3 rounds, 300 posts)
node scripts/bench/run.ts --only=content --feeds=facebook-2026   # one part; writes .output/bench/results.json only
node scripts/bench/run.ts --render   # BENCHMARKS.md again from the last results (bundle figures re-read from the build)
npm run check:bundles             # the bundle check alone (after npm run build)
\`\`\`

Chromium: \`/usr/bin/chromium\` or \`CHROMIUM_PATH\`. Before/after of the collector: build an older tree with
\`NODE_ENV=production npx wxt build --mode bench\` and pass its \`.output/chrome-mv3-bench\` as \`BENCH_BEFORE_DIR\`; it runs as
variant "echt-before" beside "echt".
`;
}
