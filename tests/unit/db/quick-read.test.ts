/**
 * The popup's first read without Dexie: the same StoredPage as loadPage, and never a database
 * created or read at a schema it does not know.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../../lib/db/database';
import { MIGRATIONS } from '../../../lib/db/migrations';
import { DATABASE_NAME } from '../../../lib/db/name';
import { quickReadPage } from '../../../lib/db/quick-read';
import { loadPage, recordBatch } from '../../../lib/db/repository';
import { recordStorageNotice, storageNoticeOf } from '../../../lib/db/retention';
import { storedPageOf } from '../../../lib/db/stored-page';
import { batch, comment, DAY, NOW, post } from './builders';

const PAGE = 'linkedin:company/kaasmeester';

/** The app's database in an IndexedDB of its own, as the extension has it. */
function appDatabase(factory = new IDBFactory()): { factory: IDBFactory; database: EchtDatabase } {
  return { factory, database: new EchtDatabase(DATABASE_NAME, { indexedDB: factory, IDBKeyRange }) };
}

describe('quickReadPage', () => {
  it('builds the same StoredPage as loadPage, snapshots and comments included', async () => {
    const { factory, database } = appDatabase();
    const counts = (reactions: number) => ({ reactions, comments: 1, reposts: 0, impressions: null });
    await recordBatch(database, batch([post('li:1', { counts: counts(3), comments: [comment('c1'), comment('c2')] }), post('li:2')], { observedAt: NOW - 2 * DAY }));
    await recordBatch(database, batch([post('li:1', { counts: counts(9) }), post('li:3')], { observedAt: NOW - DAY }));
    await recordBatch(database, batch([post('li:9')], {}, 'linkedin:company/other'));
    const expected = await loadPage(database, PAGE, NOW);
    database.close();

    const read = await quickReadPage(PAGE, factory);
    expect(read?.rows).not.toBeNull();
    expect(storedPageOf(read!.rows!, NOW)).toEqual(expected);
    expect(read?.notice).toBeUndefined();
  });

  it('says the page was never seen, and passes the storage notice on', async () => {
    const { factory, database } = appDatabase();
    await recordStorageNotice(database, { posts: 1, snapshots: 2, comments: 0, pages: 0 }, true, NOW);
    database.close();
    const read = await quickReadPage('linkedin:company/unknown', factory);
    expect(read?.rows).toBeNull();
    expect(storageNoticeOf(read?.notice)).toMatchObject({ kind: 'storage-full', snapshotsRemoved: 2, postsRemoved: 1 });
    expect(await quickReadPage(undefined, factory)).toMatchObject({ rows: null });
  });

  it('creates no database when there is none (Dexie makes the schema), and answers null', async () => {
    const factory = new IDBFactory();
    expect(await quickReadPage(PAGE, factory)).toBeNull();
    expect((await factory.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    // and the app still creates it normally afterwards
    const { database } = appDatabase(factory);
    await recordBatch(database, batch([post('li:1')]));
    expect((await loadPage(database, PAGE, NOW))?.timeline.posts).toHaveLength(1);
    database.close();
  });

  it('leaves a database at an older schema to Dexie (null), without blocking its upgrade', async () => {
    const factory = new IDBFactory();
    const legacy = new EchtDatabase(DATABASE_NAME, { indexedDB: factory, IDBKeyRange, migrations: MIGRATIONS.slice(0, 1) });
    await legacy.open();
    legacy.close();
    expect(await quickReadPage(PAGE, factory)).toBeNull();
    const { database } = appDatabase(factory);
    await database.open();
    expect(database.verno).toBeGreaterThan(1);
    database.close();
  });
});
