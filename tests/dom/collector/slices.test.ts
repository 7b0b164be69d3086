// @vitest-environment-options { "url": "https://www.linkedin.com/company/acme/posts/" }
/**
 * What one call into the content script may do (issue 7: none over 8 ms of CPU). Timers are run one
 * at a time, so each step below is one task, as the page's main thread sees it; the fake reader
 * advances a fake clock by what each card costs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Collector, POSTS_PER_MESSAGE } from '../../../lib/collector/collector';
import type { ObservationBatch } from '../../../lib/platforms/types';
import { card, fakeReader, feed, type FakeReader } from './fake-reader';

const ACME = 'https://www.linkedin.com/company/acme/posts/';
const BUDGET = 4;

let controller: AbortController;
let sent: ObservationBatch[];
let t: number;
/** What happened in the current task: 'scan' (a search of the whole page), 'read', 'header', 'send'. */
let events: string[];

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  t = 0;
  events = [];
  document.body.replaceChildren();
  recordTasks();
});

afterEach(() => {
  globalThis.setTimeout = fakeSetTimeout;
  controller.abort();
  vi.useRealTimers();
});

/** A fake reader whose cards cost `costOf(index of the read)` ms and whose calls are logged. */
function costlyReader(costOf: (nth: number) => number): FakeReader {
  const reader = fakeReader();
  reader.onRead = () => {
    t += costOf(reader.reads.length - 1);
    events.push('read');
  };
  const findCards = reader.findCards.bind(reader);
  reader.findCards = (root) => {
    if (root === document) events.push('scan');
    return findCards(root);
  };
  const readHeader = reader.readHeader.bind(reader);
  reader.readHeader = (doc, target) => {
    events.push('header');
    return readHeader(doc, target);
  };
  return reader;
}

function start(reader: FakeReader): Collector {
  controller = new AbortController();
  const collector = new Collector({
    reader,
    signal: controller.signal,
    clock: () => t,
    sliceMs: BUDGET,
    send: async (batch) => {
      events.push('send');
      sent.push(batch);
    },
  });
  collector.retarget(new URL(ACME));
  return collector;
}

interface Task {
  events: string[];
  ms: number;
}

/** The timer tasks run so far in this test: what each did and cost. */
let tasks: Task[];
let fakeSetTimeout: typeof setTimeout;

/**
 * Records every timer task apart: Vitest's own stepping fires all timers due at the same moment
 * together, so each callback is wrapped instead.
 */
function recordTasks(): void {
  tasks = [];
  fakeSetTimeout = globalThis.setTimeout;
  const wrapped = (callback: () => void, ms?: number) =>
    fakeSetTimeout(() => {
      events = [];
      const before = t;
      callback();
      tasks.push({ events, ms: t - before });
    }, ms);
  globalThis.setTimeout = wrapped as typeof setTimeout;
}

/** Runs the collector's tasks until it is idle. */
async function runTasks(): Promise<Task[]> {
  await vi.advanceTimersByTimeAsync(5000);
  return tasks;
}

const readsIn = (task: Task) => task.events.filter((e) => e === 'read').length;

describe('Collector slices: no task does more than its budget allows', () => {
  it('with steady card costs, every slice keeps within the budget (it stops before a card that would not fit)', async () => {
    const list = feed();
    for (let i = 0; i < 30; i++) list.append(card(`p${i}`, i));
    const reader = costlyReader(() => 1.5);
    start(reader);
    const tasks = await runTasks();
    expect(reader.reads).toHaveLength(30);
    expect(Math.max(...tasks.map((task) => task.ms))).toBeLessThanOrEqual(BUDGET);
    expect(new Set(sent.flatMap((b) => b.posts.map((p) => p.id))).size).toBe(30);
  });

  it('with uneven card costs, no slice runs longer than the budget plus one card', async () => {
    const list = feed();
    for (let i = 0; i < 40; i++) list.append(card(`p${i}`, i));
    const costs = [0.2, 3.5, 0.5, 2.9, 0.1, 0.1, 0.1, 3.9, 1.2];
    const reader = costlyReader((nth) => costs[nth % costs.length] ?? 1);
    start(reader);
    const tasks = await runTasks();
    expect(reader.reads).toHaveLength(40);
    const dearest = Math.max(...costs);
    for (const task of tasks) expect(task.ms).toBeLessThanOrEqual(BUDGET + dearest);
  });

  it('the first read on a page (the reader’s cold start) has a slice to itself', async () => {
    const list = feed();
    for (let i = 0; i < 10; i++) list.append(card(`p${i}`, i));
    const reader = costlyReader((nth) => (nth === 0 ? 15 : 0.5)); // cold, then warm
    start(reader);
    const tasks = await runTasks();
    const firstRead = tasks.find((task) => readsIn(task) > 0);
    expect(firstRead?.events).toEqual(['read']);
    expect(firstRead?.ms).toBe(15);
    expect(Math.max(...tasks.filter((task) => task !== firstRead).map((task) => task.ms))).toBeLessThanOrEqual(BUDGET);
  });

  it('never scans the page, reads the header or sends in the same task as it reads cards', async () => {
    const list = feed();
    for (let i = 0; i < 60; i++) list.append(card(`p${i}`, i));
    const reader = costlyReader(() => 0.4);
    start(reader);
    const tasks = await runTasks();
    expect(reader.reads).toHaveLength(60);
    const pageWide = tasks.filter((task) => task.events.includes('scan') || task.events.includes('header'));
    expect(pageWide.length).toBeGreaterThanOrEqual(2); // the scan, and at least one header look
    for (const task of pageWide) expect(task.events.every((e) => e === 'scan' || e === 'header')).toBe(true);
    for (const task of tasks.filter((task) => task.events.includes('send'))) expect(readsIn(task)).toBe(0);
    // The cap per message still holds, and the header still goes out with the first message.
    expect(Math.max(...sent.map((b) => b.posts.length))).toBeLessThanOrEqual(POSTS_PER_MESSAGE);
    expect(sent[0]?.page.header?.name).toBe('Acme');
  });

  it('a flush asked for directly (page hidden or left) still looks at the header and sends at once', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const reader = costlyReader(() => 0.4);
    const collector = start(reader);
    await Promise.resolve();
    vi.advanceTimersToNextTimer(); // the scan
    vi.advanceTimersToNextTimer(); // the read
    events = [];
    collector.flush();
    expect(events).toEqual(['header', 'send']);
    expect(sent[0]?.posts.map((p) => p.id)).toEqual(['p1']);
    expect(sent[0]?.page.header?.name).toBe('Acme');
  });
});

describe('Collector warm-up steps', () => {
  it('run in slices of their own after the page scan and before the first card read, within the budget', async () => {
    const list = feed();
    for (let i = 0; i < 5; i++) list.append(card(`p${i}`, i));
    const reader = costlyReader(() => 0.5);
    const steps: number[] = [];
    function* warmUp() {
      for (let i = 0; i < 6; i++) {
        t += 1.5; // a pattern compiled
        events.push('warm');
        steps.push(i);
        yield;
      }
    }
    controller = new AbortController();
    const collector = new Collector({ reader, signal: controller.signal, clock: () => t, sliceMs: BUDGET, warmUp: warmUp(), send: async (batch) => void sent.push(batch) });
    collector.retarget(new URL(ACME));
    const done = await runTasks();
    expect(steps).toEqual([0, 1, 2, 3, 4, 5]);
    const kinds = done.map((task) => [...new Set(task.events)].join('+')).filter(Boolean);
    expect(kinds[0]).toBe('scan');
    const firstRead = kinds.indexOf('read');
    expect(kinds.slice(1, firstRead).every((kind) => kind === 'warm')).toBe(true);
    expect(kinds.slice(firstRead).includes('warm')).toBe(false);
    // Steady 1.5 ms steps: two fit a 4 ms slice, a third would not.
    const warmSlices = done.filter((task) => task.events.includes('warm'));
    expect(warmSlices.map((task) => task.events.length)).toEqual([2, 2, 2]);
    expect(Math.max(...warmSlices.map((task) => task.ms))).toBeLessThanOrEqual(BUDGET);
    expect(reader.reads).toHaveLength(5);
  });

  it('a warm-up step that throws ends the warm-up; the cards are still read', async () => {
    const list = feed();
    list.append(card('p1', 1));
    const reader = costlyReader(() => 0.5);
    function* warmUp(): Generator<void> {
      yield;
      throw new Error('pattern broke');
    }
    controller = new AbortController();
    const collector = new Collector({ reader, signal: controller.signal, clock: () => t, warmUp: warmUp(), send: async (batch) => void sent.push(batch) });
    collector.retarget(new URL(ACME));
    await runTasks();
    expect(sent.flatMap((b) => b.posts.map((p) => p.id))).toEqual(['p1']);
  });
});
