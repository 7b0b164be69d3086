// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/company/acme/posts/" }
/**
 * What happens to read posts when delivering them fails for a moment (the service worker was
 * stopped while a batch was on its way: seen in Chromium, tests/e2e/lifecycle.spec.ts). The
 * collector must keep working and deliver the posts later; only an orphaned content script stops.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Collector } from '../../../lib/collector/collector';
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
  // KNOWN ISSUE K10 (reported): Collector.flush() does `send(batch).catch(() => this.stop())`,
  // so one transient failure (worker stopped mid-message) ends collection on that page for good
  // and the batch is lost. Fix: send through lib/messaging/send.ts (retries, stops only on
  // ContextInvalidatedError), or keep the batch and stop only when runtime.id is gone.
  it.fails('keeps collecting and delivers the posts of the failed batch (KNOWN ISSUE K10)', async () => {
    const delivered: ObservationBatch[] = [];
    let calls = 0;
    const list = feed();
    list.append(card('p1', 10), card('p2', 20));
    const collector = new Collector({
      reader: fakeReader(),
      signal: controller.signal,
      send: async (batch) => {
        if (calls++ === 0) throw new Error('The message port closed before a response was received.');
        delivered.push(batch);
        return { ok: true, stored: batch.posts.length };
      },
    });
    collector.retarget(new URL(location.href));
    await tick();
    list.append(card('p3', 30));
    await tick();
    await tick(10_000);
    expect(delivered.flatMap((b) => b.posts.map((p) => p.id)).sort()).toEqual(['p1', 'p2', 'p3']);
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
