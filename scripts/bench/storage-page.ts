/**
 * Storage growth, run inside an extension page of the bench browser (scripts/bench/storage.ts) on
 * the browser's real IndexedDB, through the app's own database class, recordBatch (the
 * background's write path minus housekeeping) and pruneExpired (retention). It uses a database of
 * its own, never the extension's.
 *
 * "Bytes" are logical: the JSON size of every stored row plus, per secondary index, the JSON size
 * of its key and of the row's primary key. Deterministic, so growth per operation is exact. The
 * browser's own figure (navigator.storage.estimate: LevelDB files, compressed, compacted lazily)
 * is reported beside it.
 */
import { EchtDatabase } from '../../lib/db/database.ts';
import { recordBatch } from '../../lib/db/repository.ts';
import { pruneExpired } from '../../lib/db/retention.ts';
import type { ObservationBatch, PostObservation } from '../../lib/platforms/types.ts';
import { DAY } from './data.ts';
import { prng } from './feeds.ts';

export interface StoreSize {
  bytes: number;
  rows: Record<string, number>;
}

export interface YearPoint {
  label: string;
  retentionDays: number | null;
  days: number;
  size: StoreSize;
  perPageBytes: number;
  pruneMs?: number;
}

export interface StorageFigures {
  perNewPost: number;
  perComment: number;
  perChangedSnapshot: number;
  perUnchangedReobservation: number;
  /** Rows added by re-observing 100 unchanged posts (should be 0). */
  rowsAddedByUnchanged: number;
  year: YearPoint[];
  simulation: string;
  simulateMs: number;
}

function valueAt(row: Record<string, unknown>, keyPath: string | string[] | null | undefined): unknown {
  if (keyPath === null || keyPath === undefined) return null;
  if (Array.isArray(keyPath)) return keyPath.map((k) => row[k]);
  return row[keyPath];
}

const encoder = new TextEncoder();
const utf8 = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;

async function sizeOf(db: EchtDatabase): Promise<StoreSize> {
  let bytes = 0;
  const rows: Record<string, number> = {};
  for (const table of db.tables) {
    const all = (await table.toArray()) as Record<string, unknown>[];
    rows[table.name] = all.length;
    for (const row of all) {
      bytes += utf8(row);
      const primary = valueAt(row, table.schema.primKey.keyPath);
      for (const index of table.schema.indexes) bytes += utf8(valueAt(row, index.keyPath)) + utf8(primary);
    }
  }
  return { bytes, rows };
}

const totalRows = (size: StoreSize): number => Object.values(size.rows).reduce((a, b) => a + b, 0);

function pageOf(i: number): ObservationBatch['page'] {
  return { platform: 'linkedin', pageKey: `linkedin:company/growth-${i}`, pageUrl: `https://www.linkedin.com/company/growth-${i}/`, kind: 'brand', header: null };
}

function observation(id: string, publishedAt: number, reactions: number, comments = 0, commentSeed = 0): PostObservation {
  return {
    id,
    authorPageKey: null,
    authorName: 'Growth Company',
    authorKind: 'brand',
    publishedAt,
    publishedAtApprox: false,
    text: 'Behind the scenes: how we choose our suppliers and why it takes us a full year. What would you ask them?\n#sourcing #team',
    hashtags: ['sourcing', 'team'],
    links: [],
    mediaKind: 'image',
    isReshare: false,
    counts: { reactions, comments, reposts: Math.floor(reactions / 20), impressions: null },
    comments: Array.from({ length: comments }, (_, c) => ({
      id: `li:comment:${publishedAt + c}`,
      authorName: `Commenter ${(commentSeed + c) % 60}`,
      authorUrl: `https://www.linkedin.com/in/commenter-${(commentSeed + c) % 60}/`,
      authorHeadline: 'Marketing lead at Example',
      text: c % 2 ? 'Great post!' : 'We had the same experience last year; the second audit made all the difference.',
      reactions: c % 3,
      isReply: false,
      byPageAuthor: false,
      publishedAt: publishedAt + c * 3_600_000,
    })),
    missing: [],
  };
}

function batch(page: number, posts: PostObservation[], observedAt: number): ObservationBatch {
  const n = posts.length;
  return { page: pageOf(page), posts, health: { cardsSeen: n, fullyParsed: n, partlyParsed: 0, skipped: 0, missingFields: {}, markup: { legacy: n } }, observedAt };
}

async function freshDb(name: string): Promise<EchtDatabase> {
  await EchtDatabase.delete(name);
  const db = new EchtDatabase(name);
  await db.open();
  return db;
}

/** One person's daily visit to `pages` pages for `days` days. */
async function simulate(db: EchtDatabase, pages: number, days: number, start: number, checkpoint: (day: number) => Promise<void>): Promise<void> {
  const random = prng(42);
  // Each page publishes about every other day; a visit shows the newest 10 posts, with the comments
  // of one of them open; counts keep changing for two weeks after publishing.
  const published: Array<Array<{ id: string; at: number; final: number }>> = Array.from({ length: pages }, () => []);
  for (let day = 0; day < days; day++) {
    const now = start + day * DAY;
    for (let p = 0; p < pages; p++) {
      const list = published[p] as Array<{ id: string; at: number; final: number }>;
      if (random() < 0.5) list.unshift({ id: `li:${(BigInt(now) << 22n) + BigInt(p)}`, at: now - 3_600_000, final: Math.floor(random() * 200) });
      const posts = list.slice(0, 10).map((post, i) => {
        const age = Math.min(14, (now - post.at) / DAY);
        return observation(post.id, post.at, Math.round((post.final * age) / 14), i === 2 ? 3 : 0, day);
      });
      if (list.length > 60) list.length = 60;
      await recordBatch(db, batch(p, posts, now));
    }
    await checkpoint(day + 1);
  }
}

async function run(): Promise<{ figures: StorageFigures; log: string[] }> {
  const log: string[] = [];
  const t0 = Date.UTC(2026, 0, 5, 9);
  const N = 100;

  // Per operation, on one page: N new posts, the same N with changed counts, then unchanged, then
  // comments opened on ten of them.
  const db = await freshDb('echt-bench-storage-ops');
  await recordBatch(db, batch(0, [observation('li:seed', t0 - DAY, 1)], t0));
  const base = await sizeOf(db);
  const ids = Array.from({ length: N }, (_, i) => `li:${(BigInt(t0 - i * DAY) << 22n) + BigInt(i)}`);
  await recordBatch(db, batch(0, ids.map((id, i) => observation(id, t0 - i * DAY, 10)), t0 + 1000));
  const afterNew = await sizeOf(db);
  await recordBatch(db, batch(0, ids.map((id, i) => observation(id, t0 - i * DAY, 11)), t0 + 2000));
  const afterChanged = await sizeOf(db);
  await recordBatch(db, batch(0, ids.map((id, i) => observation(id, t0 - i * DAY, 11)), t0 + 3000));
  const afterUnchanged = await sizeOf(db);
  await recordBatch(db, batch(0, ids.slice(0, 10).map((id, i) => observation(id, t0 - i * DAY, 11, 5, i)), t0 + 4000));
  const afterComments = await sizeOf(db);
  db.close();
  await EchtDatabase.delete('echt-bench-storage-ops');

  const figures: StorageFigures = {
    perNewPost: (afterNew.bytes - base.bytes) / N,
    perChangedSnapshot: (afterChanged.bytes - afterNew.bytes) / N,
    perUnchangedReobservation: (afterUnchanged.bytes - afterChanged.bytes) / N,
    rowsAddedByUnchanged: totalRows(afterUnchanged) - totalRows(afterChanged),
    perComment: (afterComments.bytes - afterUnchanged.bytes) / 50,
    year: [],
    simulation:
      '20 pages visited once a day; each publishes on about every other day; a visit shows the newest 10 posts ' +
      '(comments open on one, 3 comments); counts change for 14 days after publishing (up to 14 snapshots a post). ' +
      'Simulated for one page and scaled ×20: every row belongs to one page, so pages add up.',
    simulateMs: 0,
  };

  // Two simulated years without housekeeping, then retention once with the real pruneExpired:
  // posts leave the newest ten for good, so one prune at the end leaves exactly what daily
  // pruning would have left.
  const PAGES = 20;
  const SIM_PAGES = 1;
  const scale = PAGES / SIM_PAGES;
  const scaled = (size: StoreSize): StoreSize => ({ bytes: size.bytes * scale, rows: Object.fromEntries(Object.entries(size.rows).map(([k, v]) => [k, v * scale])) });
  const sim = await freshDb('echt-bench-storage-years');
  const began = performance.now();
  await simulate(sim, SIM_PAGES, 730, t0, async (day) => {
    if (day !== 365 && day !== 730) return;
    const size = scaled(await sizeOf(sim));
    figures.year.push({ label: 'no retention', retentionDays: null, days: day, size, perPageBytes: size.bytes / PAGES });
  });
  figures.simulateMs = performance.now() - began;
  const end = t0 + 729 * DAY;
  for (const [label, retentionDays] of [
    ['retention 365 days (default)', 365],
    ['retention 90 days', 90],
  ] as const) {
    const pruneBegan = performance.now();
    await pruneExpired(sim, retentionDays, end);
    const pruneMs = performance.now() - pruneBegan;
    const size = scaled(await sizeOf(sim));
    figures.year.push({ label, retentionDays, days: 730, size, perPageBytes: size.bytes / PAGES, pruneMs });
  }
  sim.close();
  await EchtDatabase.delete('echt-bench-storage-years');
  for (const point of figures.year) {
    log.push(`  ${point.label}, day ${point.days}: ${(point.size.bytes / 1e6).toFixed(2)} MB, rows ${JSON.stringify(point.size.rows)}${point.pruneMs !== undefined ? `, prune ${point.pruneMs.toFixed(0)} ms` : ''}`);
  }
  return { figures, log };
}

(globalThis as unknown as { __echtStorage: unknown }).__echtStorage = { run };
