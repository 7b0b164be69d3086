/**
 * Where the content script's time goes (issue 7 §8, for the readers' owners): the LinkedIn reader
 * bundled unminified and run as a page script over a static page of legacy cards, each call timed,
 * with a CPU profile naming the functions that take the time. Run it in a browser started with
 * PROFILE_FLAGS, so V8 does not inline small functions into their callers and the names stay true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkedinLegacyCompanyPage } from '../../tests/fixtures/synthetic/linkedin-legacy.ts';
import { benchCompany } from './feeds.ts';
import { bundleCode } from './lib/bundle.ts';
import type { Browser } from './lib/chromium.ts';

export interface ReaderCost {
  cards: number;
  /** The first readCard on a fresh page (cold code). */
  firstCallUs: number;
  /** Every other card read once, in page order, right after the first call: what the collector
   *  pays on a live page, where each card is new (first touch of its nodes, fresh per-read caches)
   *  and no card is read twice. Sum over the cards and median per card. */
  onceEachUs: { median: number; totalMs: number };
  readCardUs: { median: number; p95: number; max: number };
  findCardsDocumentUs: number;
  cardOfInsideCardUs: number;
  cardOfFeedListUs: number;
  hotSpots: Array<{ fn: string; file: string; selfMs: number; share: number }>;
  collectorOverheadNote: string;
}

export const PROFILE_FLAGS = ['--js-flags=--max-inlined-bytecode-size=0'];

export const READER_PAGE = {
  url: 'https://www.linkedin.com/company/benchmark-bakery-reader/posts/',
  html: () => linkedinLegacyCompanyPage(benchCompany('benchmark-bakery-reader', 200, 3)),
};

/** Function name → the lib file that defines it (names are unique enough for a hot-spot list). */
function functionFiles(...roots: string[]): (name: string) => string {
  const index = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/(?:function\s+|const\s+)([A-Za-z_$][\w$]*)\s*(?:=|\(|<)/g)) if (match[1] && !index.has(match[1])) index.set(match[1], path);
      }
    }
  };
  for (const root of roots) walk(root);
  return (name) => index.get(name) ?? '';
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export async function benchReaderCost(browser: Browser): Promise<ReaderCost> {
  const code = await bundleCode('scripts/bench/reader-entry.ts', { format: 'iife' });
  const page = await browser.context.newPage();
  try {
    await page.goto(READER_PAGE.url, { waitUntil: 'load' });
    const cdp = await browser.context.newCDPSession(page);
    // A URL for the bundle, so the profile can tell reader code from everything else.
    await cdp.send('Runtime.evaluate', { expression: `${code}\n//# sourceURL=echt-reader-bench.js` });
    const timings = (await page.evaluate(() => {
      const reader = (window as unknown as { __benchReader: { findCards: (r: ParentNode) => Element[]; cardOf: (n: Element) => Element | null; readCard: (c: Element, now: number) => unknown } }).__benchReader;
      const now = Date.UTC(2026, 10, 20);
      const time = (fn: () => unknown, times = 1): number => {
        const began = performance.now();
        for (let i = 0; i < times; i++) fn();
        return ((performance.now() - began) / times) * 1000;
      };
      const cards = reader.findCards(document);
      // The very first call pays for compiling the reader's code and building its patterns.
      const firstCallUs = cards[0] ? time(() => reader.readCard(cards[0] as Element, now)) : Number.NaN;
      const once = cards.slice(1).map((card) => time(() => reader.readCard(card, now)));
      const onceTotalMs = once.reduce((sum, us) => sum + us, 0) / 1000;
      once.sort((a, b) => a - b);
      for (const card of cards) reader.readCard(card, now); // warm-up
      const per = cards.map((card) => time(() => reader.readCard(card, now), 3)).sort((a, b) => a - b);
      const pick = (q: number) => per[Math.min(per.length - 1, Math.floor(q * per.length))] ?? Number.NaN;
      const deep = cards[Math.floor(cards.length / 2)]?.querySelector('.social-details-social-counts__reactions-count') ?? document.body;
      const list = cards[0]?.parentElement ?? document.body;
      return {
        cards: cards.length,
        firstCallUs,
        onceEachUs: { median: once[Math.floor(once.length / 2)] ?? Number.NaN, totalMs: onceTotalMs },
        readCardUs: { median: pick(0.5), p95: pick(0.95), max: per.at(-1) ?? Number.NaN },
        findCardsDocumentUs: time(() => reader.findCards(document), 5),
        cardOfInsideCardUs: time(() => reader.cardOf(deep), 20),
        cardOfFeedListUs: time(() => reader.cardOf(list), 20),
      };
    })) as Omit<ReaderCost, 'hotSpots' | 'collectorOverheadNote'>;

    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(() => {
      const reader = (window as unknown as { __benchReader: { findCards: (r: ParentNode) => Element[]; readCard: (c: Element, now: number) => unknown } }).__benchReader;
      const cards = reader.findCards(document);
      for (let round = 0; round < 5; round++) for (const card of cards) reader.readCard(card, Date.UTC(2026, 10, 20));
    });
    const { profile } = await cdp.send('Profiler.stop');
    const fileAt = functionFiles('lib/platforms/linkedin', 'lib/platforms/shared');
    const self = new Map<string, { fn: string; file: string; ms: number }>();
    const dt = new Map<number, number>();
    profile.samples?.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
    // Native DOM calls (querySelectorAll, closest, matches…) are charged to the reader function that
    // made them: their own frames have no URL.
    const parent = new Map<number, ProfileNode>();
    for (const node of profile.nodes as ProfileNode[]) for (const child of node.children ?? []) parent.set(child, node);
    let total = 0;
    for (const node of profile.nodes as ProfileNode[]) {
      const ms = (dt.get(node.id) ?? 0) / 1000;
      let owner: ProfileNode | undefined = node;
      while (owner && !owner.callFrame.url.includes('echt-reader-bench')) owner = parent.get(owner.id);
      if (!owner) continue;
      total += ms;
      const label = owner === node ? owner.callFrame.functionName || '(anonymous)' : `${owner.callFrame.functionName || '(anonymous)'} → ${node.callFrame.functionName || '(native)'}`;
      const key = label;
      const entry = self.get(key) ?? { fn: label, file: fileAt(owner.callFrame.functionName), ms: 0 };
      entry.ms += ms;
      self.set(key, entry);
    }
    const hotSpots = [...self.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 12)
      .map((e) => ({ fn: e.fn, file: e.file, selfMs: e.ms, share: total > 0 ? e.ms / total : 0 }));
    await cdp.detach();
    return { ...timings, hotSpots, collectorOverheadNote: '' };
  } finally {
    await page.close();
  }
}
