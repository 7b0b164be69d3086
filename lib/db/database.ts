/**
 * The one Dexie database, opened only in the extension origin (background, popup, dashboard).
 * A content script's IndexedDB would belong to linkedin.com / facebook.com, so content scripts
 * never import this module.
 *
 * The schema history lives in ./migrations.ts (numbered, one fixture per version, tested from every
 * earlier version). This module also handles the two ways opening can go wrong for a user:
 * - another extension page still holds an older version ("blocked"): Dexie asks it to close, we
 *   close on `versionchange` everywhere and let the next query reopen;
 * - an upgrade fails: IndexedDB rolls the version-change transaction back, so the old data stays
 *   as it was, and opening fails with a StorageOpenError that says so instead of a bare DOMException.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Band, CountSnapshot, MediaKind, PageKind, PageRelation, Platform } from '../analysis/model';
import type { ParseHealth } from '../platforms/types';
import { MIGRATIONS, type Migration } from './migrations';
import { DATABASE_NAME } from './name';

export interface PageRow {
  key: string;
  platform: Platform;
  url: string;
  kind: PageKind;
  name: string | null;
  followers: number | null;
  employeeBand: Band | null;
  industry: string | null;
  relation: PageRelation;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Cumulative parse health of everything read on this page. */
  health: ParseHealth;
}

export interface PostRow {
  /** `${pageKey}|${id}`: one post belongs to one page. */
  uid: string;
  pageKey: string;
  id: string;
  publishedAt: number | null;
  publishedAtApprox: boolean;
  authorName: string | null;
  text: string;
  hashtags: string[];
  links: string[];
  mediaKind: MediaKind;
  isReshare: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  /** The newest snapshot's counts, kept here so re-observations compare without a query. */
  lastCounts: Omit<CountSnapshot, 'seenAt'> | null;
}

export interface SnapshotRow extends CountSnapshot {
  seq?: number;
  postUid: string;
  pageKey: string;
}

export interface CommentRow {
  /** `${pageKey}|${postId}|${id}` */
  uid: string;
  pageKey: string;
  postUid: string;
  id: string;
  postId: string;
  authorName: string;
  authorUrl: string | null;
  authorHeadline: string | null;
  text: string;
  reactions: number | null;
  isReply: boolean;
  byPageAuthor: boolean;
  publishedAt: number | null;
  seenAt: number;
}

/** Small key-value rows: the per-install salt, the storage notice, housekeeping times (v2). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** What happened to this page's connection that the UI may want to say something about. */
export type DatabaseEvent =
  | { kind: 'blocked'; heldVersion: number }
  | { kind: 'outdated'; newVersion: number }
  | { kind: 'deleted' };

export interface DatabaseOptions {
  /** Tests open older versions to seed fixtures; the app always uses every migration. */
  migrations?: readonly Migration[];
  /** For tests: another IndexedDB implementation. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class EchtDatabase extends Dexie {
  pages!: EntityTable<PageRow, 'key'>;
  posts!: EntityTable<PostRow, 'uid'>;
  snapshots!: EntityTable<SnapshotRow, 'seq'>;
  comments!: EntityTable<CommentRow, 'uid'>;
  meta!: Table<MetaRow, string>;
  /** The IndexedDB this database lives in (reads the on-disk version for error messages). */
  readonly factory: IDBFactory | undefined;
  private readonly listeners = new Set<(event: DatabaseEvent) => void>();

  constructor(name = DATABASE_NAME, options: DatabaseOptions = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined);
    this.factory = options.indexedDB ?? globalThis.indexedDB;
    for (const migration of options.migrations ?? MIGRATIONS) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    // Another connection (an extension page of a newer version, or deleteEverything) needs the
    // database: close so it is not blocked. Dexie reopens on the next query.
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      this.close({ disableAutoOpen: false });
      if (event.newVersion === null || event.newVersion === 0) this.emit({ kind: 'deleted' });
      else if (event.newVersion > Math.round(this.verno * 10)) this.emit({ kind: 'outdated', newVersion: event.newVersion / 10 });
    });
    // We want a newer version but a connection that ignores versionchange still holds the old one.
    // The open waits until it closes; tell the UI meanwhile.
    this.on('blocked', (event: IDBVersionChangeEvent) => {
      this.emit({ kind: 'blocked', heldVersion: event.oldVersion / 10 });
    });
  }

  /** Subscribes to blocked / outdated / deleted; returns the unsubscribe function. */
  onEvent(listener: (event: DatabaseEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: DatabaseEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // a listener's failure is its own
      }
    }
  }
}

/** Why the database could not be opened, in words a user (or a bug report) can act on. */
export class StorageOpenError extends Error {
  override readonly name = 'StorageOpenError';
  constructor(
    readonly reason: 'upgrade-failed' | 'unavailable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Opens the database, turning Dexie's open failures into a StorageOpenError. */
export async function openDatabase(database: EchtDatabase): Promise<EchtDatabase> {
  let before: number | null = null;
  try {
    before = await existingVersion(database);
    await database.open();
    return database;
  } catch (error) {
    throw describeOpenError(error, before, database.verno);
  }
}

function describeOpenError(error: unknown, before: number | null, target: number): StorageOpenError {
  const name = (error as { name?: string } | null)?.name ?? 'Error';
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  // An open that had to upgrade and failed is an upgrade failure, whatever the error's name (Dexie
  // passes an upgrade function's own error through).
  const upgrading = (before !== null && before < target) || name === 'UpgradeError';
  if (upgrading) {
    const from = before === null ? 'an earlier version' : `version ${before}`;
    return new StorageOpenError(
      'upgrade-failed',
      `Echt could not upgrade its database from ${from} to version ${target}; nothing was changed or deleted, ` +
        `your data is still stored in the old format. (${name}: ${detail})`,
      { cause: error },
    );
  }
  return new StorageOpenError('unavailable', `Echt could not open its database (${name}: ${detail}).`, { cause: error });
}

/** The version currently on disk (Dexie's numbering), or null when the database does not exist. */
async function existingVersion(database: EchtDatabase): Promise<number | null> {
  const factory = database.factory;
  if (!factory?.databases) return null;
  const found = (await factory.databases()).find((info) => info.name === database.name);
  return found?.version ? found.version / 10 : null;
}

let instance: EchtDatabase | null = null;

/** The shared database of this extension page or worker. */
export function db(): EchtDatabase {
  instance ??= new EchtDatabase();
  return instance;
}
