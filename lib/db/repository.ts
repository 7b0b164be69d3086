/**
 * The only module that touches the tables. Writes are whole-batch transactions (all or nothing);
 * reads return the analysis model, so callers never see rows.
 */
import type { CommentItem, PageRelation, PostItem } from '../analysis/model';
import type { CountsObservation, ObservationBatch, ParseHealth, PostObservation } from '../platforms/types';
import { type CommentRow, type EchtDatabase, type PageRow, type PostRow, type SnapshotRow } from './database';
import { commentItemOf, storedPageOf, type StoredPage } from './stored-page';

function sameCounts(a: CountsObservation | null, b: CountsObservation): boolean {
  return !!a && a.reactions === b.reactions && a.comments === b.comments && a.reposts === b.reposts && a.impressions === b.impressions;
}

/** A new observation keeps what an older one knew when it could not read a field itself. */
function mergeCounts(previous: CountsObservation | null, next: CountsObservation): CountsObservation {
  if (!previous) return next;
  return {
    reactions: next.reactions ?? previous.reactions,
    comments: next.comments ?? previous.comments,
    reposts: next.reposts ?? previous.reposts,
    impressions: next.impressions ?? previous.impressions,
  };
}

function addHealth(total: ParseHealth, delta: ParseHealth): ParseHealth {
  const sum = (a: Record<string, number>, b: Record<string, number>) => {
    const out = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    cardsSeen: total.cardsSeen + delta.cardsSeen,
    fullyParsed: total.fullyParsed + delta.fullyParsed,
    partlyParsed: total.partlyParsed + delta.partlyParsed,
    skipped: total.skipped + delta.skipped,
    missingFields: sum(total.missingFields, delta.missingFields),
    markup: sum(total.markup, delta.markup),
  };
}

function postRow(pageKey: string, post: PostObservation, existing: PostRow | undefined, seenAt: number): PostRow {
  const hasCounts = post.counts.reactions !== null || post.counts.comments !== null || post.counts.reposts !== null;
  return {
    uid: `${pageKey}|${post.id}`,
    pageKey,
    id: post.id,
    // An exact (id-decoded) time beats an approximate one; never overwrite exact with approximate.
    publishedAt:
      existing && existing.publishedAt !== null && (!existing.publishedAtApprox || post.publishedAt === null)
        ? existing.publishedAt
        : post.publishedAt,
    publishedAtApprox:
      existing && existing.publishedAt !== null && (!existing.publishedAtApprox || post.publishedAt === null)
        ? existing.publishedAtApprox
        : post.publishedAtApprox,
    authorName: post.authorName ?? existing?.authorName ?? null,
    text: post.text || existing?.text || '',
    hashtags: post.text ? post.hashtags : (existing?.hashtags ?? post.hashtags),
    links: post.text ? post.links : (existing?.links ?? post.links),
    mediaKind: post.mediaKind !== 'none' ? post.mediaKind : (existing?.mediaKind ?? 'none'),
    isReshare: post.isReshare || (existing?.isReshare ?? false),
    firstSeenAt: existing?.firstSeenAt ?? seenAt,
    lastSeenAt: seenAt,
    lastCounts: hasCounts ? mergeCounts(existing?.lastCounts ?? null, post.counts) : (existing?.lastCounts ?? null),
  };
}

export interface RecordResult {
  newPosts: number;
  newSnapshots: number;
  comments: number;
}

/**
 * Stores one validated batch. Re-observing a post records a new count snapshot only when a count
 * changed, so scrolling past the same posts all day stores nothing new.
 */
export async function recordBatch(database: EchtDatabase, batch: ObservationBatch): Promise<RecordResult> {
  const { page, observedAt } = batch;
  const result: RecordResult = { newPosts: 0, newSnapshots: 0, comments: 0 };
  await database.transaction('rw', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    const existingPage = await database.pages.get(page.pageKey);
    const header = page.header;
    const pageRow: PageRow = {
      key: page.pageKey,
      platform: page.platform,
      url: page.pageUrl,
      kind: existingPage?.kind ?? page.kind,
      name: header?.name ?? existingPage?.name ?? null,
      followers: header?.followers ?? existingPage?.followers ?? null,
      employeeBand: header?.employeeBand ?? existingPage?.employeeBand ?? null,
      industry: header?.industry ?? existingPage?.industry ?? null,
      relation: existingPage?.relation ?? 'unmarked',
      firstSeenAt: existingPage?.firstSeenAt ?? observedAt,
      lastSeenAt: Math.max(existingPage?.lastSeenAt ?? 0, observedAt),
      health: existingPage ? addHealth(existingPage.health, batch.health) : batch.health,
    };
    await database.pages.put(pageRow);

    const uids = batch.posts.map((post) => `${page.pageKey}|${post.id}`);
    const existingPosts = await database.posts.bulkGet(uids);
    const rows: PostRow[] = [];
    const snapshots: SnapshotRow[] = [];
    const comments: CommentRow[] = [];
    batch.posts.forEach((post, i) => {
      const existing = existingPosts[i];
      const row = postRow(page.pageKey, post, existing, observedAt);
      rows.push(row);
      if (!existing) result.newPosts++;
      if (row.lastCounts && !sameCounts(existing?.lastCounts ?? null, row.lastCounts)) {
        snapshots.push({ ...row.lastCounts, seenAt: observedAt, postUid: row.uid, pageKey: page.pageKey });
      }
      for (const comment of post.comments) {
        comments.push({ ...comment, uid: `${row.uid}|${comment.id}`, pageKey: page.pageKey, postUid: row.uid, postId: post.id, seenAt: observedAt });
      }
    });
    await database.posts.bulkPut(rows);
    await database.snapshots.bulkAdd(snapshots);
    await database.comments.bulkPut(comments);
    result.newSnapshots = snapshots.length;
    result.comments = comments.length;
  });
  return result;
}

export { commentItemOf, pageInfoOf, type StoredPage } from './stored-page';

/** Everything stored for one page, as the analysis model. Null when the page was never seen. */
export async function loadPage(database: EchtDatabase, pageKey: string, now: number): Promise<StoredPage | null> {
  return database.transaction('r', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    const page = await database.pages.get(pageKey);
    if (!page) return null;
    const [posts, snapshots, comments] = await Promise.all([
      database.posts.where('pageKey').equals(pageKey).toArray(),
      database.snapshots.where('pageKey').equals(pageKey).toArray(),
      database.comments.where('pageKey').equals(pageKey).toArray(),
    ]);
    return storedPageOf({ page, posts, snapshots, comments }, now);
  });
}

export async function setRelation(database: EchtDatabase, pageKey: string, relation: PageRelation): Promise<void> {
  await database.pages.update(pageKey, { relation });
}

export async function listPages(database: EchtDatabase): Promise<PageRow[]> {
  return database.pages.orderBy('lastSeenAt').reverse().toArray();
}

/** Deletes one page and everything stored for it, atomically. */
export async function deletePage(database: EchtDatabase, pageKey: string): Promise<void> {
  await database.transaction('rw', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    await database.pages.delete(pageKey);
    await database.posts.where('pageKey').equals(pageKey).delete();
    await database.snapshots.where('pageKey').equals(pageKey).delete();
    await database.comments.where('pageKey').equals(pageKey).delete();
  });
}

// ---------------------------------------------------------------------------------------------
// Whole pages in and out, for export and import (lib/export). The dump is the stored data in the
// neutral model's terms, not rows: the file format must not change when the schema does.

export interface PostDump extends Omit<PostItem, 'comments'> {
  firstSeenAt: number;
  lastSeenAt: number;
  comments: Array<CommentItem & { seenAt: number }>;
}

export interface PageDump {
  page: Omit<PageRow, 'health'>;
  health: ParseHealth;
  posts: PostDump[];
}

/** Everything stored for the given pages (all pages when keys is omitted), in one read. */
export async function dumpPages(database: EchtDatabase, keys?: readonly string[]): Promise<PageDump[]> {
  return database.transaction('r', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    const pages = keys
      ? (await database.pages.bulkGet([...keys])).filter((page): page is PageRow => page !== undefined)
      : await database.pages.orderBy('lastSeenAt').reverse().toArray();
    return Promise.all(pages.map((page) => dumpPage(database, page)));
  });
}

async function dumpPage(database: EchtDatabase, row: PageRow): Promise<PageDump> {
  const [posts, snapshots, comments] = await Promise.all([
    database.posts.where('pageKey').equals(row.key).toArray(),
    database.snapshots.where('pageKey').equals(row.key).sortBy('seenAt'),
    database.comments.where('pageKey').equals(row.key).toArray(),
  ]);
  const { health, ...page } = row;
  return {
    page,
    health,
    posts: posts.map((post) => ({
      id: post.id,
      publishedAt: post.publishedAt,
      publishedAtApprox: post.publishedAtApprox,
      authorName: post.authorName,
      text: post.text,
      hashtags: post.hashtags,
      links: post.links,
      mediaKind: post.mediaKind,
      isReshare: post.isReshare,
      firstSeenAt: post.firstSeenAt,
      lastSeenAt: post.lastSeenAt,
      snapshots: snapshots
        .filter((s) => s.postUid === post.uid)
        .map((s) => ({ seenAt: s.seenAt, reactions: s.reactions, comments: s.comments, reposts: s.reposts, impressions: s.impressions })),
      comments: comments
        .filter((c) => c.postUid === post.uid)
        .map((c) => ({ ...commentItemOf(c), seenAt: c.seenAt })),
    })),
  };
}

/**
 * Replaces the given pages with the dumps, in one transaction: if any row fails to write, the
 * whole import is rolled back and the store is exactly as it was. Pages not in the dumps are
 * left alone.
 */
export async function restorePages(database: EchtDatabase, dumps: readonly PageDump[]): Promise<void> {
  await database.transaction('rw', [database.pages, database.posts, database.snapshots, database.comments], async () => {
    for (const dump of dumps) {
      const key = dump.page.key;
      await Promise.all([
        database.posts.where('pageKey').equals(key).delete(),
        database.snapshots.where('pageKey').equals(key).delete(),
        database.comments.where('pageKey').equals(key).delete(),
      ]);
      await database.pages.put({ ...dump.page, health: dump.health });
      const posts: PostRow[] = [];
      const snapshots: SnapshotRow[] = [];
      const comments: CommentRow[] = [];
      for (const { snapshots: postSnapshots, comments: postComments, ...post } of dump.posts) {
        const uid = `${key}|${post.id}`;
        const last = postSnapshots.at(-1);
        const lastCounts = last ? { reactions: last.reactions, comments: last.comments, reposts: last.reposts, impressions: last.impressions } : null;
        posts.push({ ...post, uid, pageKey: key, lastCounts });
        for (const snapshot of postSnapshots) snapshots.push({ ...snapshot, postUid: uid, pageKey: key });
        for (const comment of postComments) comments.push({ ...comment, uid: `${uid}|${comment.id}`, pageKey: key, postUid: uid });
      }
      await database.posts.bulkPut(posts);
      await database.snapshots.bulkAdd(snapshots);
      await database.comments.bulkPut(comments);
    }
  });
}
