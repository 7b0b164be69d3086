/**
 * Numbered schema migrations of the Echt database. Each entry is a whole Dexie version: the
 * tables it declares (Dexie keeps earlier declarations for tables a version does not mention) and
 * an optional upgrade that rewrites rows in the version-change transaction.
 *
 * Rules (see lib/db/README.md):
 * - Never edit or remove an entry that has shipped; add the next number.
 * - Every version has a fixture of rows in its shape under tests/unit/db/fixtures/, and
 *   tests/unit/db/migrations.test.ts upgrades each earlier fixture to the latest version and counts
 *   every row.
 * - An upgrade must not delete rows. If it cannot convert a row it throws: the version-change
 *   transaction then aborts, IndexedDB keeps the old version with all its data, and opening fails
 *   with a StorageUpgradeError that names both versions (database.ts).
 */
import type { Transaction } from 'dexie';

export interface Migration {
  version: number;
  /** What changed and why, for people reading the history. */
  description: string;
  /** Dexie store declarations added or changed by this version (null deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'pages, posts, count snapshots over time, comments; every query is per page (pageKey).',
    stores: {
      pages: '&key, platform, relation, lastSeenAt',
      posts: '&uid, pageKey, [pageKey+publishedAt]',
      snapshots: '++seq, pageKey, postUid, seenAt',
      comments: '&uid, pageKey, postUid',
    },
  },
  {
    version: 2,
    description:
      'Retention and privacy: index posts by lastSeenAt and comments by seenAt so old rows can be pruned ' +
      'without a table scan; a meta table for the per-install salt, the storage notice and housekeeping times.',
    stores: {
      posts: '&uid, pageKey, [pageKey+publishedAt], lastSeenAt',
      comments: '&uid, pageKey, postUid, seenAt',
      meta: '&key',
    },
    // A row without the newly indexed field would be invisible to the index and so escape
    // retention for ever: give it the best time we have instead of leaving it out.
    upgrade: async (tx) => {
      await tx
        .table('posts')
        .toCollection()
        .modify((post: { lastSeenAt?: unknown; firstSeenAt?: unknown }) => {
          if (typeof post.lastSeenAt !== 'number') post.lastSeenAt = typeof post.firstSeenAt === 'number' ? post.firstSeenAt : Date.now();
        });
      await tx
        .table('comments')
        .toCollection()
        .modify((comment: { seenAt?: unknown }) => {
          if (typeof comment.seenAt !== 'number') comment.seenAt = Date.now();
        });
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
