/**
 * Runs inside an extension page of the bench browser (scripts/bench/popup.ts): fills the
 * extension's own IndexedDB with synthetic pages through the app's own database class and
 * repository (restorePages), so the schema is exactly the shipped one.
 */
import { db } from '../../lib/db/database.ts';
import { restorePages, type PageDump } from '../../lib/db/repository.ts';
import { pruneExpired } from '../../lib/db/retention.ts';
import { syntheticTimeline, DAY, DATA_NOW, type TimelineShape } from './data.ts';

function dumpOf(index: number, shape: TimelineShape): PageDump {
  const timeline = syntheticTimeline(index, shape);
  const posts = timeline.posts.map((post) => ({
    ...post,
    firstSeenAt: (post.publishedAt ?? timeline.now) + 3_600_000,
    lastSeenAt: post.snapshots.at(-1)?.seenAt ?? timeline.now,
    comments: post.comments.map((comment) => ({ ...comment, seenAt: (comment.publishedAt ?? timeline.now) + 60_000 })),
  }));
  const health = { cardsSeen: posts.length, fullyParsed: posts.length, partlyParsed: 0, skipped: 0, missingFields: {}, markup: { legacy: posts.length } };
  return {
    page: { ...timeline.page, firstSeenAt: timeline.now - 400 * DAY, lastSeenAt: timeline.now },
    health,
    posts,
  };
}

async function seed(from: number, to: number, shape: TimelineShape): Promise<number> {
  const dumps: PageDump[] = [];
  for (let i = from; i < to; i++) dumps.push(dumpOf(i, shape));
  await restorePages(db(), dumps);
  return dumps.length;
}

async function usage(): Promise<{ usage: number | null; rows: Record<string, number> }> {
  const database = db();
  const estimate = await navigator.storage.estimate();
  return {
    usage: estimate.usage ?? null,
    rows: { pages: await database.pages.count(), posts: await database.posts.count(), snapshots: await database.snapshots.count(), comments: await database.comments.count() },
  };
}

/** Retention housekeeping as the background runs it, timed (nothing is due in the seeded data). */
async function prune(days: number): Promise<number> {
  const began = performance.now();
  await pruneExpired(db(), days, DATA_NOW);
  return performance.now() - began;
}

(globalThis as unknown as { __echtSeed: unknown }).__echtSeed = { seed, usage, prune };
