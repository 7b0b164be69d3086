/**
 * `npm run bench` (after `wxt build`): every benchmark of issue 7, in real headless Chromium and in
 * Node, written to BENCHMARKS.md (and the raw figures to .output/bench/results.json).
 *
 *   node scripts/bench/run.ts [--quick] [--only=content,memory,popup,storage,analysis,bundles,reader]
 *                             [--feeds=linkedin-legacy,linkedin-sdui,facebook-2026]
 *   node scripts/bench/run.ts --render   # BENCHMARKS.md again from .output/bench/results.json
 *
 * --quick: 3 rounds and 300 posts instead of 5 and 1,000 (for trying the harness, not for figures).
 * BENCH_BEFORE_DIR=<an older bench build>: adds it as variant "echt-before" to the content-script
 * rounds, for before/after figures measured side by side.
 *
 * The machine is noisy (2 shared cores): timings are medians of alternating runs, and the figures
 * that matter are ratios measured side by side in the same run.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchAnalysis } from './analysis.ts';
import { heapOnce, scrollRounds, traceTasks, type HeapRun, type Pace, type ScrollRun, type TracedTasks } from './content-cost.ts';
import { benchFeeds, streamFeed, type Feed } from './feeds.ts';
import { BENCH_DIR, buildBenchExtension, buildReferenceExtension } from './lib/build.ts';
import { launch, type Browser } from './lib/chromium.ts';
import { describeMachine } from './lib/machine.ts';
import { benchPopup } from './popup.ts';
import { benchReaderCost, PROFILE_FLAGS, READER_PAGE } from './reader-cost.ts';
import { renderReport, type Results } from './report.ts';
import { benchStorage } from './storage.ts';
import { bundleComposition } from './bundles.ts';
import { inspectBundles } from '../check-bundles.ts';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const feedIds = args.find((a) => a.startsWith('--feeds='))?.slice('--feeds='.length).split(',');
const wants = (part: string): boolean => !only || only.includes(part);

const ROUNDS = quick ? 3 : 5;
const POSTS = quick ? 300 : 1000;
const HEAP_POSTS = quick ? 1000 : 5000;
/** A fling: an 8,000 px wheel step as soon as the last one was handled (~1,000 posts in a few seconds). */
export const PACE: Pace = { stepPx: 8000, pauseMs: 0 };

const started = performance.now();
function log(line: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[${seconds}s] ${line}`);
}

async function main(): Promise<void> {
  if (args.includes('--render')) {
    // Re-renders BENCHMARKS.md from the last run's figures (after changing the report, say).
    const results = JSON.parse(readFileSync(resolve('.output/bench/results.json'), 'utf8')) as Results;
    // Sizes are deterministic and cheap: read them from the current build.
    if (results.bundles) results.bundles = { report: inspectBundles(), composition: await bundleComposition() };
    writeFileSync(resolve('BENCHMARKS.md'), renderReport(results));
    log('rewrote BENCHMARKS.md from .output/bench/results.json');
    return;
  }
  const results: Results = {
    machine: describeMachine(),
    quick,
    rounds: ROUNDS,
    posts: POSTS,
    pace: PACE,
    command: `node scripts/bench/run.ts${args.length ? ` ${args.join(' ')}` : ''}`,
    content: null,
    memory: null,
    popup: null,
    storage: null,
    analysis: null,
    bundles: null,
    reader: null,
    durationS: 0,
  };
  log(`machine: ${results.machine.cores} cores, ${results.machine.cpuModel}, load ${results.machine.loadAverage}, ${results.machine.chromium}, Node ${results.machine.node}`);

  if (wants('bundles')) {
    log('bundle sizes (production build)');
    results.bundles = { report: inspectBundles(), composition: await bundleComposition() };
  }

  if (['content', 'memory', 'popup', 'storage'].some(wants)) {
    log('building the bench variant (wxt build --mode bench)');
    buildBenchExtension();
  }

  if (wants('content') || wants('memory') || wants('reader')) {
    const all = await benchFeeds(POSTS);
    const available = all.available.filter((f) => !feedIds || feedIds.includes(f.id));
    const missing = all.missing;
    const heapFeed = streamFeed(HEAP_POSTS);
    const pages = new Map<string, string>();
    for (const feed of available) pages.set(feed.url, feed.html);
    pages.set(heapFeed.url, heapFeed.html);
    pages.set(READER_PAGE.url, READER_PAGE.html());
    const selector = [...new Set(available.map((f) => f.cardSelector))].join(', ');
    const referenceDir = buildReferenceExtension(selector);
    const variants: Record<string, string | null> = { none: null, reference: referenceDir, echt: BENCH_DIR };
    if (process.env.BENCH_BEFORE_DIR) variants['echt-before'] = resolve(process.env.BENCH_BEFORE_DIR);
    const browsers: Record<string, Browser> = {};
    try {
      for (const [name, dir] of Object.entries(variants)) browsers[name] = await launch(name, dir, pages);
      if (wants('content')) {
        const runs: Record<string, ScrollRun[]> = {};
        const traces: Record<string, TracedTasks[]> = {};
        for (const feed of available) {
          log(`content-script cost: ${feed.label}, ${feed.posts} posts, ${ROUNDS} rounds`);
          runs[feed.id] = await scrollRounds(browsers, feed, PACE, ROUNDS, log);
          for (const variant of Object.keys(variants).filter((v) => v.startsWith('echt'))) {
            const browser = browsers[variant];
            if (!browser) continue;
            const traced = await traceTasks(browser, variant, feed, PACE);
            (traces[feed.id] ??= []).push(traced);
            log(`  ${feed.id} traced ${variant}: ${traced.tasks} calls into the content script, longest ${traced.longestCpuMs[0]?.toFixed(1)} ms CPU (${traced.longestWallMs[0]?.toFixed(1)} ms wall), ${traced.over8msCpu} over 8 ms`);
          }
        }
        results.content = { feeds: available.map(describeFeed), missing, runs, traces, variants: Object.keys(variants) };
      }
      if (wants('memory')) {
        log(`heap after streaming ${HEAP_POSTS} posts (echt, none)`);
        const feed = heapFeed;
        const heap: HeapRun[] = [];
        for (const variant of ['none', 'echt']) {
          const browser = browsers[variant];
          if (browser) heap.push(...(await heapOnce(browser, variant, feed, [1000, HEAP_POSTS])));
        }
        for (const h of heap) log(`  ${h.variant} at ${h.posts} posts: ${(h.heapBytes / 1e6).toFixed(2)} MB`);
        results.memory = { posts: HEAP_POSTS, runs: heap };
      }
    } finally {
      for (const browser of Object.values(browsers)) await browser.close();
      rmSync(referenceDir, { recursive: true, force: true });
    }
    if (wants('reader')) {
      log('reader cost per card (unminified LinkedIn reader as a page script, no inlining)');
      const browser = await launch('reader', null, pages, { extraArgs: PROFILE_FLAGS });
      try {
        results.reader = await benchReaderCost(browser);
        log(`  readCard median ${results.reader.readCardUs.median.toFixed(0)} µs, p95 ${results.reader.readCardUs.p95.toFixed(0)} µs over ${results.reader.cards} legacy cards`);
      } finally {
        await browser.close();
      }
    }
  }

  if (wants('popup')) {
    log(`popup time to score: empty store, one page, large store; ${ROUNDS + 2} rounds`);
    results.popup = await benchPopup(BENCH_DIR, ROUNDS + 2, log);
  }
  if (wants('storage')) {
    log('storage growth (real IndexedDB in the extension origin)');
    results.storage = await benchStorage(BENCH_DIR, log);
  }
  if (wants('analysis')) {
    log('analysis scaling (Node)');
    results.analysis = await benchAnalysis(log, quick ? 5 : 7);
  }

  results.durationS = (performance.now() - started) / 1000;
  mkdirSync(resolve('.output/bench'), { recursive: true });
  writeFileSync(resolve('.output/bench/results.json'), JSON.stringify(results, null, 2));
  if (only) {
    log('partial run (--only): BENCHMARKS.md left as it is; figures in .output/bench/results.json');
  } else {
    writeFileSync(resolve('BENCHMARKS.md'), renderReport(results));
    log(`wrote BENCHMARKS.md in ${results.durationS.toFixed(0)} s`);
  }
}

function describeFeed(feed: Feed) {
  return { id: feed.id, label: feed.label, url: feed.url, posts: feed.posts, cardSelector: feed.cardSelector, commentsEvery: feed.commentsEvery };
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exit(1);
});
