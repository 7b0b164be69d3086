/**
 * Schema migrations: from every earlier version, with that version's fixture, to the latest,
 * losing no row; a failing migration stops with a clear error and leaves the data as it was.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EchtDatabase, openDatabase, StorageOpenError } from '../../../lib/db/database';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../../lib/db/migrations';
import { loadPage } from '../../../lib/db/repository';
import { v1Rows, V1_NOW } from './fixtures/v1';
import { v2Rows } from './fixtures/v2';
import { countAll, databaseAt, freshName } from './helpers';

/** One fixture per schema version: the rows that version stored. */
const FIXTURES: Record<number, () => Record<string, Record<string, unknown>[]>> = {
  1: () => ({ ...v1Rows() }),
  2: () => ({ ...v2Rows() }),
};

/** Primary key of each table, to find a fixture row after the upgrade. */
const KEYS: Record<string, string> = { pages: 'key', posts: 'uid', comments: 'uid', meta: 'key', snapshots: 'seq' };

const open: EchtDatabase[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) d.close();
});
function track(d: EchtDatabase): EchtDatabase {
  open.push(d);
  return d;
}

async function seed(name: string, version: number): Promise<Record<string, Record<string, unknown>[]>> {
  const rows = FIXTURES[version]!();
  const old = track(databaseAt(name, version));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  // snapshots get their seq on insert: remember them so each row can be found again
  rows.snapshots = await old.table('snapshots').toArray();
  old.close();
  return rows;
}

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps, each with a description and a fixture', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.description.length).toBeGreaterThan(20);
      expect(FIXTURES[m.version], `tests/unit/db/fixtures/v${m.version}.ts`).toBeTypeOf('function');
    });
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
  });

  for (const from of MIGRATIONS.map((m) => m.version)) {
    it(from < LATEST_VERSION ? `upgrade v${from} → v${LATEST_VERSION} keeps every row and every field` : `reopening v${from} keeps every row and every field`, async () => {
      const name = freshName('migrate');
      const seeded = await seed(name, from);
      const latest = track(new EchtDatabase(name));
      await openDatabase(latest);
      expect(latest.verno).toBe(LATEST_VERSION);
      const counts = await countAll(latest);
      for (const [table, rows] of Object.entries(seeded)) {
        expect(counts[table], `rows in ${table}`).toBe(rows.length);
        const key = KEYS[table]!;
        for (const row of rows) {
          const stored = await latest.table(table).get(row[key] as never);
          expect(stored, `${table} ${String(row[key])}`).toBeDefined();
          // every field the old version stored is still there, unchanged
          expect(stored).toMatchObject(row);
        }
      }
      // the fields v2 indexes exist on every row, so retention can see every row
      expect((await latest.posts.toArray()).every((p) => typeof p.lastSeenAt === 'number')).toBe(true);
      expect((await latest.comments.toArray()).every((c) => typeof c.seenAt === 'number')).toBe(true);
      expect(await latest.posts.where('lastSeenAt').above(0).count()).toBe(seeded.posts!.length);
      expect(await latest.comments.where('seenAt').above(0).count()).toBe(seeded.comments!.length);
      // and the app still reads the page as before
      const page = await loadPage(latest, 'linkedin:company/kaasmeester', V1_NOW);
      expect(page?.timeline.posts).toHaveLength(7);
      expect(page?.timeline.posts.flatMap((p) => p.snapshots)).toHaveLength(18);
    });
  }

  it('the v1 backfill gives a post without lastSeenAt its firstSeenAt', async () => {
    const name = freshName('backfill');
    await seed(name, 1);
    const latest = track(new EchtDatabase(name));
    await latest.open();
    const odd = v1Rows().posts.find((p) => p.lastSeenAt === undefined)!;
    expect((await latest.posts.get(odd.uid as string))?.lastSeenAt).toBe(odd.firstSeenAt);
  });

  it('a failing migration stops with a clear error and the old data stays complete', async () => {
    const name = freshName('failing');
    const seeded = await seed(name, LATEST_VERSION);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      description: 'a test migration that fails half-way through',
      stores: { posts: '&uid, pageKey, [pageKey+publishedAt], lastSeenAt, text' },
      upgrade: async (tx) => {
        await tx.table('comments').clear(); // destructive work before the failure...
        await tx.table('posts').toCollection().modify((p: { text: string }) => {
          p.text = 'rewritten';
        });
        throw new Error('cannot convert post 3'); // ...must be rolled back
      },
    };
    const next = track(new EchtDatabase(name, { migrations: [...MIGRATIONS, broken] }));
    const error = await openDatabase(next).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageOpenError);
    expect((error as StorageOpenError).reason).toBe('upgrade-failed');
    expect((error as Error).message).toMatch(new RegExp(`from version ${LATEST_VERSION} to version ${LATEST_VERSION + 1}`));
    expect((error as Error).message).toMatch(/nothing was changed or deleted/);
    expect((error as Error).message).toMatch(/cannot convert post 3/);
    next.close();

    const current = track(new EchtDatabase(name));
    await openDatabase(current);
    expect(current.verno).toBe(LATEST_VERSION);
    const counts = await countAll(current);
    for (const [table, rows] of Object.entries(seeded)) expect(counts[table], table).toBe(rows.length);
    expect((await current.posts.toArray()).every((p) => p.text !== 'rewritten')).toBe(true);
  });

  it('an older build opening a newer database keeps the data (Dexie opens the newer version)', async () => {
    const name = freshName('downgrade');
    const seeded = await seed(name, LATEST_VERSION);
    const future: Migration = { version: LATEST_VERSION + 1, description: 'a future version with an extra index', stores: { pages: '&key, platform, relation, lastSeenAt, name' } };
    const newer = track(new EchtDatabase(name, { migrations: [...MIGRATIONS, future] }));
    await newer.open();
    newer.close();
    const older = track(new EchtDatabase(name));
    await openDatabase(older);
    expect((await countAll(older)).posts).toBe(seeded.posts!.length);
  });
});
