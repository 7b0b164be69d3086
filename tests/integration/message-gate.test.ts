/**
 * The trust boundary in the background (fake browser + fake IndexedDB): every message is classified
 * by sender and validated by zod before anything is written. Forged senders, forged and oversized
 * messages, prototype-pollution keys and platform mismatches are refused and write nothing.
 */
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../lib/db/database';
import { LIMITS, OBSERVATIONS } from '../../lib/messaging/protocol';
import { classifySender, handleMessage, isForBackground, RateLimiter, type RouterOptions } from '../../lib/messaging/router';
import { MAX_BATCH_TEXT } from '../../lib/messaging/schemas';
import { batch, comment, NOW, post } from '../unit/db/builders';
import { facebookContentScript, linkedinBatch, linkedinContentScript, message, OWN_ID, OWN_ORIGIN, STRANGERS, viaJson } from './forged';

let database: EchtDatabase;
let dropped: string[];
let options: RouterOptions;
beforeEach(() => {
  database = new EchtDatabase(`gate-${Math.random()}`);
  dropped = [];
  options = {
    ownOrigin: OWN_ORIGIN,
    limiter: new RateLimiter(),
    log: (reason) => dropped.push(reason),
    store: undefined,
  };
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

async function rowCount(): Promise<number> {
  let n = 0;
  for (const table of database.tables) n += await table.count();
  return n;
}

async function expectRefused(msg: unknown, sender = linkedinContentScript, reason?: string) {
  const response = await handleMessage(msg, sender, OWN_ID, database, options);
  expect(response.ok).toBe(false);
  if (reason) expect(response).toEqual({ ok: false, error: reason });
  expect(await rowCount()).toBe(0);
  expect(dropped.length).toBeGreaterThan(0);
}

describe('senders', () => {
  it('our content script on LinkedIn is accepted and its batch stored', async () => {
    expect(classifySender(linkedinContentScript, OWN_ID, OWN_ORIGIN)).toBe('own-content-script');
    const response = await handleMessage(message(), linkedinContentScript, OWN_ID, database, options);
    expect(response).toEqual({ ok: true, stored: 4 });
    expect(await database.posts.count()).toBe(2);
    expect(dropped).toEqual([]);
  });

  it('our content script on Facebook is accepted for a Facebook page', async () => {
    const fb = batch([post('fb:1', { authorPageKey: 'facebook:bakkerij.jansen' })], {}, 'facebook:bakkerij.jansen');
    expect(await handleMessage(message(fb), facebookContentScript, OWN_ID, database, options)).toMatchObject({ ok: true });
  });

  for (const [who, sender] of STRANGERS) {
    it(`refuses ${who}`, async () => {
      expect(classifySender(sender, OWN_ID, OWN_ORIGIN)).not.toBe('own-content-script');
      await expectRefused(message(), sender, 'sender not allowed');
    });
  }

  it('without knowing its own origin, an extension page is still not a content script', () => {
    expect(classifySender({ id: OWN_ID, url: `${OWN_ORIGIN}popup.html` }, OWN_ID)).toBe('own-extension-page');
  });
});

describe('platform must match the sending site', () => {
  const cases: Array<[string, () => unknown]> = [
    ['a Facebook page from LinkedIn', () => message(batch([post('fb:1', { authorPageKey: null })], {}, 'facebook:bakkerij.jansen'))],
    ['platform says facebook, key says linkedin', () => message({ ...linkedinBatch(), page: { ...linkedinBatch().page, platform: 'facebook' } })],
    ['page URL on Facebook', () => message({ ...linkedinBatch(), page: { ...linkedinBatch().page, pageUrl: 'https://www.facebook.com/kaasmeester' } })],
    ['a post by a Facebook author', () => message(batch([post('li:1', { authorPageKey: 'facebook:someone' })]))],
  ];
  for (const [what, build] of cases) {
    it(`refuses ${what}`, async () => {
      await expectRefused(build(), linkedinContentScript, 'platform mismatch');
    });
  }
});

describe('forged and malformed messages', () => {
  const valid = () => viaJson(message()) as { type: string; batch: ReturnType<typeof linkedinBatch> };
  const cases: Array<[string, () => unknown]> = [
    ['null', () => null],
    ['a string', () => 'echt:content→bg:observations'],
    ['an array', () => [message()]],
    ['an unknown type', () => ({ ...valid(), type: 'echt:content→bg:delete-everything' })],
    ['no batch', () => ({ type: OBSERVATIONS })],
    ['an extra top-level key', () => ({ ...valid(), extra: 1 })],
    ['an extra key in a post', () => { const m = valid(); (m.batch.posts[0] as unknown as Record<string, unknown>).isAdmin = true; return m; }],
    ['__proto__ as an own key of the batch', () => JSON.parse(`{"type":"${OBSERVATIONS}","batch":${JSON.stringify(linkedinBatch()).replace(/^\{/, '{"__proto__":{"polluted":true},')}}`)],
    ['__proto__ in a parse-health record', () => { const m = valid(); m.batch.health.missingFields = JSON.parse('{"__proto__":{"polluted":1}}'); return m; }],
    ['constructor in a parse-health record', () => { const m = valid(); m.batch.health.markup = { constructor: 1 }; return m; }],
    ['prototype in a parse-health record', () => { const m = valid(); m.batch.health.markup = { prototype: 1 }; return m; }],
    ['51 keys in a parse-health record', () => { const m = valid(); m.batch.health.markup = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 1])); return m; }],
    ['a count as a string', () => { const m = valid(); (m.batch.posts[0]!.counts as unknown as Record<string, unknown>).reactions = '12'; return m; }],
    ['a negative count', () => { const m = valid(); m.batch.posts[0]!.counts.reactions = -1; return m; }],
    ['a fractional count', () => { const m = valid(); m.batch.posts[0]!.counts.reactions = 1.5; return m; }],
    ['an infinite count', () => { const m = message(); (m as { batch: { posts: { counts: { reactions: number } }[] } }).batch.posts[0]!.counts.reactions = Infinity; return m; }],
    ['NaN', () => { const m = message(); (m as { batch: { posts: { counts: { reactions: number } }[] } }).batch.posts[0]!.counts.reactions = NaN; return m; }],
    ['a count above 5 billion', () => { const m = valid(); m.batch.posts[0]!.counts.reactions = 5e9 + 1; return m; }],
    ['a date before LinkedIn existed', () => { const m = valid(); m.batch.observedAt = Date.UTC(1999, 0, 1); return m; }],
    ['a date in the next century', () => { const m = valid(); m.batch.posts[0]!.publishedAt = Date.UTC(2101, 0, 1); return m; }],
    [`${LIMITS.postsPerBatch + 1} posts`, () => message(batch(Array.from({ length: LIMITS.postsPerBatch + 1 }, (_, i) => post(`li:${i}`))))],
    [`${LIMITS.commentsPerPost + 1} comments on a post`, () => message(batch([post('li:1', { comments: Array.from({ length: LIMITS.commentsPerPost + 1 }, (_, i) => comment(`c${i}`)) })]))],
    ['a post text over the limit', () => message(batch([post('li:1', { text: 'x'.repeat(LIMITS.textLength + 1) })]))],
    ['a batch over the total text budget', () => message(batch(Array.from({ length: Math.ceil(MAX_BATCH_TEXT / LIMITS.textLength) + 1 }, (_, i) => post(`li:${i}`, { text: 'x'.repeat(LIMITS.textLength) }))))],
    ['a name over the limit', () => message(batch([post('li:1', { authorName: 'x'.repeat(LIMITS.shortText + 1) })]))],
    ['a page key with spaces', () => message(batch([post('li:1')], {}, 'linkedin:company/a b'))],
    ['duplicate post ids', () => message(batch([post('li:1'), post('li:1')]))],
    ['an empty post id', () => message(batch([post('')]))],
    ['a page URL on another host', () => { const m = valid(); m.batch.page.pageUrl = 'https://evil.example/company/x/'; return m; }],
    ['a javascript: page URL', () => { const m = valid(); m.batch.page.pageUrl = 'javascript:alert(1)//https://www.linkedin.com/'; return m; }],
    ['an unknown media kind', () => { const m = valid(); (m.batch.posts[0] as unknown as Record<string, unknown>).mediaKind = 'script'; return m; }],
    ['a symbol-free but deeply nested object in a field', () => { const m = valid(); let deep: unknown = 'x'; for (let i = 0; i < 5000; i++) deep = { a: deep }; (m.batch.posts[0] as unknown as Record<string, unknown>).text = deep; return m; }],
  ];
  for (const [what, build] of cases) {
    it(`refuses ${what}`, async () => {
      await expectRefused(build());
    });
  }

  it('leaves Object.prototype untouched', async () => {
    await handleMessage(JSON.parse(`{"type":"${OBSERVATIONS}","__proto__":{"polluted":true},"batch":{}}`), linkedinContentScript, OWN_ID, database, options);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('what is stored is defanged', () => {
  it('drops javascript:/data: links and non-platform author URLs, keeps the rest of the post', async () => {
    const b = batch([
      post('li:1', {
        links: ['https://example.com/shop', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:void(0)', 'http://example.org/'],
        comments: [comment('c1', { authorUrl: 'javascript:alert(document.domain)' }), comment('c2', { authorUrl: 'https://evil.example/in/x' })],
      }),
    ]);
    expect(await handleMessage(message(b), linkedinContentScript, OWN_ID, database, options)).toMatchObject({ ok: true });
    const stored = await database.posts.get('linkedin:company/kaasmeester|li:1');
    expect(stored!.links).toEqual(['https://example.com/shop', 'http://example.org/']);
    expect((await database.comments.toArray()).map((c) => c.authorUrl)).toEqual([null, null]);
  });

  it('stores markup-looking text as text, byte for byte', async () => {
    const text = '<img src=x onerror="alert(1)"> <a href="javascript:alert(2)">click</a> </textarea><script>alert(3)</script>';
    await handleMessage(message(batch([post('li:1', { text })])), linkedinContentScript, OWN_ID, database, options);
    expect((await database.posts.get('linkedin:company/kaasmeester|li:1'))!.text).toBe(text);
  });
});

describe('flooding', () => {
  it('a tab sending far more than the collector ever does is cut off for the minute', async () => {
    options.limiter = new RateLimiter(5, 60_000);
    options.now = () => NOW;
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await handleMessage(message(batch([post(`li:${i}`)])), linkedinContentScript, OWN_ID, database, options));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.at(-1)).toEqual({ ok: false, error: 'rate limited' });
    expect(await database.posts.count()).toBe(5);
    options.now = () => NOW + 60_001;
    expect(await handleMessage(message(batch([post('li:x')])), linkedinContentScript, OWN_ID, database, options)).toMatchObject({ ok: true });
  });
});

describe('addressing', () => {
  it('only echt:…→bg:… messages are for the background', () => {
    expect(isForBackground(message())).toBe(true);
    expect(isForBackground({ type: 'echt:page→content:show-posts' })).toBe(false);
    expect(isForBackground({ type: 'something-else' })).toBe(false);
    expect(isForBackground('echt:content→bg:observations')).toBe(false);
    expect(isForBackground(null)).toBe(false);
  });
});
