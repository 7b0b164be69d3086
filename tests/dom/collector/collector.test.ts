// @vitest-environment-options { "url": "https://www.linkedin.com/company/acme/posts/" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARDS_PER_SLICE, Collector, HEADER_EVERY_MS, POSTS_PER_MESSAGE, QUEUE_CAP, SENT_CAP, type CollectorOptions } from '../../../lib/collector/collector';
import { LIMITS } from '../../../lib/messaging/protocol';
import type { ObservationBatch } from '../../../lib/platforms/types';
import { card, fakeReader, feed, type FakeReader } from './fake-reader';

const NOW = Date.UTC(2026, 10, 3, 12);
const ACME = 'https://www.linkedin.com/company/acme/posts/';

let sent: ObservationBatch[];
let hidden: boolean;
/** Every collector a test started, stopped after it so none watches the next test's DOM. */
const running: AbortController[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  hidden = false;
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.body.replaceChildren();
});

afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function start(url = ACME, options: Partial<CollectorOptions> & { reader?: FakeReader } = {}) {
  const controller = new AbortController();
  running.push(controller);
  const reader = options.reader ?? fakeReader();
  const collector = new Collector({
    send: async (batch) => {
      sent.push(batch);
    },
    now: () => NOW,
    ...options,
    reader,
    signal: controller.signal,
  });
  collector.retarget(new URL(url));
  return { collector, reader, controller };
}

/** Lets the MutationObserver deliver, then runs the timers due within `ms`. */
async function tick(ms = 2000): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

const sentIds = () => sent.flatMap((batch) => batch.posts.map((post) => post.id));

function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('Collector on a virtualised feed', () => {
  it('reads the cards already on the page, then the ones the feed adds as old ones are dropped', async () => {
    const list = feed();
    list.append(card('p1', 10), card('p2', 20), card('p3', 30));
    start();
    await tick();
    expect(sentIds()).toEqual(['p1', 'p2', 'p3']);
    expect(sent[0]?.page).toMatchObject({ pageKey: 'linkedin:company/acme', pageUrl: 'https://www.linkedin.com/company/acme/', kind: 'brand' });
    expect(sent[0]?.page.header?.name).toBe('Acme');
    expect(sent[0]?.health).toMatchObject({ cardsSeen: 3, fullyParsed: 3, skipped: 0 });
    expect(sent[0]?.observedAt).toBe(NOW);

    // Scrolling on: the feed drops the oldest cards (leaving spacers) and appends new ones.
    list.children[0]?.replaceWith(document.createElement('div'));
    list.children[1]?.replaceWith(document.createElement('div'));
    list.append(card('p4', 40), card('p5', 50));
    await tick();
    list.append(card('p6', 60));
    await tick();
    expect(sentIds()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(sent.slice(1).flatMap((b) => b.posts.map((p) => p.counts.reactions))).toEqual([40, 50, 60]);
  });

  it('still reads a card the feed dropped before the collector got to it (fast scroll)', async () => {
    const list = feed();
    list.append(card('p1', 10));
    start();
    await tick();
    list.append(card('p2', 20), card('p3', 30));
    list.children[1]?.replaceWith(document.createElement('div')); // p2 scrolled far away at once
    await tick();
    expect(sentIds()).toEqual(['p1', 'p2', 'p3']);
  });

  it('re-observing an unchanged post sends nothing', async () => {
    const list = feed();
    list.append(card('p1', 10), card('p2', 20));
    const { reader } = start();
    await tick();
    expect(sent).toHaveLength(1);

    // Scrolling back up: the feed mounts a fresh copy of p2 with the same counts.
    list.children[1]?.replaceWith(card('p2', 20));
    await tick();
    expect(reader.reads.filter((id) => id === 'p2')).toHaveLength(2); // it was read again…
    expect(sent).toHaveLength(1); // …and nothing was sent
  });

  it('a changed count is sent again, whether the text node or its element changes', async () => {
    const list = feed();
    list.append(card('p1', 10), card('p2', 20));
    start();
    await tick();

    const count = list.querySelector('[data-post="p1"] .reactions')!;
    count.textContent = '11'; // element's children replaced
    await tick();
    (count.firstChild as Text).data = '12'; // text node edited in place
    await tick();
    expect(sent.slice(1).map((b) => b.posts.map((p) => [p.id, p.counts.reactions]))).toEqual([[['p1', 11]], [['p1', 12]]]);
  });

  it('adding one card to a long feed reads that card only, not its siblings', async () => {
    const list = feed();
    for (let i = 0; i < 50; i++) list.append(card(`p${i}`, i));
    const { reader } = start();
    await tick();
    expect(reader.reads).toHaveLength(50);

    reader.reads.length = 0;
    list.append(card('p50', 1));
    await tick();
    expect(reader.reads).toEqual(['p50']);
  });

  it('asks the reader which card holds a change only for places it does not know yet', async () => {
    const list = feed(); // empty at first: the cards arrive after the script started
    const { reader } = start();
    await tick();
    list.append(card('p1', 1));
    await tick();
    expect(reader.cardOfCalls).toBe(1); // is the feed list inside a card? once

    reader.cardOfCalls = 0;
    for (let i = 2; i < 6; i++) {
      list.append(card(`p${i}`, i)); // the feed grows…
      list.children[0]?.replaceWith(document.createElement('div')); // …and drops old cards
      await tick(200);
    }
    await tick();
    list.querySelector('[data-post="p5"] .reactions')!.textContent = '50'; // a count inside a card it read
    await tick();
    expect(reader.cardOfCalls).toBe(0);
    expect(sentIds()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p5']);
    expect(sent.at(-1)?.posts[0]?.counts.reactions).toBe(50);
  });

  it('does not search added elements without child elements (spacers) for cards', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const { reader } = start();
    await tick();
    reader.findCardsCalls = 0;
    list.append(card('p2', 2));
    list.children[0]?.replaceWith(document.createElement('div')); // a spacer
    list.append(document.createElement('div'), document.createTextNode(' '));
    await tick();
    expect(reader.findCardsCalls).toBe(1); // p2 only
    expect(sentIds()).toEqual(['p1', 'p2']);
  });

  it('still reads a card added empty and filled afterwards', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const { reader } = start();
    await tick();
    const empty = document.createElement('article');
    empty.setAttribute('data-post', 'p2');
    empty.setAttribute('data-author', 'linkedin:company/acme');
    list.append(empty);
    await tick(200);
    empty.innerHTML = '<p>Post p2</p><footer><span class="reactions">7</span></footer>';
    await tick();
    expect(reader.reads.at(-1)).toBe('p2');
    expect(sent.at(-1)?.posts.at(-1)?.counts.reactions).toBe(7);
  });

  it('a change inside a card still waiting to be read asks the reader nothing and reads it once', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const { reader } = start();
    await tick();
    reader.findCardsCalls = 0;
    reader.cardOfCalls = 0;
    reader.reads.length = 0;
    const p2 = card('p2', 2);
    list.append(p2);
    await Promise.resolve(); // p2 is queued by the next slice; its comments open before it is read
    const comments = document.createElement('section');
    comments.innerHTML = '<p>Great post!</p>';
    p2.append(comments);
    await tick();
    expect(reader.findCardsCalls).toBe(1); // p2 itself
    expect(reader.cardOfCalls).toBe(0);
    expect(reader.reads).toEqual(['p2']);
  });

  it('a card that grows (comments opening) is re-read and sent with what changed', async () => {
    const list = feed();
    list.append(card('p1', 10), card('p2', 20));
    const { reader } = start();
    await tick();
    reader.reads.length = 0;

    const comments = document.createElement('section');
    comments.innerHTML = '<p>Great post!</p>';
    list.querySelector('[data-post="p2"]')!.append(comments);
    list.querySelector('[data-post="p2"] .reactions')!.textContent = '21';
    await tick();
    expect(reader.reads).toEqual(['p2']);
    expect(sentIds()).toEqual(['p1', 'p2', 'p2']);
  });

  it('the same post seen on two pages is sent for each page', async () => {
    const list = feed();
    list.append(card('p1', 10));
    const { collector } = start();
    await tick();
    collector.retarget(new URL('https://www.linkedin.com/company/other/'));
    await tick();
    expect(sent.map((b) => [b.page.pageKey, b.posts.map((p) => p.id)])).toEqual([
      ['linkedin:company/acme', ['p1']],
      ['linkedin:company/other', ['p1']],
    ]);
  });

  it('home-feed posts are grouped by their author’s page; posts without a readable author are dropped', async () => {
    const list = feed();
    const orphan = card('p4', 4);
    orphan.removeAttribute('data-author');
    list.append(card('p1', 1), card('p2', 2, 'linkedin:in/bob'), card('p3', 3), orphan);
    const { collector } = start('https://www.linkedin.com/feed/');
    await tick();
    collector.flush();
    const byPage = Object.fromEntries(sent.map((b) => [b.page.pageKey, { url: b.page.pageUrl, ids: b.posts.map((p) => p.id) }]));
    expect(byPage).toEqual({
      'linkedin:company/acme': { url: 'https://www.linkedin.com/company/acme/', ids: ['p1', 'p3'] },
      'linkedin:in/bob': { url: 'https://www.linkedin.com/in/bob/', ids: ['p2'] },
    });
    expect(sent.every((b) => b.page.header === null)).toBe(true); // the feed has no page header
  });

  it('sends a long fling in messages the background accepts, none larger than POSTS_PER_MESSAGE', async () => {
    const list = feed();
    start(ACME, { clock: () => 0 }); // a clock that never runs out: only the caps cut the work
    for (let i = 0; i < 130; i++) list.append(card(`p${i}`, i));
    await tick();
    expect(new Set(sentIds()).size).toBe(130);
    expect(Math.max(...sent.map((b) => b.posts.length))).toBeLessThanOrEqual(POSTS_PER_MESSAGE);
    expect(POSTS_PER_MESSAGE).toBeLessThanOrEqual(LIMITS.postsPerBatch);
  });

  it('reads the page header once per page and minute, not for every message, and sends it when it changed', async () => {
    let t = 0;
    const list = feed();
    const reader = fakeReader();
    reader.header = null; // not rendered yet
    const { collector } = start(ACME, { reader, clock: () => t });
    for (let i = 0; i < 3; i++) {
      list.append(card(`p${i}`, i));
      await tick();
    }
    expect(reader.headerReads).toBe(3); // looked for with every message while it was missing
    reader.header = { name: 'Acme', followers: 800, employeeBand: null, industry: null };
    for (let i = 3; i < 6; i++) {
      list.append(card(`p${i}`, i));
      await tick();
    }
    expect(reader.headerReads).toBe(4); // found once, then left alone
    expect(sent.filter((b) => b.page.header !== null).map((b) => b.page.header?.followers)).toEqual([800]);

    t += HEADER_EVERY_MS;
    reader.header = { name: 'Acme', followers: 801, employeeBand: null, industry: null };
    list.append(card('p6', 6));
    await tick();
    expect(reader.headerReads).toBe(5);
    expect(sent.at(-1)?.page.header?.followers).toBe(801);

    collector.retarget(new URL('https://www.linkedin.com/company/other/'));
    await tick();
    expect(reader.headerReads).toBe(6); // another page: its own header
  });

  it('batches many scroll steps into one message per page', async () => {
    const list = feed();
    start();
    for (let i = 0; i < 5; i++) {
      list.append(card(`p${i}`, i));
      await tick(200);
    }
    await tick(2000);
    expect(sent).toHaveLength(1);
    expect(sentIds()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
  });
});

describe('Collector time slices', () => {
  it('cuts the reading into slices that keep to the budget (fake clock)', async () => {
    let t = 0;
    const reader = fakeReader();
    reader.onRead = () => {
      t += 1; // every card costs 1 ms
    };
    const list = feed();
    for (let i = 0; i < 20; i++) list.append(card(`p${i}`, i));
    const { collector } = start(ACME, { reader, clock: () => t, sliceMs: 4 });

    const perSlice: number[] = [];
    let before = 0;
    while (reader.reads.length < 20 && perSlice.length < 50) {
      await Promise.resolve();
      vi.advanceTimersToNextTimer();
      if (reader.reads.length > before) perSlice.push(reader.reads.length - before);
      before = reader.reads.length;
    }
    // A slice stops as soon as it has used its budget: at most one card past it.
    expect(perSlice.length).toBeGreaterThan(3);
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(5);
    expect(perSlice.reduce((a, b) => a + b, 0)).toBe(20);
    expect(collector.longestSliceMs).toBeLessThanOrEqual(5);
    expect(collector.longestSliceMs).toBeGreaterThan(0);
    await tick();
    expect(new Set(sentIds()).size).toBe(20);
  });

  it('caps the cards per slice even when the clock says no time passed', async () => {
    const list = feed();
    const total = CARDS_PER_SLICE * 3;
    for (let i = 0; i < total; i++) list.append(card(`p${i}`, i));
    const { reader } = start(ACME, { clock: () => 0 });
    await tick();
    expect(reader.reads).toHaveLength(total);

    // Re-mounted, unchanged: nothing to send, so only the card cap ends a slice.
    reader.reads.length = 0;
    list.replaceChildren(...Array.from({ length: total }, (_, i) => card(`p${i}`, i)));
    await Promise.resolve();
    vi.advanceTimersToNextTimer();
    expect(reader.reads).toHaveLength(CARDS_PER_SLICE);
    await tick();
    expect(reader.reads).toHaveLength(total);
  });

  it('a mutation storm collapses into one scan of the page instead of an unbounded queue', async () => {
    const list = feed();
    const { reader } = start();
    await tick();
    reader.findCardsCalls = 0;
    reader.cardOfCalls = 0;
    for (let i = 0; i < QUEUE_CAP + 500; i++) list.append(document.createElement('span'));
    list.append(card('p1', 1));
    await tick();
    expect(reader.findCardsCalls).toBe(1); // one look at the whole page
    expect(reader.cardOfCalls).toBe(0);
    expect(sentIds()).toEqual(['p1']);
  });

  it('forgets the oldest posts beyond its cap, so memory stays bounded while scrolling on', async () => {
    const list = feed();
    const { reader } = start();
    await tick();
    for (let i = 0; i <= SENT_CAP; i += 500) {
      for (let j = i; j < Math.min(i + 500, SENT_CAP + 1); j++) list.append(card(`p${j}`, 1));
      await tick();
      list.replaceChildren(); // virtualised: the old cards leave the DOM
    }
    expect(new Set(sentIds()).size).toBe(SENT_CAP + 1);
    const before = sent.length;
    reader.reads.length = 0;
    list.append(card(`p${SENT_CAP}`, 1)); // the newest: still remembered
    await tick();
    expect(sent).toHaveLength(before);
    list.append(card('p0', 1)); // the oldest: forgotten, so sent once more (harmless)
    await tick();
    expect(reader.reads).toEqual([`p${SENT_CAP}`, 'p0']);
    expect(sentIds().at(-1)).toBe('p0');
  });
});

describe('Collector lifecycle', () => {
  it('stops cleanly on abort: observer disconnected, no reads, no sends', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const list = feed();
    list.append(card('p1', 1));
    const { collector, reader, controller } = start();
    await tick();
    expect(sent).toHaveLength(1);

    list.append(card('p2', 2));
    await tick(300); // read, not yet flushed
    const reads = reader.reads.length;
    controller.abort();
    expect(disconnect).toHaveBeenCalled();
    const lookups = reader.findCardsCalls + reader.cardOfCalls;

    list.append(card('p3', 3));
    list.querySelector('.reactions')!.textContent = '5';
    collector.retarget(new URL('https://www.linkedin.com/company/other/'));
    collector.flush();
    await tick(10_000);
    expect(reader.reads).toHaveLength(reads);
    expect(reader.findCardsCalls + reader.cardOfCalls).toBe(lookups);
    expect(sent).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops observing when navigating to a page it does not read, and resumes on one it does', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const { collector, reader } = start();
    await tick();
    collector.retarget(new URL('https://www.linkedin.com/jobs/'));
    const calls = reader.findCardsCalls + reader.cardOfCalls;
    list.append(card('p2', 2));
    await tick();
    expect(reader.findCardsCalls + reader.cardOfCalls).toBe(calls);
    collector.retarget(new URL('https://www.linkedin.com/company/acme/'));
    await tick();
    expect(sentIds()).toEqual(['p1', 'p2']);
  });

  it('does nothing while the tab is hidden and catches up when it is shown', async () => {
    hidden = true;
    const list = feed();
    list.append(card('p1', 1));
    const { reader } = start();
    list.append(card('p2', 2));
    await tick(10_000);
    expect(reader.reads).toEqual([]);
    expect(sent).toEqual([]);

    setHidden(false);
    await tick();
    expect(sentIds()).toEqual(['p1', 'p2']);
  });

  it('pauses between slices when the tab is hidden mid-way', async () => {
    let t = 0;
    const reader = fakeReader();
    reader.onRead = () => {
      t += 1;
    };
    const list = feed();
    for (let i = 0; i < 20; i++) list.append(card(`p${i}`, i));
    start(ACME, { reader, clock: () => t, sliceMs: 4 });
    await Promise.resolve();
    // The first slice scans the page (no reads: page-wide work has a slice of its own); run
    // slices until some cards were read.
    for (let i = 0; i < 5 && reader.reads.length === 0; i++) vi.advanceTimersToNextTimer();
    const readBeforeHiding = reader.reads.length;
    expect(readBeforeHiding).toBeGreaterThan(0);
    expect(readBeforeHiding).toBeLessThan(20);

    setHidden(true);
    await tick(10_000);
    expect(reader.reads).toHaveLength(readBeforeHiding);

    setHidden(false);
    await tick();
    expect(reader.reads).toHaveLength(20);
  });
});

describe('Collector never throws into the page', () => {
  it('a card the reader chokes on is counted as skipped; the others are sent', async () => {
    const list = feed();
    list.append(card('p1', 1), card('p2', 2), card('p3', 3));
    const reader = fakeReader();
    reader.poison.add('p2');
    start(ACME, { reader });
    await tick();
    expect(sentIds()).toEqual(['p1', 'p3']);
    expect(sent[0]?.health).toMatchObject({ cardsSeen: 3, fullyParsed: 2, skipped: 1 });
  });

  it('survives a reader whose every method throws, and recovers when it works again', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const reader = fakeReader();
    for (const method of ['targetFor', 'findCards', 'cardOf', 'readCard', 'readHeader'] as const) reader.throwIn.add(method);
    const { collector } = start(ACME, { reader }); // targetFor throws: nothing to read
    collector.retarget(new URL('https://www.linkedin.com/company/acme/'));
    await tick();
    expect(sent).toEqual([]);

    reader.throwIn.delete('targetFor');
    collector.retarget(new URL(ACME));
    list.append(card('p2', 2));
    await tick(); // findCards, cardOf, readCard and readHeader all throw
    collector.flush();

    reader.throwIn.clear();
    list.append(card('p3', 3));
    await tick();
    expect(sentIds()).toContain('p3');
  });

  it('a page header that cannot be read leaves the header out, not the posts', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const reader = fakeReader();
    reader.throwIn.add('readHeader');
    start(ACME, { reader });
    await tick();
    expect(sentIds()).toEqual(['p1']);
    expect(sent[0]?.page.header).toBeNull();
  });

  it('stops quietly when sending fails (extension reloaded), synchronously or not', async () => {
    for (const failure of ['throws', 'rejects'] as const) {
      document.body.replaceChildren();
      sent = [];
      const list = feed();
      list.append(card('p1', 1));
      let attempts = 0;
      const send = (): Promise<unknown> => {
        attempts++;
        if (failure === 'throws') throw new Error('Extension context invalidated.');
        return Promise.reject(new Error('Extension context invalidated.'));
      };
      const { reader } = start(ACME, { send });
      await tick();
      expect(attempts).toBe(1);
      const reads = reader.reads.length;
      list.append(card('p2', 2));
      await tick();
      expect(attempts).toBe(1);
      expect(reader.reads).toHaveLength(reads);
    }
  });
});
