/**
 * The content-script runtime: watches the page for post cards as the user scrolls, reads them in
 * small time slices, remembers what it already sent, and batches only what changed.
 *
 * Habits borrowed from uBlock Origin and Dark Reader: the MutationObserver callback only queues;
 * work happens in slices of a few ms with a node cap; nothing runs while the tab is hidden; every
 * error is swallowed (a content script must never break the page); it stops for good when the
 * extension context goes away (update/reload).
 */
import type { CardResult, ObservationBatch, PageTarget, PlatformReader, PostObservation } from '../platforms/types';
import { PageBatches } from './page-batches';

export interface CollectorOptions {
  reader: PlatformReader;
  send: (batch: ObservationBatch) => Promise<unknown>;
  /** Aborted when the content script is invalidated; the collector then stops for good. */
  signal: AbortSignal;
  /** Time budget of one work slice (ms). */
  sliceMs?: number;
  /** Wait after the last change before scanning (ms). */
  debounceMs?: number;
  /** Wait before sending what was read (ms); batches many scroll steps into one message. */
  flushMs?: number;
  now?: () => number;
}

/** Remembered posts; beyond this the oldest are forgotten (and may be re-sent once, harmlessly). */
const SENT_CAP = 5000;

export class Collector {
  private target: PageTarget | null = null;
  private observer: MutationObserver | null = null;
  private readonly dirty = new Set<Element>();
  private fullScanQueued = false;
  private scanTimer: ReturnType<typeof setTimeout> | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly sent = new Map<string, string>();
  private batches: PageBatches;
  private stopped = false;
  /** Longest single work slice so far (ms): exposed for the benchmark. */
  longestSliceMs = 0;

  constructor(private readonly options: CollectorOptions) {
    this.batches = new PageBatches(options.reader.platform);
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  private get now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** (Re)targets the collector at the page the URL shows; call on start and on SPA navigation. */
  retarget(url: URL): void {
    if (this.stopped) return;
    const next = this.options.reader.targetFor(url);
    if (next?.pageKey === this.target?.pageKey && next?.surface === this.target?.surface) return;
    this.flush();
    this.target = next;
    this.dirty.clear();
    if (!next) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    this.observe();
    this.queueFullScan();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    if (this.scanTimer) clearTimeout(this.scanTimer);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.dirty.clear();
  }

  private observe(): void {
    if (this.observer) return;
    const doc = document;
    this.observer = new MutationObserver((records) => {
      // Only queue here: the page's own rendering must not wait for us.
      for (const record of records) {
        const node = record.target;
        this.dirty.add(node.nodeType === 1 ? (node as Element) : (node.parentElement ?? doc.body));
      }
      this.scheduleScan();
    });
    this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    doc.addEventListener('visibilitychange', this.onVisibility, { signal: this.options.signal });
  }

  private readonly onVisibility = (): void => {
    if (!document.hidden) this.scheduleScan();
  };

  private queueFullScan(): void {
    this.fullScanQueued = true;
    this.scheduleScan();
  }

  private scheduleScan(): void {
    if (this.stopped || this.scanTimer) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = null;
      if (document.hidden) return; // resumes on visibilitychange
      this.scan();
    }, this.options.debounceMs ?? 150);
  }

  /** Which cards need reading: all of them after a (re)target, else those that changed. */
  private cardsToRead(): Element[] {
    const reader = this.options.reader;
    if (this.fullScanQueued) {
      this.fullScanQueued = false;
      this.dirty.clear();
      return reader.findCards(document);
    }
    const cards = new Set<Element>();
    for (const node of this.dirty) {
      if (!node.isConnected) continue;
      // A change inside a card (counts, comments opening) re-reads that card; new subtrees may
      // hold new cards.
      for (const card of reader.findCards(node)) cards.add(card);
      const enclosing = reader.cardOf(node);
      if (enclosing) cards.add(enclosing);
    }
    this.dirty.clear();
    return [...cards];
  }

  private scan(): void {
    if (this.stopped || !this.target) return;
    let cards: Element[];
    try {
      cards = this.cardsToRead();
    } catch {
      return;
    }
    this.readInSlices(cards, 0);
  }

  private readInSlices(cards: Element[], start: number): void {
    if (this.stopped || !this.target) return;
    const target = this.target;
    const budget = this.options.sliceMs ?? 4;
    const began = performance.now();
    let i = start;
    for (; i < cards.length; i++) {
      const card = cards[i];
      if (card?.isConnected) this.readOne(card, target);
      if (performance.now() - began > budget) {
        i++;
        break;
      }
    }
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - began);
    if (i < cards.length) {
      setTimeout(() => this.readInSlices(cards, i), 0);
    }
    this.scheduleFlush();
  }

  private readOne(card: Element, target: PageTarget): void {
    let result: CardResult;
    try {
      result = this.options.reader.readCard(card, this.now);
    } catch {
      result = { kind: 'skipped', reason: 'unreadable', markup: 'unknown' };
    }
    if (result.kind === 'post') {
      const signature = signatureOf(result.post);
      if (this.sent.get(result.post.id) === signature) return; // unchanged: send nothing
      this.remember(result.post.id, signature);
    }
    this.batches.add(result, target);
  }

  private remember(id: string, signature: string): void {
    this.sent.delete(id);
    this.sent.set(id, signature);
    if (this.sent.size > SENT_CAP) {
      const oldest = this.sent.keys().next().value;
      if (oldest !== undefined) this.sent.delete(oldest);
    }
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.batches.size === 0) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flush();
    }, this.options.flushMs ?? 1000);
  }

  /** Sends what is pending now. */
  flush(): void {
    if (this.target) {
      try {
        this.batches.setHeader(this.target, this.options.reader.readHeader(document, this.target));
      } catch {
        // an unreadable header is just absent
      }
    }
    for (const batch of this.batches.drain(this.now)) {
      if (batch.posts.length === 0 && batch.health.cardsSeen === 0 && !batch.page.header) continue;
      this.options.send(batch).catch(() => {
        // Extension reloaded or updated: this context is orphaned. Stop quietly; the new content
        // script takes over.
        this.stop();
      });
    }
  }
}

/** What makes a re-observation worth sending: changed counts, text or comments. */
function signatureOf(post: PostObservation): string {
  const c = post.counts;
  return [c.reactions, c.comments, c.reposts, c.impressions, post.text.length, post.comments.length, post.missing.length].join('|');
}
