/**
 * Storage full: a write that fails with QuotaExceededError makes room by the retention policy
 * (then the oldest count history), retries once, and leaves a notice for the UI. Simulated with a
 * Dexie middleware that refuses inserts while the "disk" is full, like IndexedDB does.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../../lib/db/database';
import { loadPage, recordBatch } from '../../../lib/db/repository';
import { dismissStorageNotice, freeSpace, isQuotaError, readStorageNotice } from '../../../lib/db/retention';
import { storeObservations } from '../../../lib/db/writer';
import { batch, comment, DAY, NOW, post } from './builders';
import { countAll, freshName } from './helpers';

const SETTINGS = { retentionDays: 365, hashCommenterNames: false };

/** A database whose disk is full while `disk.full` is true; deleting anything frees it. */
function withFullDisk(stayFull = false) {
  const database = new EchtDatabase(freshName('quota'));
  const disk = { full: false, refused: 0 };
  database.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'delete' || req.type === 'deleteRange') {
              if (!stayFull) disk.full = false;
              return table.mutate(req);
            }
            if (disk.full && name !== 'meta') {
              disk.refused++;
              return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return { database, disk };
}

const open: EchtDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

describe('quota exhaustion', () => {
  it('recognises the error directly and wrapped by Dexie', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('prunes what retention allows, stores the batch, and tells the user', async () => {
    const { database, disk } = withFullDisk();
    open.push(database);
    await recordBatch(database, batch([post('li:ancient', { comments: [comment('c')] })], { observedAt: NOW - 500 * DAY }));
    await recordBatch(database, batch([post('li:recent')], { observedAt: NOW - 5 * DAY }));
    disk.full = true;

    const result = await storeObservations(database, batch([post('li:new')]), { settings: SETTINGS, now: NOW });
    expect(result.newPosts).toBe(1);
    expect(disk.refused).toBeGreaterThan(0);
    const ids = (await loadPage(database, 'linkedin:company/kaasmeester', NOW))!.timeline.posts.map((p) => p.id).sort();
    expect(ids).toEqual(['li:new', 'li:recent']);
    expect(await readStorageNotice(database)).toEqual({ kind: 'storage-full', at: NOW, snapshotsRemoved: 1, postsRemoved: 1, recovered: true });
    await dismissStorageNotice(database);
    expect(await readStorageNotice(database)).toBeNull();
  });

  it('with nothing expired, drops the oldest count history but never a post or its newest counts', async () => {
    const { database, disk } = withFullDisk();
    open.push(database);
    for (let day = 8; day >= 1; day--) {
      await recordBatch(database, batch([post('li:a', { counts: { reactions: 100 - day, comments: 1, reposts: 0, impressions: null } }), post('li:b', { counts: { reactions: 50 - day, comments: 0, reposts: 0, impressions: null } })], { observedAt: NOW - day * DAY }));
    }
    const before = await database.snapshots.count(); // 16
    disk.full = true;
    await storeObservations(database, batch([post('li:c')]), { settings: SETTINGS, now: NOW });
    const after = await database.snapshots.toArray();
    // a quarter of the 14 prunable history points (not the 2 newest) went, the oldest first
    expect(after.length).toBe(before - Math.ceil(14 * 0.25) + 1);
    const page = (await loadPage(database, 'linkedin:company/kaasmeester', NOW))!;
    expect(page.timeline.posts).toHaveLength(3);
    expect(page.timeline.posts.find((p) => p.id === 'li:a')!.snapshots.at(-1)!.reactions).toBe(99);
    expect(Math.min(...after.map((s) => s.seenAt))).toBe(NOW - 6 * DAY); // day 8 (2) and day 7 (2 of 2) went first
    expect(await readStorageNotice(database)).toMatchObject({ recovered: true, snapshotsRemoved: 4, postsRemoved: 0 });
  });

  it('when pruning cannot make room the write fails whole (nothing half-stored) and the notice says so', async () => {
    const { database, disk } = withFullDisk(true);
    open.push(database);
    await recordBatch(database, batch([post('li:a')], { observedAt: NOW - 3 * DAY }));
    const before = await countAll(database);
    disk.full = true;
    await expect(storeObservations(database, batch([post('li:b', { comments: [comment('c')] }), post('li:c')]), { settings: SETTINGS, now: NOW })).rejects.toSatisfy(isQuotaError);
    const after = await countAll(database);
    expect({ ...after, meta: 0 }).toEqual({ ...before, meta: 0 });
    expect(await readStorageNotice(database)).toMatchObject({ recovered: false });
  });

  it('freeSpace on an empty store frees nothing and does not throw', async () => {
    const database = new EchtDatabase(freshName('empty'));
    open.push(database);
    expect(await freeSpace(database, 365, NOW)).toEqual({ posts: 0, snapshots: 0, comments: 0, pages: 0 });
  });
});
