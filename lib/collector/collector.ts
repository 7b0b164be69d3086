/**
 * The content-script runtime: watches the page for post cards as the user scrolls, reads them in
 * small time slices, remembers what it already sent, and batches only what changed.
 *
 * Habits borrowed from uBlock Origin and Dark Reader: the MutationObserver callback only queues;
 * work happens in slices of a few ms with a node cap; a mutation storm collapses into one scan of
 * the page (circuit breaker); nothing runs while the tab is hidden; every error is swallowed (a
 * content script must never break the page); it stops for good when the extension context goes
 * away (update/reload).
 *
 * What it queues decides what it costs (`npm run bench`, BENCHMARKS.md): a card appended to the
 * feed is found from the *added node*, never by searching the whole list it was added to, and a
 * change inside a card re-reads that card only. Queuing the record's target instead made every
 * scroll step re-read every card still mounted.
 */
import type { CardResult, ObservationBatch, PageHeaderObservation, PageTarget, PlatformReader, PostObservation } from '../platforms/types';
import { PageBatches } from './page-batches';

export interface CollectorOptions {
  reader: PlatformReader;
  send: (batch: ObservationBatch) => Promise<unknown>;
  /** Aborted when the content script is invalidated; the collector then stops for good. */
  signal: AbortSignal;
  /** Time budget of one work slice (ms). */
  sliceMs?: number;
  /** Wait after the first change before scanning (ms); changes meanwhile join the same scan. */
  debounceMs?: number;
  /** Wait before sending what was read (ms); batches many scroll steps into one message. */
  flushMs?: number;
  /** Wall clock for observation times (epoch ms). */
  now?: () => number;
  /** Monotonic clock for slice budgets (ms); `performance.now` unless a test passes a fake one. */
  clock?: () => number;
  /**
   * The reader's cold start in small steps (./warm-up.ts), run in slices of their own after the
   * first page scan and before the first card is read, so that read does not pay it all at once.
   */
  warmUp?: Iterable<unknown>;
}

/** Benchmark builds (lib/collector/bench-probe.ts) and tests count what the collector does;
 *  production builds drop the counting, a constant false here. */
const COUNTING = import.meta.env.MODE !== 'production';

export interface CollectorStats {
  slices: number;
  slicesOver8ms: number;
  cardsRead: number;
  /** Cards read after the feed had already dropped them. */
  cardsGone: number;
  skipped: number;
  unchanged: number;
  readMs: number;
  /** Wall-clock time of all slices; readMs is the reader's part of it. */
  workMs: number;
  /** Wall-clock time turning queued changes into cards (findCards, cardOf and the collector's own walks). */
  collectMs: number;
  /** Wall-clock time of the warm-up steps. */
  warmUpMs: number;
  cardOfCalls: number;
  findCardsCalls: number;
  batchesSent: number;
  postsSent: number;
}

/** Remembered posts; beyond this the oldest are forgotten (and may be re-sent once, harmlessly). */
export const SENT_CAP = 5000;
/** Cards read in one slice at most, whatever the clock says (uBlock's node cap). */
export const CARDS_PER_SLICE = 40;
/**
 * Posts per message at most. A message is serialised in one go on the page's thread (a fast fling
 * piled 300 posts into one: 26 ms), and the background refuses more than LIMITS.postsPerBatch.
 */
export const POSTS_PER_MESSAGE = 25;
/**
 * The page header is read at most this often per page (ms): it rarely changes, and a reader may
 * search the whole document for it (Facebook's: 43 ms on a scrolled page, once per message).
 */
export const HEADER_EVERY_MS = 60_000;
/** Queued nodes beyond which a mutation storm is handled as one scan of the whole page. */
export const QUEUE_CAP = 1000;

export class Collector {
  #target: PageTarget | null = null;
  #observer: MutationObserver | null = null;
  /** Subtrees the page added: may hold new cards. */
  readonly #added = new Set<Element>();
  /** Elements whose content changed: the card around each is re-read. */
  readonly #touched = new Set<Element>();
  #fullScanQueued = false;
  /** Cards waiting to be read, in order; a Set so a card queued twice is read once. */
  readonly #toRead = new Set<Element>();
  #workTimer: ReturnType<typeof setTimeout> | null = null;
  #flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the pending flush timer is the immediate one (a full message). */
  #flushSoon = false;
  /** `${pageKey}|${postId}` → signature of what was last sent, oldest first. */
  readonly #sent = new Map<string, string>();
  /** Cards read so far (weakly held): a change inside one re-reads it without asking the reader. */
  readonly #knownCards = new WeakSet<Element>();
  /** Elements that hold cards and lie inside none (the feed list and its ancestors). */
  readonly #containers = new WeakSet<Element>();
  /** Last header sent per page: an unchanged header is left out of later batches. */
  readonly #headersSent = new Map<string, string>();
  /** When each page's header was last found (clock ms). */
  readonly #headersReadAt = new Map<string, number>();
  readonly #options: CollectorOptions;
  readonly #batches: PageBatches;
  readonly #clock: () => number;
  #stopped = false;
  /** Warm-up steps still to run (null when done or none were given). */
  #warmUp: Iterator<unknown> | null;
  /** Whether a card was read yet: until then a slice reads one card (the reader's cold start). */
  #warm = false;
  /** What the last card read cost (clock ms): predicts whether another fits the slice. */
  #lastCardMs = 0;
  /** Longest single work slice so far (ms), kept by benchmark builds and tests (0 otherwise). */
  longestSliceMs = 0;
  /** Running totals, kept by benchmark builds and tests (empty otherwise). */
  readonly stats: CollectorStats = COUNTING ? { slices: 0, slicesOver8ms: 0, cardsRead: 0, cardsGone: 0, skipped: 0, unchanged: 0, readMs: 0, workMs: 0, collectMs: 0, warmUpMs: 0, cardOfCalls: 0, findCardsCalls: 0, batchesSent: 0, postsSent: 0 } : ({} as CollectorStats);

  constructor(options: CollectorOptions) {
    this.#options = options;
    this.#batches = new PageBatches(options.reader.platform);
    this.#clock = options.clock ?? (() => performance.now());
    this.#warmUp = options.warmUp?.[Symbol.iterator]() ?? null;
    if (options.signal.aborted) this.stop();
    options.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  get #now(): number {
    return (this.#options.now ?? Date.now)();
  }

  /** (Re)targets the collector at the page the URL shows; call on start and on SPA navigation. */
  retarget(url: URL): void {
    if (this.#stopped) return;
    let next: PageTarget | null;
    try {
      next = this.#options.reader.targetFor(url);
    } catch {
      next = null;
    }
    if (next?.pageKey === this.#target?.pageKey && next?.surface === this.#target?.surface) return;
    this.flush();
    this.#target = next;
    this.#clearQueues();
    if (!next) {
      this.#disconnect();
      return;
    }
    this.#observe();
    this.#fullScanQueued = true;
    this.#scheduleWork(this.#options.debounceMs ?? 150);
  }

  stop(): void {
    this.#stopped = true;
    this.#disconnect();
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    this.#clearQueues();
    this.#batches.drain(0);
  }

  #disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    if (this.#workTimer) clearTimeout(this.#workTimer);
    this.#workTimer = null;
  }

  #clearQueues(): void {
    this.#added.clear();
    this.#touched.clear();
    this.#toRead.clear();
    this.#fullScanQueued = false;
  }

  #observe(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver(this.#onMutations);
    this.#observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('visibilitychange', this.#onVisibility, { signal: this.#options.signal });
    // Leaving or hiding the page must not lose what was read since the last flush.
    window.addEventListener('pagehide', this.#onPageHide, { signal: this.#options.signal });
  }

  readonly #onPageHide = (): void => {
    this.flush();
  };

  /** Only queues: the page's own rendering must not wait for us. */
  readonly #onMutations = (records: MutationRecord[]): void => {
    if (!this.#fullScanQueued) {
      for (const record of records) {
        const node = record.target;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (element) this.#touched.add(element);
        const addedNodes = record.addedNodes;
        for (let i = 0; i < addedNodes.length; i++) {
          const addedNode = addedNodes[i];
          if (addedNode?.nodeType === 1) this.#added.add(addedNode as Element);
        }
      }
      if (this.#added.size + this.#touched.size > QUEUE_CAP) {
        // Circuit breaker: one look at the whole page is cheaper than thousands of small ones.
        this.#added.clear();
        this.#touched.clear();
        this.#fullScanQueued = true;
      }
    }
    this.#scheduleWork(this.#options.debounceMs ?? 150);
  };

  readonly #onVisibility = (): void => {
    if (document.hidden) this.flush();
    else this.#scheduleWork(0);
  };

  #scheduleWork(delay: number): void {
    if (this.#stopped || this.#workTimer || !this.#target) return;
    this.#workTimer = setTimeout(this.#work, delay);
  }

  /**
   * One slice, a task of its own. A slice does one kind of work: a scan of the whole page (alone:
   * its cost grows with the page), or turning queued changes into cards and reading cards until
   * the budget or a cap is used. It stops *before* a card that would overrun the budget, judged
   * by the last card's cost, and reads only one card until a first card was read: the first read
   * on a page pays the reader's cold start (code compiled, patterns built), however few cards
   * there are.
   */
  readonly #work = (): void => {
    this.#workTimer = null;
    const target = this.#target;
    if (this.#stopped || !target) return;
    if (document.hidden) return; // resumes on visibilitychange
    const budget = this.#options.sliceMs ?? 4;
    const began = this.#clock();
    let read = 0;
    if (this.#fullScanQueued) {
      this.#scanPage();
    } else if (this.#warmUp) {
      this.#warmUpSteps(began, budget);
      if (COUNTING) this.stats.warmUpMs += this.#clock() - began;
    } else {
      try {
        this.#collectCards(began, budget);
      } catch {
        // A reader that cannot find cards in this change must not stop the next one.
      }
      if (COUNTING) this.stats.collectMs += this.#clock() - began;
      // Finding cards may use the whole budget; the cards then wait for the next slice.
      if (this.#clock() - began < budget) read = this.#readCards(target, began, budget);
    }
    if (COUNTING) {
      const spent = this.#clock() - began;
      this.longestSliceMs = Math.max(this.longestSliceMs, spent);
      if (spent > 8) this.stats.slicesOver8ms++;
      this.stats.slices++;
      this.stats.workMs += spent;
      this.stats.cardsRead += read;
    }
    // A full message goes out in a task of its own, before the next slice.
    this.#scheduleFlush(this.#batches.size >= POSTS_PER_MESSAGE);
    if (this.#toRead.size > 0 || this.#added.size > 0 || this.#touched.size > 0 || this.#fullScanQueued || this.#warmUp) {
      this.#scheduleWork(0);
    }
  };

  /**
   * Reads queued cards: at least one, then on while the next is expected to fit the budget.
   * A card the feed already dropped is still read: its subtree is intact, and on a virtualised
   * feed a fast scroll drops cards before a busy page lets us get to them (BENCHMARKS.md §8).
   */
  #readCards(target: PageTarget, began: number, budget: number): number {
    const cap = this.#warm ? CARDS_PER_SLICE : 1;
    let read = 0;
    let cardBegan = this.#clock();
    for (const card of this.#toRead) {
      // A full message waits for its flush (a task of its own, maybe after the header's look).
      if (this.#batches.size >= POSTS_PER_MESSAGE) break;
      this.#toRead.delete(card);
      if (COUNTING && !card.isConnected) this.stats.cardsGone++;
      this.#readOne(card, target);
      const now = this.#clock();
      // The last card's cost predicts the next one's: stopping when it would not fit keeps a
      // slice within the budget whenever card costs are steady, and past it by one card at worst.
      this.#lastCardMs = now - cardBegan;
      cardBegan = now;
      this.#warm = true;
      if (++read >= cap || now - began + this.#lastCardMs > budget) break;
    }
    return read;
  }

  /**
   * Runs warm-up steps: one at least, then on while the next is expected to fit the budget (judged
   * by the last step's cost, as for cards). A step that throws ends the warm-up.
   */
  #warmUpSteps(began: number, budget: number): void {
    let stepBegan = began;
    for (;;) {
      let done: boolean | undefined;
      try {
        done = this.#warmUp?.next().done;
      } catch {
        done = true;
      }
      if (done !== false) {
        this.#warmUp = null;
        return;
      }
      const now = this.#clock();
      if (now - began + (now - stepBegan) > budget) return;
      stepBegan = now;
    }
  }

  /** The whole page's cards, queued for reading: page-wide work, so a slice of its own. */
  #scanPage(): void {
    this.#fullScanQueued = false;
    this.#added.clear();
    this.#touched.clear();
    if (COUNTING) this.stats.findCardsCalls++;
    try {
      for (const card of this.#options.reader.findCards(document)) {
        this.#toRead.add(card);
        if (card.parentElement) this.#markContainers(card.parentElement);
      }
    } catch {
      // Nothing found this time; later changes are queued as usual.
    }
  }

  /** Moves queued changes to the cards to read, within the slice's budget. */
  #collectCards(began: number, budget: number): void {
    const reader = this.#options.reader;
    // Parents of the cards that just appeared: the feed list, usually.
    const parents = new Set<Element>();
    for (const node of this.#added) {
      if (this.#clock() - began >= budget) return;
      this.#added.delete(node);
      // An element without child elements holds no card (a card has at least its author, text and
      // actions): virtualised feeds add such spacers for every card they drop. Skipping them loses
      // nothing: should one be filled later, that change is queued with it as its target.
      if (!node.firstElementChild) continue;
      // Something added inside a card we know or queued (comments opening, an image loading):
      // (re-)read that card, without searching the new subtree for cards.
      const known = this.#knownCardAround(node);
      if (known) {
        this.#toRead.add(known);
        continue;
      }
      if (COUNTING) this.stats.findCardsCalls++;
      for (const card of reader.findCards(node)) {
        this.#toRead.add(card);
        if (card === node && card.parentElement) parents.add(card.parentElement);
      }
    }
    // A change inside a card (counts, comments opening) re-reads that card; many changes inside
    // one card ask for it once.
    const cards: Element[] = [];
    for (const node of this.#touched) {
      if (this.#clock() - began >= budget) return;
      this.#touched.delete(node);
      if (!node.isConnected || cards.some((card) => card.contains(node))) continue;
      const card = this.#cardAround(node);
      if (card) {
        cards.push(card);
        this.#toRead.add(card);
      } else if (parents.has(node)) {
        // Holds new cards and lies inside none: the feed itself. Its changes (cards coming and
        // going) never need the reader's cardOf again.
        this.#markContainers(node);
      }
    }
    // A card found inside another queued card (a reshared original, say) belongs to that card.
    if (cards.length > 0 && this.#toRead.size > 1) {
      for (const card of this.#toRead) {
        if (cards.some((outer) => outer !== card && outer.contains(card))) this.#toRead.delete(card);
      }
    }
  }

  /**
   * The card holding node (or node itself) that was read or is queued for reading, walking up no
   * further than a container. A change inside a queued card needs neither findCards nor cardOf:
   * the card is read after the change, as a whole (comments opening before their card was read).
   */
  #knownCardAround(node: Element): Element | null {
    for (let el: Element | null = node; el && !this.#containers.has(el); el = el.parentElement) {
      if (this.#knownCards.has(el) || this.#toRead.has(el)) return el;
    }
    return null;
  }

  /** The card holding node: a known one when possible, else the reader's answer. */
  #cardAround(node: Element): Element | null {
    if (this.#containers.has(node)) return null;
    const known = this.#knownCardAround(node);
    if (known) return known;
    if (COUNTING) this.stats.cardOfCalls++;
    return this.#options.reader.cardOf(node);
  }

  #markContainers(from: Element): void {
    for (let el: Element | null = from; el && !this.#containers.has(el); el = el.parentElement) this.#containers.add(el);
  }

  #readOne(card: Element, target: PageTarget): void {
    let result: CardResult;
    const began = COUNTING ? this.#clock() : 0;
    try {
      result = this.#options.reader.readCard(card, this.#now);
    } catch {
      result = { kind: 'skipped', reason: 'unreadable', markup: 'unknown' };
    }
    if (COUNTING) this.stats.readMs += this.#clock() - began;
    this.#knownCards.add(card);
    try {
      if (result.kind === 'post') {
        const key = `${target.pageKey ?? result.post.authorPageKey ?? ''}|${result.post.id}`;
        const signature = signatureOf(result.post);
        if (this.#sent.get(key) === signature) {
          if (COUNTING) this.stats.unchanged++;
          return; // unchanged: send nothing
        }
        this.#remember(key, signature);
      }
      if (COUNTING && result.kind === 'skipped') this.stats.skipped++;
      this.#batches.add(result, target);
    } catch {
      // A malformed result is dropped, never thrown into the page.
    }
  }

  #remember(key: string, signature: string): void {
    this.#sent.delete(key);
    this.#sent.set(key, signature);
    if (this.#sent.size > SENT_CAP) {
      const oldest = this.#sent.keys().next().value;
      if (oldest !== undefined) this.#sent.delete(oldest);
    }
  }

  #scheduleFlush(soon: boolean): void {
    if (this.#stopped || this.#batches.size === 0) return;
    if (this.#flushTimer) {
      if (!soon || this.#flushSoon) return;
      clearTimeout(this.#flushTimer);
    }
    this.#flushSoon = soon;
    this.#flushTimer = setTimeout(this.#onFlushTimer, soon ? 0 : (this.#options.flushMs ?? 1000));
  }

  /**
   * The timed flush. When the page header is due for a look, that look gets this task to itself
   * and the message goes out in the next one: a reader may search the whole document for the
   * header, and serialising a message is work of its own.
   */
  readonly #onFlushTimer = (): void => {
    this.#flushTimer = null;
    const target = this.#target;
    if (!this.#stopped && target && this.#headerDue(target)) {
      this.#batches.setHeader(target, this.#changedHeader(target));
      this.#flushSoon = true; // a full message must not put the header look in front again
      this.#flushTimer = setTimeout(this.#onSendTimer, 0);
      return;
    }
    this.#flush(false);
  };

  readonly #onSendTimer = (): void => {
    this.#flushTimer = null;
    this.#flush(false);
  };

  /** Sends what is pending now (leaving or hiding the page, navigating, or asked to). */
  flush(): void {
    this.#flush(true);
  }

  /** Sends what is pending; looks at the header first unless the timed flush just did. */
  #flush(lookAtHeader: boolean): void {
    if (this.#stopped) return;
    if (this.#flushTimer) clearTimeout(this.#flushTimer);
    this.#flushTimer = null;
    if (lookAtHeader && this.#target?.pageKey) this.#batches.setHeader(this.#target, this.#changedHeader(this.#target));
    for (const batch of this.#batches.drain(this.#now)) {
      if (batch.posts.length === 0 && batch.health.cardsSeen === 0 && !batch.page.header) continue;
      try {
        if (COUNTING) {
          this.stats.batchesSent++;
          this.stats.postsSent += batch.posts.length;
        }
        this.#options.send(batch).catch(() => this.stop());
      } catch {
        // Extension reloaded or updated: this context is orphaned. Stop quietly; the new content
        // script takes over.
        this.stop();
        return;
      }
    }
  }

  /** Whether the page's header was not looked at (found) within the last HEADER_EVERY_MS. */
  #headerDue(target: PageTarget): boolean {
    const readAt = target.pageKey ? this.#headersReadAt.get(target.pageKey) : undefined;
    return target.pageKey !== null && (readAt === undefined || this.#clock() - readAt >= HEADER_EVERY_MS);
  }

  /** The page header when it is new or changed since it was last sent, else null (kept as is). */
  #changedHeader(target: PageTarget): PageHeaderObservation | null {
    const key = target.pageKey;
    if (!key || !this.#headerDue(target)) return null;
    let header: PageHeaderObservation | null;
    try {
      header = this.#options.reader.readHeader(document, target);
    } catch {
      return null; // an unreadable header is just absent
    }
    // Not rendered yet: look again with the next message.
    if (!header) return null;
    this.#headersReadAt.set(key, this.#clock());
    const signature = JSON.stringify(header);
    if (this.#headersSent.get(key) === signature) return null;
    this.#headersSent.set(key, signature);
    return header;
  }

}

/** What makes a re-observation worth sending: changed counts, text or comments. */
function signatureOf(post: PostObservation): string {
  const c = post.counts;
  return [c.reactions, c.comments, c.reposts, c.impressions, post.text.length, post.comments.length, post.missing.length].join('|');
}
