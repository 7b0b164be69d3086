/**
 * Retention and storage-full handling.
 *
 * Retention (a setting, default 365 days) runs without the `alarms` permission: the background
 * calls `pruneIfDue` when it starts and after writes, at most once an hour. What it deletes:
 * - posts not seen for N days, with their snapshots and comments;
 * - snapshots older than N days, except each remaining post's newest one (it is the post's current
 *   state, confirmed again every time the post was seen);
 * - comments not seen for N days;
 * - pages not seen for N days that have no posts left.
 *
 * When the browser says the storage is full (QuotaExceededError) the writer calls `freeSpace`:
 * retention first, then the oldest count history (never a post's newest snapshot), and records a
 * notice the UI can show (`readStorageNotice`), so the user learns that history was dropped.
 */
import type { EchtDatabase } from './database';

export const DAY_MS = 86_400_000;
/** Housekeeping runs at most this often (ms). */
export const PRUNE_INTERVAL_MS = 3_600_000;
/** Share of the prunable count history `freeSpace` drops when retention alone freed nothing. */
const HISTORY_SHARE_TO_DROP = 0.25;

const LAST_PRUNE_KEY = 'last-prune-at';
/** The meta row holding the storage notice. */
export const NOTICE_KEY = 'storage-notice';

export interface PruneResult {
  posts: number;
  snapshots: number;
  comments: number;
  pages: number;
}

const nothing = (): PruneResult => ({ posts: 0, snapshots: 0, comments: 0, pages: 0 });

function total(r: PruneResult): number {
  return r.posts + r.snapshots + r.comments + r.pages;
}

/**
 * Seqs of each post's newest snapshot: the rows retention never removes from a kept post. With
 * `postUids`, only those posts are looked at (through the postUid index) instead of every
 * snapshot in the store.
 */
async function newestSnapshotSeqs(database: EchtDatabase, postUids?: readonly string[]): Promise<Set<number>> {
  const newest = new Map<string, { seq: number; seenAt: number }>();
  const rows = postUids ? database.snapshots.where('postUid').anyOf([...postUids]) : database.snapshots.toCollection();
  await rows.each((s) => {
    const current = newest.get(s.postUid);
    if (s.seq !== undefined && (!current || s.seenAt > current.seenAt || (s.seenAt === current.seenAt && s.seq > current.seq))) {
      newest.set(s.postUid, { seq: s.seq, seenAt: s.seenAt });
    }
  });
  return new Set([...newest.values()].map((v) => v.seq));
}

/**
 * Count history older than the cutoff, except each post's newest snapshot. Only the posts that own
 * an old snapshot can lose one, so only their snapshots are read: when nothing is old this is one
 * empty range of the seenAt index instead of a scan of every snapshot (3.5 s on 200,000 rows).
 */
async function pruneOldSnapshots(database: EchtDatabase, cutoff: number): Promise<number> {
  const old = await database.snapshots.where('seenAt').below(cutoff).toArray();
  if (old.length === 0) return 0;
  const keep = await newestSnapshotSeqs(database, [...new Set(old.map((s) => s.postUid))]);
  const drop = old.flatMap((s) => (s.seq !== undefined && !keep.has(s.seq) ? [s.seq] : []));
  await database.snapshots.bulkDelete(drop);
  return drop.length;
}

/** Deletes what is older than the retention period; one transaction, all or nothing. */
export async function pruneExpired(database: EchtDatabase, retentionDays: number, now: number): Promise<PruneResult> {
  const cutoff = now - retentionDays * DAY_MS;
  const result = nothing();
  await database.transaction('rw', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    const expiredPosts = await database.posts.where('lastSeenAt').below(cutoff).primaryKeys();
    if (expiredPosts.length > 0) {
      result.snapshots += await database.snapshots.where('postUid').anyOf(expiredPosts).delete();
      result.comments += await database.comments.where('postUid').anyOf(expiredPosts).delete();
      await database.posts.bulkDelete(expiredPosts);
      result.posts = expiredPosts.length;
    }
    result.snapshots += await pruneOldSnapshots(database, cutoff);
    result.comments += await database.comments.where('seenAt').below(cutoff).delete();
    const stalePages = await database.pages.where('lastSeenAt').below(cutoff).primaryKeys();
    for (const key of stalePages) {
      if ((await database.posts.where('pageKey').equals(key).count()) === 0) {
        await database.pages.delete(key);
        result.pages++;
      }
    }
  });
  return result;
}

/** Runs pruneExpired when the last run is more than PRUNE_INTERVAL_MS ago. */
export async function pruneIfDue(database: EchtDatabase, retentionDays: number, now: number): Promise<PruneResult | null> {
  const last = (await database.meta.get(LAST_PRUNE_KEY))?.value;
  if (typeof last === 'number' && now - last < PRUNE_INTERVAL_MS && last <= now) return null;
  const result = await pruneExpired(database, retentionDays, now);
  await database.meta.put({ key: LAST_PRUNE_KEY, value: now });
  return result;
}

/** What the UI shows after Echt had to make room. */
export interface StorageNotice {
  kind: 'storage-full';
  /** Epoch ms of the (latest) time storage ran full. */
  at: number;
  /** Count snapshots (history points) removed to make room, in total since the notice was shown. */
  snapshotsRemoved: number;
  /** Posts removed (retention applied early), in total since the notice was shown. */
  postsRemoved: number;
  /** False when even after pruning the write failed: new observations are not being saved. */
  recovered: boolean;
}

/** The notice in a meta row's value, if that is one. */
export function storageNoticeOf(value: unknown): StorageNotice | null {
  const notice = value as StorageNotice | undefined | null;
  return notice && notice.kind === 'storage-full' ? notice : null;
}

export async function readStorageNotice(database: EchtDatabase): Promise<StorageNotice | null> {
  return storageNoticeOf((await database.meta.get(NOTICE_KEY))?.value);
}

/** The user has seen the notice. */
export async function dismissStorageNotice(database: EchtDatabase): Promise<void> {
  await database.meta.delete(NOTICE_KEY);
}

export async function recordStorageNotice(database: EchtDatabase, freed: PruneResult, recovered: boolean, now: number): Promise<void> {
  // Best effort: when not even this small row fits, the failed write is already reported.
  try {
    await database.transaction('rw', database.meta, async () => {
      const previous = await readStorageNotice(database);
      const notice: StorageNotice = {
        kind: 'storage-full',
        at: now,
        snapshotsRemoved: (previous?.snapshotsRemoved ?? 0) + freed.snapshots,
        postsRemoved: (previous?.postsRemoved ?? 0) + freed.posts,
        recovered,
      };
      await database.meta.put({ key: NOTICE_KEY, value: notice });
    });
  } catch {
    // nothing more we can do
  }
}

/**
 * Makes room after a QuotaExceededError: retention first; if that freed nothing, the oldest
 * quarter of the count history (never a post's newest snapshot, never a post or its text).
 */
export async function freeSpace(database: EchtDatabase, retentionDays: number, now: number): Promise<PruneResult> {
  const freed = await pruneExpired(database, retentionDays, now);
  if (total(freed) > 0) return freed;
  await database.transaction('rw', database.snapshots, async () => {
    const keep = await newestSnapshotSeqs(database);
    const prunable = await database.snapshots
      .orderBy('seenAt')
      .filter((s) => s.seq !== undefined && !keep.has(s.seq))
      .primaryKeys();
    const drop = prunable.slice(0, Math.ceil(prunable.length * HISTORY_SHARE_TO_DROP));
    await database.snapshots.bulkDelete(drop);
    freed.snapshots += drop.length;
  });
  return freed;
}

/** True for the browser's "storage is full" error, also when Dexie wraps it. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown; cause?: unknown } | null | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}
