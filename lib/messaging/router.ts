/**
 * The background's message gate (Bitwarden's order): classify the sender, then parse the payload
 * with a schema, then handle. Anything that fails a step is dropped, logged (reason only, never
 * the payload) and answered with an error; nothing is written.
 *
 * Who may send what:
 * - OBSERVATIONS only from our own content script: our extension id, a tab, the top frame, and a
 *   sender URL *and* tab URL on www.linkedin.com / www.facebook.com (sender.url alone is not
 *   trusted). The batch must be about the sender's platform (page, page URL, post authors).
 * - Web pages cannot reach us at all (no `externally_connectable`, no onMessageExternal; the
 *   manifest test checks both). Other extensions' messages arrive only through onMessageExternal,
 *   which we never listen to; a foreign sender.id is still refused here.
 * - Per tab at most RATE_LIMIT messages a minute: a runaway content script cannot flood the
 *   worker. Set well above real use: the collector sends at most 25 posts a message, so a 10,000
 *   post page is 400 messages in a couple of minutes (a tighter limit of 240 lost 925 of them in
 *   the e2e test, tests/e2e/lifecycle.spec.ts).
 */
import type { Browser } from 'wxt/browser';
import type { Platform } from '../analysis/model';
import type { EchtDatabase } from '../db/database';
import type { RecordResult } from '../db/repository';
import { storeObservations } from '../db/writer';
import type { ObservationBatch } from '../platforms/types';
import { OBSERVATIONS, type BackgroundResponse } from './protocol';
import { observationsMessageSchema } from './schemas';

type Sender = Browser.runtime.MessageSender;

const SITES: ReadonlyArray<[Platform, RegExp, string]> = [
  ['linkedin', /^https:\/\/www\.linkedin\.com\//, 'https://www.linkedin.com'],
  ['facebook', /^https:\/\/www\.facebook\.com\//, 'https://www.facebook.com'],
];

export type SenderClass = 'own-content-script' | 'own-extension-page' | 'stranger';

/** The platform a URL belongs to (exact https origins only), or null. */
export function platformOfUrl(url: string | undefined): Platform | null {
  if (!url) return null;
  for (const [platform, pattern] of SITES) if (pattern.test(url)) return platform;
  return null;
}

/**
 * Who sent this. `ownOrigin` is our extension origin (`chrome-extension://<id>/`); without it an
 * extension page is recognised by having no tab.
 */
export function classifySender(sender: Sender, ownId: string, ownOrigin?: string): SenderClass {
  if (!ownId || sender.id !== ownId) return 'stranger';
  const url = sender.url ?? '';
  if (ownOrigin && url.startsWith(ownOrigin)) return 'own-extension-page';
  if (sender.tab) {
    // Content scripts run in the top frame only: a frame inside the page is not us.
    if (sender.frameId !== undefined && sender.frameId !== 0) return 'stranger';
    const platform = platformOfUrl(url);
    if (!platform) return 'stranger';
    const origin = (sender as { origin?: string }).origin;
    if (origin !== undefined && SITES.find(([p]) => p === platform)?.[2] !== origin) return 'stranger';
    const tabUrl = sender.tab.url;
    if (tabUrl !== undefined && platformOfUrl(tabUrl) !== platform) return 'stranger';
    return 'own-content-script';
  }
  return ownOrigin ? 'stranger' : 'own-extension-page';
}

/** Every way a batch can claim to be about another platform than the site that sent it. */
function platformMismatch(batch: ObservationBatch, platform: Platform): boolean {
  if (batch.page.platform !== platform) return true;
  if (!batch.page.pageKey.startsWith(`${platform}:`)) return true;
  if (platformOfUrl(batch.page.pageUrl) !== platform) return true;
  return batch.posts.some((post) => post.authorPageKey !== null && !post.authorPageKey.startsWith(`${platform}:`));
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any message we send (message → batch → posts → post → comments → comment → field). */
const MAX_DEPTH = 10;
const MAX_NODES = 1_500_000;

/**
 * Before the schema: refuse prototype-pollution keys anywhere (zod would silently drop some of
 * them from records; we would rather know) and shapes deeper or bigger than any real message.
 */
export function suspiciousShape(message: unknown): string | null {
  const stack: Array<[unknown, number]> = [[message, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (++nodes > MAX_NODES) return 'message too large';
    if (depth > MAX_DEPTH) return 'message too deep';
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return 'forbidden key';
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/** Messages per tab per minute: 20 a second, far above what scrolling produces. */
export const RATE_LIMIT = 1200;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    private readonly limit = RATE_LIMIT,
    private readonly windowMs = 60_000,
  ) {}

  allow(key: string, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs || now < w.start) {
      if (this.windows.size > 1000) this.windows.clear();
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.limit;
  }
}

export interface RouterOptions {
  /** Our extension origin, e.g. browser.runtime.getURL('/'). */
  ownOrigin?: string;
  /** The write path; storeObservations (settings, hashing, quota, retention) by default. */
  store?: (database: EchtDatabase, batch: ObservationBatch) => Promise<RecordResult>;
  limiter?: RateLimiter;
  now?: () => number;
  /** Where drops are reported (reason and sender origin only). */
  log?: (reason: string, from: string) => void;
}

const defaultLimiter = new RateLimiter();

/** True for messages addressed to the background (`echt:…→bg:…`); the listener ignores the rest. */
export function isForBackground(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof message === 'object' && message !== null && typeof type === 'string' && type.startsWith('echt:') && type.includes('→bg:');
}

function originOf(sender: Sender): string {
  try {
    return sender.url ? new URL(sender.url).origin : sender.id ? `extension ${sender.id}` : 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function handleMessage(
  message: unknown,
  sender: Sender,
  ownId: string,
  database: EchtDatabase,
  options: RouterOptions = {},
): Promise<BackgroundResponse> {
  const log = options.log ?? ((reason, from) => console.warn(`Echt: dropped a message (${reason}) from ${from}`));
  const refuse = (error: string): BackgroundResponse => {
    log(error, originOf(sender));
    return { ok: false, error };
  };
  if (classifySender(sender, ownId, options.ownOrigin) !== 'own-content-script') return refuse('sender not allowed');
  const platform = platformOfUrl(sender.url);
  if (!platform) return refuse('sender not allowed');
  const tabKey = String(sender.tab?.id ?? 'no-tab');
  if (!(options.limiter ?? defaultLimiter).allow(tabKey, (options.now ?? Date.now)())) return refuse('rate limited');
  if ((message as { type?: unknown } | null)?.type !== OBSERVATIONS) return refuse('unknown message');
  const suspicious = suspiciousShape(message);
  if (suspicious) return refuse(suspicious);
  const parsed = observationsMessageSchema.safeParse(message);
  if (!parsed.success) return refuse('invalid message');
  const { batch } = parsed.data;
  if (platformMismatch(batch, platform)) return refuse('platform mismatch');
  const result = await (options.store ?? storeObservations)(database, batch);
  return { ok: true, stored: result.newPosts + result.newSnapshots };
}
