/** Retention: what is older than N days goes, what is current stays, on a schedule without alarms. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EchtDatabase } from '../../../lib/db/database';
import { loadPage, recordBatch } from '../../../lib/db/repository';
import { PRUNE_INTERVAL_MS, pruneExpired, pruneIfDue } from '../../../lib/db/retention';
import { storeObservations } from '../../../lib/db/writer';
import { batch, comment, DAY, NOW, post } from './builders';
import { countAll, freshName } from './helpers';

const open: EchtDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});
const fresh = () => {
  const d = new EchtDatabase(freshName('retention'));
  open.push(d);
  return d;
};

describe('pruneExpired', () => {
  it('deletes posts not seen for N days with their snapshots and comments, and keeps the rest', async () => {
    const database = fresh();
    // seen 400 days ago only
    await recordBatch(database, batch([post('li:old', { comments: [comment('c1')] })], { observedAt: NOW - 400 * DAY }));
    // seen 400 days ago and again yesterday with other counts
    await recordBatch(database, batch([post('li:kept', { comments: [comment('c2')] })], { observedAt: NOW - 400 * DAY }));
    await recordBatch(database, batch([post('li:kept', { counts: { reactions: 12, comments: 2, reposts: 0, impressions: null }, comments: [comment('c2')] })], { observedAt: NOW - DAY }));
    // seen 400 days ago and again yesterday with the same counts: its only snapshot is old
    await recordBatch(database, batch([post('li:steady')], { observedAt: NOW - 400 * DAY }));
    await recordBatch(database, batch([post('li:steady')], { observedAt: NOW - DAY }));

    const result = await pruneExpired(database, 365, NOW);
    expect(result).toEqual({ posts: 1, snapshots: 2, comments: 1, pages: 0 });
    const page = await loadPage(database, 'linkedin:company/kaasmeester', NOW);
    const ids = page!.timeline.posts.map((p) => p.id).sort();
    expect(ids).toEqual(['li:kept', 'li:steady']);
    const kept = page!.timeline.posts.find((p) => p.id === 'li:kept')!;
    expect(kept.snapshots.map((s) => s.reactions)).toEqual([12]); // the old point is history
    const steady = page!.timeline.posts.find((p) => p.id === 'li:steady')!;
    expect(steady.snapshots).toHaveLength(1); // its only (current) snapshot stays
    expect(kept.comments).toHaveLength(1); // re-seen yesterday
  });

  it('deletes a page not seen for N days once it has no posts left', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:a')], { observedAt: NOW - 500 * DAY }));
    await recordBatch(database, batch([post('li:b')], { observedAt: NOW - 500 * DAY }, 'linkedin:company/other'));
    await recordBatch(database, batch([post('li:c')], { observedAt: NOW - DAY }, 'linkedin:company/other'));
    const result = await pruneExpired(database, 365, NOW);
    expect(result.pages).toBe(1);
    expect(await database.pages.toCollection().primaryKeys()).toEqual(['linkedin:company/other']);
  });

  it('with nothing old, deletes nothing', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:a', { comments: [comment('c')] })], { observedAt: NOW - 10 * DAY }));
    const before = await countAll(database);
    expect(await pruneExpired(database, 365, NOW)).toEqual({ posts: 0, snapshots: 0, comments: 0, pages: 0 });
    expect(await countAll(database)).toEqual(before);
  });
  it('keeps only the newest of a post\'s old snapshots, whatever other posts hold', async () => {
    const database = fresh();
    const counts = (reactions: number) => ({ reactions, comments: 2, reposts: 0, impressions: null });
    // three count changes, all before the cutoff, then seen again unchanged yesterday
    await recordBatch(database, batch([post('li:a', { counts: counts(1) })], { observedAt: NOW - 420 * DAY }));
    await recordBatch(database, batch([post('li:a', { counts: counts(2) })], { observedAt: NOW - 410 * DAY }));
    await recordBatch(database, batch([post('li:a', { counts: counts(3) })], { observedAt: NOW - 400 * DAY }));
    await recordBatch(database, batch([post('li:a', { counts: counts(3) })], { observedAt: NOW - DAY }));
    // another post whose history is all recent: untouched
    await recordBatch(database, batch([post('li:b', { counts: counts(5) })], { observedAt: NOW - 3 * DAY }));
    await recordBatch(database, batch([post('li:b', { counts: counts(6) })], { observedAt: NOW - 2 * DAY }));
    expect(await pruneExpired(database, 365, NOW)).toEqual({ posts: 0, snapshots: 2, comments: 0, pages: 0 });
    const page = await loadPage(database, 'linkedin:company/kaasmeester', NOW);
    const reactions = Object.fromEntries(page!.timeline.posts.map((p) => [p.id, p.snapshots.map((s) => s.reactions)]));
    expect(reactions).toEqual({ 'li:a': [3], 'li:b': [5, 6] });
  });

  it('with nothing due, reads no snapshot rows (an index range, not a scan)', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:a'), post('li:b')], { observedAt: NOW - 10 * DAY }));
    const scans = vi.spyOn(database.snapshots, 'toCollection');
    const lookups = vi.spyOn(database.snapshots, 'where');
    expect(await pruneExpired(database, 365, NOW)).toEqual({ posts: 0, snapshots: 0, comments: 0, pages: 0 });
    expect(scans).not.toHaveBeenCalled();
    // only the seenAt range (empty): no per-post lookups
    expect(lookups.mock.calls.map(([index]) => index)).toEqual(['seenAt']);
  });
});

describe('pruneIfDue', () => {
  it('runs at most once per interval, on write and on start', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:old')], { observedAt: NOW - 400 * DAY }));
    expect(await pruneIfDue(database, 365, NOW)).toMatchObject({ posts: 1 });
    await recordBatch(database, batch([post('li:old2')], { observedAt: NOW - 400 * DAY }));
    expect(await pruneIfDue(database, 365, NOW + 60_000)).toBeNull();
    expect(await pruneIfDue(database, 365, NOW + PRUNE_INTERVAL_MS + 1)).toMatchObject({ posts: 1 });
  });

  it('a clock set back does not stop housekeeping for ever', async () => {
    const database = fresh();
    await pruneIfDue(database, 365, NOW + 1000 * DAY);
    expect(await pruneIfDue(database, 365, NOW)).not.toBeNull();
  });

  it('the write path applies the retention setting', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:old')], { observedAt: NOW - 40 * DAY }));
    await storeObservations(database, batch([post('li:new')]), { settings: { retentionDays: 30, hashCommenterNames: false }, now: NOW });
    expect(await database.posts.toCollection().primaryKeys()).toEqual(['linkedin:company/kaasmeester|li:new']);
  });
});
