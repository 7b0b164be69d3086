/**
 * The background's message gate (Bitwarden's order): classify the sender, then parse the payload
 * with a schema, then handle. Anything that fails a step is dropped and answered with an error;
 * nothing is written. `sender.url` is not trusted on its own: the tab URL must be one of ours too.
 */
import type { Browser } from 'wxt/browser';
import type { EchtDatabase } from '../db/database';
import { recordBatch } from '../db/repository';
import type { BackgroundResponse } from './protocol';
import { observationsMessageSchema } from './schemas';

type Sender = Browser.runtime.MessageSender;

const CONTENT_ORIGINS = /^https:\/\/www\.(linkedin|facebook)\.com\//;

export type SenderClass = 'own-content-script' | 'own-extension-page' | 'stranger';

export function classifySender(sender: Sender, ownId: string): SenderClass {
  if (sender.id !== ownId) return 'stranger';
  if (sender.tab) {
    const url = sender.url ?? '';
    const tabUrl = sender.tab.url ?? url;
    return CONTENT_ORIGINS.test(url) && CONTENT_ORIGINS.test(tabUrl) ? 'own-content-script' : 'stranger';
  }
  return 'own-extension-page';
}

export async function handleMessage(message: unknown, sender: Sender, ownId: string, database: EchtDatabase): Promise<BackgroundResponse> {
  if (classifySender(sender, ownId) !== 'own-content-script') return { ok: false, error: 'sender not allowed' };
  const parsed = observationsMessageSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'invalid message' };
  const { batch } = parsed.data;
  // The page must belong to the platform of the site that sent it.
  const senderPlatform = /linkedin\.com/.test(sender.url ?? '') ? 'linkedin' : 'facebook';
  if (batch.page.platform !== senderPlatform || !batch.page.pageKey.startsWith(`${senderPlatform}:`)) {
    return { ok: false, error: 'platform mismatch' };
  }
  const result = await recordBatch(database, batch);
  return { ok: true, stored: result.newPosts + result.newSnapshots };
}
