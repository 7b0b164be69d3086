/**
 * Imported files cross the same trust boundary as runtime messages: validated whole before the
 * store is touched, refused atomically. Random values, random mutations of a valid export, and
 * prototype-pollution keys: importJson never throws, a refused file changes nothing, an accepted
 * one stores only well-formed rows.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/database';
import { deleteEverything } from '../../lib/db/privacy';
import { dumpPages, restorePages } from '../../lib/db/repository';
import { exportFile } from '../../lib/export/format';
import { parseExport, serializeExport } from '../../lib/export/json';
import { sampleDump } from '../unit/export/samples';

/**
 * lib/report/your-data.ts importJson, step for step (importing that module here starts WXT's
 * storage items, which need the real extension APIs): check the whole file, then one transaction.
 */
async function importJson(text: string): Promise<{ ok: boolean }> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  await restorePages(db(), parsed.file.pages);
  return { ok: true };
}

const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);
const NOW = Date.UTC(2026, 10, 21);

const VALID = JSON.parse(serializeExport(exportFile([sampleDump(), sampleDump('linkedin:company/other')], NOW))) as unknown;
/** What is stored before every import: one page the file does not contain. */
const RESIDENT = sampleDump('linkedin:company/resident');

async function storeSnapshot(): Promise<string> {
  return JSON.stringify(await dumpPages(db()));
}

beforeAll(async () => {
  await deleteEverything(db());
});
afterAll(async () => {
  db().close();
  await Dexie.delete('echt');
});

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = JSON.parse(JSON.stringify(root)) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

const PATHS = paths(VALID);
const hostile = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(-1, 1.5, 5e9 + 1, NaN, '', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', 'x'.repeat(30_000), [], {}, null, 'linkedin:company/resident', 'facebook:other'),
);

describe('import fuzz', () => {
  it(`arbitrary text is refused and changes nothing (${RUNS} runs)`, async () => {
    await deleteEverything(db());
    await restorePages(db(), [RESIDENT]);
    const before = await storeSnapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? '')), async (text) => {
        const outcome = await importJson(text);
        expect(outcome.ok).toBe(false);
        expect(await storeSnapshot()).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it(`mutated exports: refused ones change nothing, accepted ones store well-formed rows (${RUNS} runs)`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), hostile, async (path, value) => {
        await deleteEverything(db());
        await restorePages(db(), [RESIDENT]);
        const before = await storeSnapshot();
        const outcome = await importJson(JSON.stringify(setAt(VALID, path, value)));
        if (!outcome.ok) {
          expect(await storeSnapshot()).toBe(before);
          return;
        }
        accepted++;
        for (const dump of await dumpPages(db())) {
          expect(dump.page.key).toMatch(/^(linkedin|facebook):\S+$/);
          for (const post of dump.posts) {
            for (const s of post.snapshots) for (const v of [s.reactions, s.comments, s.reposts, s.impressions]) expect(v === null || (Number.isSafeInteger(v) && v >= 0)).toBe(true);
            for (const link of post.links) expect(link).toMatch(/^https?:\/\//i);
            for (const c of post.comments) expect(c.authorUrl === null || /^https:\/\//.test(c.authorUrl)).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);

  it('prototype-pollution keys are refused, or dropped without reaching the store; Object.prototype stays clean', async () => {
    await deleteEverything(db());
    await restorePages(db(), [RESIDENT]);
    const before = await storeSnapshot();
    const text = JSON.stringify(VALID);
    const forged = [
      text.replace(/^\{/, '{"__proto__":{"polluted":true},'),
      text.replace('"health":{', '"health":{"__proto__":{"polluted":true},'),
      text.replace('"missingFields":{', '"missingFields":{"__proto__":1,'),
      text.replace('"markup":{', '"markup":{"constructor":{"prototype":{"polluted":true}},'),
      text.replace('"page":{', '"page":{"__proto__":{"isAdmin":true},'),
    ];
    for (const file of forged) {
      expect(file).not.toBe(text);
      await deleteEverything(db());
      await restorePages(db(), [RESIDENT]);
      const outcome = await importJson(file);
      if (!outcome.ok) expect(await storeSnapshot()).toBe(before);
      // zod drops `__proto__` keys of records silently instead of refusing the file: safe, and
      // what is stored must not carry them
      else expect(await storeSnapshot()).not.toMatch(/__proto__|polluted|isAdmin/);
    }
    // objects (not records) are strict: a `__proto__` key there refuses the file
    expect((await importJson(forged[0]!)).ok).toBe(false);
    expect((await importJson(forged[4]!)).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
