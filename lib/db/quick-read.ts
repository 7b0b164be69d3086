/**
 * The popup's first read, in plain IndexedDB: one page's rows and the storage notice, without
 * loading Dexie first. The popup starts it the moment its tiny entry script runs, so the disk
 * work overlaps with loading React and the rest (entrypoints/popup/prefetch.ts).
 *
 * It reads exactly what `loadPage` reads: the same object stores and pageKey indexes in one
 * readonly transaction, in index order, so `storedPageOf` builds the same StoredPage from it.
 * It never creates or upgrades anything: when the database is missing or not at the schema this
 * build expects, it answers null and the caller reads through Dexie, which opens and upgrades.
 */
import { LATEST_VERSION } from './migrations';
import { DATABASE_NAME } from './name';
import { NOTICE_KEY } from './retention';
import type { PageRows } from './stored-page';

export interface QuickRead {
  /** The page's rows; null when the page was never seen (or no page was asked for). */
  rows: PageRows | null;
  /** The meta row's value under NOTICE_KEY (see storageNoticeOf), undefined when none. */
  notice: unknown;
}

/** Dexie keeps version N on disk as N × 10. */
const ON_DISK_VERSION = Math.round(LATEST_VERSION * 10);

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The existing database at this build's schema, or null. Never creates one. */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = factory.open(DATABASE_NAME);
    // Opening without a version only upgrades when there is no database yet: abort, so none is
    // created (the schema is Dexie's to make) and the open fails.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    open.onsuccess = () => {
      const database = open.result;
      if (database.version !== ON_DISK_VERSION) {
        database.close();
        resolve(null);
        return;
      }
      // Never stand in the way of an upgrade or a deletion elsewhere.
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
}

/** Null when the database cannot be read this way (missing, other version, any error). */
export async function quickReadPage(pageKey: string | null | undefined, factory: IDBFactory = indexedDB): Promise<QuickRead | null> {
  let database: IDBDatabase | null = null;
  try {
    database = await openExisting(factory);
    if (!database) return null;
    const tx = database.transaction(['pages', 'posts', 'snapshots', 'comments', 'meta'], 'readonly');
    const notice = result(tx.objectStore('meta').get(NOTICE_KEY)).then((row?: { value?: unknown }) => row?.value);
    if (!pageKey) return { rows: null, notice: await notice };
    const only = IDBKeyRange.only(pageKey);
    const [page, posts, snapshots, comments] = await Promise.all([
      result(tx.objectStore('pages').get(pageKey)),
      result(tx.objectStore('posts').index('pageKey').getAll(only)),
      result(tx.objectStore('snapshots').index('pageKey').getAll(only)),
      result(tx.objectStore('comments').index('pageKey').getAll(only)),
    ]);
    return { rows: page ? { page, posts, snapshots, comments } : null, notice: await notice };
  } catch {
    return null;
  } finally {
    database?.close();
  }
}
