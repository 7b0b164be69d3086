/** sendObservations: orphaned → stop; worker restarts and failed writes → retry; big → split. */
import { describe, expect, it } from 'vitest';
import { LIMITS, OBSERVATIONS } from '../../../lib/messaging/protocol';
import { ContextInvalidatedError, sendObservations, type MessagingRuntime } from '../../../lib/messaging/send';
import { batch, post } from '../db/builders';

const noSleep = { sleep: async () => {} };

function runtime(script: Array<unknown | Error>, id: string | null = 'ext'): MessagingRuntime & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    id: id ?? undefined,
    sent,
    sendMessage: async (message: unknown) => {
      sent.push(message);
      const next = script.length > 0 ? script.shift() : { ok: true, stored: 1 };
      if (next instanceof Error) throw next;
      return next;
    },
  };
}

describe('sendObservations', () => {
  it('sends the batch as an OBSERVATIONS message and returns the answer', async () => {
    const rt = runtime([{ ok: true, stored: 2 }]);
    expect(await sendObservations(rt, batch([post('li:1')]), noSleep)).toEqual([{ ok: true, stored: 2 }]);
    expect(rt.sent).toEqual([{ type: OBSERVATIONS, batch: batch([post('li:1')]) }]);
  });

  it('retries when the service worker was stopped or restarted in between', async () => {
    const rt = runtime([
      new Error('Could not establish connection. Receiving end does not exist.'),
      new Error('The message port closed before a response was received.'),
      undefined, // the worker died before answering
      { ok: true, stored: 1 },
    ]);
    expect(await sendObservations(rt, batch([post('li:1')]), noSleep)).toEqual([{ ok: true, stored: 1 }]);
    expect(rt.sent).toHaveLength(4);
  });

  it('retries a failed write, but not a refusal', async () => {
    const failed = runtime([{ ok: false, error: 'storage failed' }, { ok: true, stored: 1 }]);
    expect(await sendObservations(failed, batch([post('li:1')]), noSleep)).toEqual([{ ok: true, stored: 1 }]);
    const refused = runtime([{ ok: false, error: 'invalid message' }]);
    expect(await sendObservations(refused, batch([post('li:1')]), noSleep)).toEqual([{ ok: false, error: 'invalid message' }]);
    expect(refused.sent).toHaveLength(1);
  });

  it('gives up after the attempts with the last error (the caller may keep the batch)', async () => {
    const rt = runtime(Array.from({ length: 10 }, () => new Error('The message port closed before a response was received.')));
    await expect(sendObservations(rt, batch([post('li:1')]), { ...noSleep, attempts: 3 })).rejects.toThrow(/port closed/);
    expect(rt.sent).toHaveLength(3);
  });

  it('an orphaned content script stops at once: ContextInvalidatedError, no retries', async () => {
    const gone = runtime([], null);
    await expect(sendObservations(gone, batch([post('li:1')]), noSleep)).rejects.toBeInstanceOf(ContextInvalidatedError);
    expect(gone.sent).toHaveLength(0);
    const invalidated = runtime([new Error('Extension context invalidated.')]);
    await expect(sendObservations(invalidated, batch([post('li:1')]), noSleep)).rejects.toBeInstanceOf(ContextInvalidatedError);
    expect(invalidated.sent).toHaveLength(1);
  });

  it('splits what the background would refuse as too big', async () => {
    const rt = runtime([]);
    const answers = await sendObservations(rt, batch(Array.from({ length: 450 }, (_, i) => post(`li:${i}`))), noSleep);
    expect(answers).toHaveLength(Math.ceil(450 / LIMITS.postsPerBatch));
    expect(rt.sent).toHaveLength(3);
  });

  it('backs off between attempts, doubling', async () => {
    const waits: number[] = [];
    const rt = runtime([new Error('Could not establish connection.'), new Error('Could not establish connection.'), { ok: true, stored: 0 }]);
    await sendObservations(rt, batch([post('li:1')]), { backoffMs: 100, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([100, 200]);
  });
});
