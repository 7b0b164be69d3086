/**
 * Content-script cost while a person scrolls a feed (issue 7 §2) and its heap afterwards (§7).
 *
 * Method (shared/toolchain.md): CDP `Performance.enable({ timeDomain: 'threadTicks' })` and the
 * renderer's `ScriptDuration` — CPU time of all script on the page's main thread, page and content
 * scripts alike. The same scroll runs in three browsers side by side: no extension, the reference
 * extension that only counts posts, and Echt. Extension cost = variant − none, paired per round;
 * the rounds rotate which variant goes first so drifting machine load hits all three alike.
 */
import type { Page } from 'playwright-core';
import type { Feed } from './feeds.ts';
import { ScriptClock, type Browser } from './lib/chromium.ts';

/** 'none', 'reference', 'echt', and 'echt-before' when an older build is compared. */
export type Variant = string;

export interface ProbeFigures {
  longestSliceMs: number;
  slices?: number;
  slicesOver8ms?: number;
  readMs?: number;
  workMs?: number;
  cardsRead?: number;
  batchesSent?: number;
  postsSent?: number;
}

export interface ScrollRun {
  variant: Variant;
  round: number;
  scriptMs: number;
  /** Style recalculation + layout on the page's main thread over the same span. */
  styleLayoutMs?: number;
  wallMs: number;
  revealed: number;
  commentsOpened: number;
  probe: ProbeFigures | null;
  referenceCount: number | null;
}

/** How the "person" scrolls: a wheel notch of `stepPx` every `pauseMs`. */
export interface Pace {
  stepPx: number;
  pauseMs: number;
}

interface FeedState {
  revealed: number;
  total: number;
  commentsOpened: number;
}

async function feedState(page: Page): Promise<FeedState> {
  return page.evaluate(() => {
    const state = (window as unknown as { __benchFeed?: FeedState }).__benchFeed;
    return { revealed: state?.revealed ?? 0, total: state?.total ?? 0, commentsOpened: state?.commentsOpened ?? 0 };
  });
}

async function probe(page: Page): Promise<{ echt: ProbeFigures | null; reference: number | null }> {
  return page.evaluate(() => {
    document.dispatchEvent(new Event('echt-bench:probe'));
    const echt = document.documentElement.getAttribute('data-echt-bench');
    const reference = document.documentElement.getAttribute('data-reference-count');
    return { echt: echt ? (JSON.parse(echt) as ProbeFigures) : null, reference: reference ? Number(reference) : null };
  });
}

/** Scrolls with real wheel input until every post was revealed and the end is reached. */
async function scrollToEnd(page: Page, pace: Pace, maxSteps: number): Promise<FeedState> {
  await page.mouse.move(600, 450);
  for (let step = 0; step < maxSteps; step++) {
    await page.mouse.wheel(0, pace.stepPx);
    await page.waitForTimeout(pace.pauseMs);
    // Looking costs page script time in every variant alike; look rarely.
    if (step % 25 === 24) {
      const state = await feedState(page);
      if (state.revealed >= state.total) break;
    }
  }
  return feedState(page);
}

/** Lets the collector finish its slices and its last flush (1 s after the first read it holds). */
const SETTLE_MS = 1200;

/**
 * Waits until the content script is done: a fixed settle time, and for Echt until its figures stop
 * moving (a busy collector can still be reading and sending what the fling left behind).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  let last = '';
  for (let i = 0; i < 100; i++) {
    const { echt } = await probe(page);
    if (!echt || echt.cardsRead === undefined) return; // no probe, or an older build without counters
    const now = `${echt.cardsRead}|${echt.batchesSent}`;
    if (now === last) return;
    last = now;
    await page.waitForTimeout(400);
  }
}

export async function scrollOnce(browser: Browser, variant: Variant, feed: Feed, pace: Pace, round: number): Promise<ScrollRun> {
  const page = await browser.context.newPage();
  try {
    await page.goto(feed.url, { waitUntil: 'load' });
    await page.waitForTimeout(300); // content scripts run at document_idle and read the first cards
    const clock = await ScriptClock.attach(page);
    const before = await clock.mainThreadMs();
    const began = performance.now();
    const state = await scrollToEnd(page, pace, Math.ceil(feed.posts * 4));
    await settle(page);
    const after = await clock.mainThreadMs();
    const wallMs = performance.now() - began;
    const probed = await probe(page);
    await clock.detach();
    return {
      variant,
      round,
      scriptMs: after.script - before.script,
      styleLayoutMs: after.styleLayout - before.styleLayout,
      wallMs,
      revealed: state.revealed,
      commentsOpened: state.commentsOpened,
      probe: probed.echt,
      referenceCount: probed.reference,
    };
  } finally {
    await page.close();
  }
}

/** `rounds` rounds of one scroll per variant, the order rotating each round. */
export async function scrollRounds(browsers: Record<Variant, Browser>, feed: Feed, pace: Pace, rounds: number, log: (line: string) => void): Promise<ScrollRun[]> {
  const runs: ScrollRun[] = [];
  const variants = Object.keys(browsers);
  for (let round = 0; round < rounds; round++) {
    const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
    for (const variant of order) {
      const browser = browsers[variant];
      if (!browser) continue;
      const run = await scrollOnce(browser, variant, feed, pace, round);
      runs.push(run);
      const probe = run.probe ? `, read ${run.probe.cardsRead ?? '?'} cards, longest slice ${run.probe.longestSliceMs.toFixed(1)} ms` : '';
      log(`  ${feed.id} round ${round + 1}/${rounds} ${variant.padEnd(11)} script ${run.scriptMs.toFixed(1).padStart(7)} ms, ${run.revealed} posts, ${(run.wallMs / 1000).toFixed(1)} s${probe}`);
    }
  }
  return runs;
}

export interface HeapRun {
  variant: Variant;
  posts: number;
  heapBytes: number;
  probe: ProbeFigures | null;
}

/**
 * Heap after streaming many posts through the virtualised feed: the page appends cards and drops
 * old ones itself (page script, 8 every 25 ms, no scrolling, pausing at each checkpoint) so 5,000 posts take seconds; the
 * collector sees the same mutations as when a person scrolls. Heap is the whole isolate after a forced GC — the content script's own share is
 * Echt minus none, at checkpoints, to show whether it grows with the posts seen.
 */
export async function heapOnce(browser: Browser, variant: Variant, feed: Feed, checkpoints: number[]): Promise<HeapRun[]> {
  const page = await browser.context.newPage();
  const out: HeapRun[] = [];
  try {
    await page.goto(feed.url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const clock = await ScriptClock.attach(page);
    out.push({ variant, posts: 0, heapBytes: await clock.heapAfterGc(), probe: (await probe(page)).echt });
    let streamed = 0;
    for (const checkpoint of checkpoints) {
      const count = checkpoint - streamed;
      streamed = checkpoint;
      await page.evaluate((n) => (window as unknown as { __benchFeed: { stream: (count: number, perTick: number, ms: number) => void } }).__benchFeed.stream(n, 8, 25), count);
      for (let i = 0; i < 600; i++) {
        const state = await feedState(page);
        if (state.revealed >= checkpoint || state.revealed >= state.total) break;
        await page.waitForTimeout(100);
      }
      await settle(page);
      const state = await feedState(page);
      out.push({ variant, posts: state.revealed, heapBytes: await clock.heapAfterGc(), probe: (await probe(page)).echt });
    }
    await clock.detach();
    return out;
  } finally {
    await page.close();
  }
}

export interface TracedTasks {
  variant: Variant;
  /** Every call into the content script (timer slices, observer callbacks, message replies). */
  tasks: number;
  /** CPU (thread) time of each call, ms, longest first (the first 20). */
  longestCpuMs: number[];
  /** Wall-clock time of the same calls, ms, longest first (the first 20). */
  longestWallMs: number[];
  /** When the three longest calls happened, ms after the content script's first call. */
  longestAtMs: number[];
  over8msCpu: number;
  p99CpuMs: number;
  totalCpuMs: number;
  byFunction: Record<string, { calls: number; cpuMs: number; longestCpuMs: number }>;
}

/**
 * One scroll with Chrome's tracing on: every call into the content script is a `FunctionCall`
 * trace event with its script URL, wall duration and thread (CPU) duration. The CPU duration of
 * the longest one is the longest slice as the page's main thread felt it, free of the time the
 * operating system gave to other processes (the probe's wall-clock figure is not).
 */
export async function traceTasks(browser: Browser, variant: Variant, feed: Feed, pace: Pace): Promise<TracedTasks> {
  const page = await browser.context.newPage();
  try {
    await page.goto(feed.url, { waitUntil: 'load' });
    const cdp = await browser.context.newCDPSession(page);
    const events: Array<{ name: string; ts?: number; dur?: number; tdur?: number; args?: { data?: { url?: string; functionName?: string } } }> = [];
    cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as typeof events)));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await scrollToEnd(page, pace, Math.ceil(feed.posts * 4));
    await settle(page);
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const calls = events.filter((e) => e.name === 'FunctionCall' && /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? ''));
    const cpu = calls.map((e) => (e.tdur ?? e.dur ?? 0) / 1000).sort((a, b) => b - a);
    const firstTs = Math.min(...calls.map((e) => e.ts ?? Number.POSITIVE_INFINITY));
    const longestAtMs = [...calls]
      .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0))
      .slice(0, 3)
      .map((e) => ((e.ts ?? firstTs) - firstTs) / 1000);
    const wall = calls.map((e) => (e.dur ?? 0) / 1000).sort((a, b) => b - a);
    const byFunction: TracedTasks['byFunction'] = {};
    for (const call of calls) {
      const name = call.args?.data?.functionName || '(anonymous)';
      const ms = (call.tdur ?? call.dur ?? 0) / 1000;
      const entry = (byFunction[name] ??= { calls: 0, cpuMs: 0, longestCpuMs: 0 });
      entry.calls++;
      entry.cpuMs += ms;
      entry.longestCpuMs = Math.max(entry.longestCpuMs, ms);
    }
    return {
      variant,
      tasks: calls.length,
      longestCpuMs: cpu.slice(0, 20),
      longestWallMs: wall.slice(0, 20),
      longestAtMs,
      over8msCpu: cpu.filter((ms) => ms > 8).length,
      p99CpuMs: cpu[Math.floor(cpu.length * 0.01)] ?? 0,
      totalCpuMs: cpu.reduce((a, b) => a + b, 0),
      byFunction,
    };
  } finally {
    await page.close();
  }
}
