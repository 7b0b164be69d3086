/**
 * The content script's side of OBSERVATIONS: one call that delivers a batch to the background and
 * survives the background's own lifecycle. Plain code, no zod: content scripts import this.
 *
 * Two kinds of failure look alike to `runtime.sendMessage` and must be told apart:
 * - the content script is orphaned (the extension was updated, reloaded or removed): its
 *   `runtime.id` is gone. Nothing will ever be delivered; the caller should stop for good.
 *   `sendObservations` throws a ContextInvalidatedError.
 * - the service worker was stopped or restarted while the message was on its way ("Could not
 *   establish connection", "The message port closed before a response was received"), or its
 *   write failed ("storage failed"). Transient: the batch is sent again, with backoff. Writes are
 *   idempotent (posts and comments are keyed; a snapshot is stored only when counts changed), so
 *   a batch that was in fact stored before the answer was lost does no harm when repeated.
 *
 * Batches larger than the background accepts are split first (./split-batch.ts).
 */
import { OBSERVATIONS, type BackgroundResponse, type ObservationsMessage } from './protocol';
import { splitBatch } from './split-batch';
import type { ObservationBatch } from '../platforms/types';

export class ContextInvalidatedError extends Error {
  override readonly name = 'ContextInvalidatedError';
}

export interface MessagingRuntime {
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export interface SendOptions {
  /** Attempts per part, the first included. */
  attempts?: number;
  /** First backoff (ms); doubles per retry. */
  backoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const INVALIDATED = /context invalidated|extension context|Extension has been (?:reloaded|removed)/i;

function isOrphaned(runtime: MessagingRuntime | undefined, error?: unknown): boolean {
  let id: string | undefined;
  try {
    id = runtime?.id; // throws in some browsers once the context is gone
  } catch {
    return true;
  }
  return !id || (error !== undefined && INVALIDATED.test(String((error as Error | null)?.message ?? error)));
}

async function sendPart(runtime: MessagingRuntime, batch: ObservationBatch, options: Required<SendOptions>): Promise<BackgroundResponse> {
  const message: ObservationsMessage = { type: OBSERVATIONS, batch };
  for (let attempt = 1; ; attempt++) {
    if (isOrphaned(runtime)) throw new ContextInvalidatedError('extension context invalidated');
    let response: unknown;
    try {
      response = await runtime.sendMessage(message);
    } catch (error) {
      if (isOrphaned(runtime, error)) throw new ContextInvalidatedError('extension context invalidated', { cause: error });
      if (attempt >= options.attempts) throw error;
      await options.sleep(options.backoffMs * 2 ** (attempt - 1));
      continue;
    }
    const answer = response as BackgroundResponse | undefined;
    // No answer at all: the worker went away before answering. A write that failed is worth
    // another try too; a refusal (invalid, not allowed) is final.
    const transient = answer === undefined || (answer.ok === false && answer.error === 'storage failed');
    if (!transient || attempt >= options.attempts) return answer ?? { ok: false, error: 'no answer' };
    await options.sleep(options.backoffMs * 2 ** (attempt - 1));
  }
}

/** Sends a batch (split as needed); resolves with one answer per part. */
export async function sendObservations(runtime: MessagingRuntime, batch: ObservationBatch, options: SendOptions = {}): Promise<BackgroundResponse[]> {
  const full: Required<SendOptions> = {
    attempts: options.attempts ?? 5,
    backoffMs: options.backoffMs ?? 200,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const answers: BackgroundResponse[] = [];
  for (const part of splitBatch(batch)) answers.push(await sendPart(runtime, part, full));
  return answers;
}
