/**
 * Property tests of the message gate (fast-check): random values, random mutations of a valid
 * message and random senders. The gate never throws, refuses what the schema refuses, and a
 * refused message writes nothing.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../lib/db/database';
import { deleteEverything } from '../../lib/db/privacy';
import { classifySender, handleMessage, RateLimiter, type RouterOptions } from '../../lib/messaging/router';
import { observationsMessageSchema } from '../../lib/messaging/schemas';
import { linkedinContentScript, message, OWN_ID, OWN_ORIGIN, viaJson } from './forged';

const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);

let database: EchtDatabase;
const options: RouterOptions = { ownOrigin: OWN_ORIGIN, limiter: new RateLimiter(Number.MAX_SAFE_INTEGER), log: () => {} };
beforeAll(() => {
  database = new EchtDatabase(`fuzz-${Math.random()}`);
});
afterAll(async () => {
  database.close();
  await Dexie.delete(database.name);
});

async function rowCount(): Promise<number> {
  let n = 0;
  for (const table of database.tables) n += await table.count();
  return n;
}

/** Every path into a JSON value, e.g. ['batch', 'posts', 0, 'counts', 'reactions']. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function mutate(root: unknown, path: (string | number)[], mutation: Mutation): unknown {
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : root;
  const copy = viaJson(root) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) Object.defineProperty(target, mutation.key, { value: mutation.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const VALID = viaJson(message());
const PATHS = paths(VALID);
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(-1, 1.5, 5e9 + 1, Number.MAX_SAFE_INTEGER, NaN, Infinity, '', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '\u202e\u200b', 'x'.repeat(25_000), [], {}, null, true),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  hostileValue.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'isAdmin', 'type'), hostileValue).map(([key, value]) => ({ kind: 'add' as const, key, value })),
);

describe('message gate fuzz', () => {
  it(`refuses arbitrary values and writes nothing (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4 }), async (value) => {
        const response = await handleMessage(value, linkedinContentScript, OWN_ID, database, options);
        expect(response.ok).toBe(false);
        expect(await rowCount()).toBe(0);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`mutated valid messages: accepted exactly when the schema accepts them, else nothing written (${RUNS} runs)`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), mutation, async (path, m) => {
        await deleteEverything(database);
        const forged = mutate(VALID, path, m);
        const schemaOk = observationsMessageSchema.safeParse(forged).success;
        const response = await handleMessage(forged, linkedinContentScript, OWN_ID, database, options);
        if (!response.ok) {
          expect(await rowCount()).toBe(0);
          return;
        }
        accepted++;
        expect(schemaOk).toBe(true);
        // whatever was accepted is well-formed in storage
        for (const p of await database.posts.toArray()) {
          for (const v of Object.values(p.lastCounts ?? {})) expect(v === null || (Number.isSafeInteger(v) && v >= 0)).toBe(true);
          expect(p.uid.startsWith('linkedin:')).toBe(true);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(accepted).toBeGreaterThan(0); // the property did not pass by refusing everything
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`random senders: only our top-frame content script on the two sites passes (${RUNS * 3} runs)`, () => {
    const url = fc.constantFrom(
      'https://www.linkedin.com/company/x/',
      'https://www.facebook.com/x',
      'https://evil.example/',
      'http://www.linkedin.com/',
      'https://www.linkedin.com.evil.example/',
      `${OWN_ORIGIN}popup.html`,
      'chrome-extension://other/page.html',
      'about:blank',
    );
    const sender = fc.record(
      {
        id: fc.constantFrom(OWN_ID, 'other-extension', ''),
        url,
        origin: fc.constantFrom('https://www.linkedin.com', 'https://www.facebook.com', 'https://evil.example', 'null'),
        frameId: fc.constantFrom(0, 1, 42),
        tab: fc.record({ id: fc.nat(), url }, { requiredKeys: ['id'] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sender, (s) => {
        const cls = classifySender(s as never, OWN_ID, OWN_ORIGIN);
        const site = (u: string | undefined) => (u ? /^https:\/\/www\.(linkedin|facebook)\.com\//.exec(u)?.[1] : undefined);
        const expected =
          s.id === OWN_ID &&
          !!s.tab &&
          (s.frameId === undefined || s.frameId === 0) &&
          site(s.url) !== undefined &&
          (s.origin === undefined || s.origin === `https://www.${site(s.url)}.com`) &&
          (s.tab.url === undefined || site(s.tab.url) === site(s.url)) &&
          !s.url?.startsWith(OWN_ORIGIN);
        expect(cls === 'own-content-script').toBe(expected);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });
});
