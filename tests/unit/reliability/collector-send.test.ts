// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/company/acme/posts/" }
/**
 * What happens to read posts when delivering them fails for a moment (the service worker was
 * stopped while a batch was on its way: seen in Chromium, tests/e2e/lifecycle.spec.ts). The
 * collector must keep working and deliver the posts later; only an orphaned content script stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Collector } from '../../../lib/collector/collector';
import { sendObservations, type MessagingRuntime } from '../../../lib/messaging/send';
import type { ObservationBatch } from '../../../lib/platforms/types';
import { card, fakeReader, feed } from '../../dom/collector/fake-reader';

let controller: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

async function tick(ms = 3000): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('collector when a send fails once', () => {
  // K10 (found in Chromium, fixed in 2ae7bf6): one transient failure (the worker stopped while a
  // batch was on its way) stopped the collector for good. startCollector now sends through
  // sendObservations, which retries; the collector stops only when the script is orphaned.
  it('keeps collecting and delivers the posts of the failed batch, as startCollector wires it (K10)', async () => {
    const delivered: ObservationBatch[] = [];
    let calls = 0;
    const runtime: MessagingRuntime = {
      id: 'echt',
      sendMessage: async (message) => {
        if (calls++ === 0) throw new Error('The message port closed before a response was received.');
        delivered.push((message as { batch: ObservationBatch }).batch);
        return { ok: true, stored: 1 };
      },
    };
    const list = feed();
    list.append(card('p1', 10), card('p2', 20));
    const collector = new Collector({ reader: fakeReader(), signal: controller.signal, send: (batch) => sendObservations(runtime, batch) });
    collector.retarget(new URL(location.href));
    await tick();
    list.append(card('p3', 30));
    await tick();
    await tick(10_000);
    expect(delivered.flatMap((b) => b.posts.map((p) => p.id)).sort()).toEqual(['p1', 'p2', 'p3']);
  });

  it('an orphaned script (runtime.id gone) stops for good and sends nothing more', async () => {
    const runtime: { id?: string; sendMessage(m: unknown): Promise<unknown> } = { id: 'echt', sendMessage: async () => ({ ok: true, stored: 1 }) };
    let sends = 0;
    const list = feed();
    list.append(card('p1', 10));
    const collector = new Collector({ reader: fakeReader(), signal: controller.signal, send: (batch) => (sends++, sendObservations(runtime, batch)) });
    collector.retarget(new URL(location.href));
    await tick();
    expect(sends).toBe(1);
    delete runtime.id; // the extension was reloaded
    list.append(card('p2', 20));
    await tick();
    list.append(card('p3', 30));
    await tick();
    expect(sends).toBe(2); // the one that found out; after it, nothing
  });

  it('an invalidated context (aborted signal) sends nothing more', async () => {
    const delivered: ObservationBatch[] = [];
    const list = feed();
    list.append(card('p1', 10));
    const collector = new Collector({ reader: fakeReader(), signal: controller.signal, send: async (b) => void delivered.push(b) });
    collector.retarget(new URL(location.href));
    await tick();
    controller.abort();
    list.append(card('p2', 20));
    await tick();
    expect(delivered.flatMap((b) => b.posts.map((p) => p.id))).toEqual(['p1']);
  });
});

describe('collector when the page goes away', () => {
  // K11 (found here, fixed): what was read in the last second before a navigation used to be lost.
  it('sends what it has read when the page is hidden or left (K11)', async () => {
    const delivered: ObservationBatch[] = [];
    const list = feed();
    list.append(card('p1', 10));
    const collector = new Collector({ reader: fakeReader(), signal: controller.signal, send: async (b) => void delivered.push(b) });
    collector.retarget(new URL(location.href));
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(300); // read, flush timer still pending
    window.dispatchEvent(new Event('pagehide'));
    await Promise.resolve();
    expect(delivered.flatMap((b) => b.posts.map((p) => p.id))).toEqual(['p1']);
  });
});
