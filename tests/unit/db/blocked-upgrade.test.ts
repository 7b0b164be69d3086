/**
 * A blocked upgrade: an extension page of the old version still holds the database while the new
 * version opens it. The old connection closes on `versionchange` (and says the page is outdated);
 * a connection that ignores versionchange makes the new one report `blocked` and wait, not fail.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EchtDatabase, type DatabaseEvent } from '../../../lib/db/database';
import { databaseAt, freshName } from './helpers';

const open: EchtDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});
const track = (d: EchtDatabase) => (open.push(d), d);

const page = (key: string) => ({
  key,
  platform: 'linkedin' as const,
  url: `https://www.linkedin.com/${key.split(':')[1]}/`,
  kind: 'brand' as const,
  name: 'Acme',
  followers: 10,
  employeeBand: null,
  industry: null,
  relation: 'unmarked' as const,
  firstSeenAt: 1,
  lastSeenAt: 2,
  health: { cardsSeen: 0, fullyParsed: 0, partlyParsed: 0, skipped: 0, missingFields: {}, markup: {} },
});

describe('blocked upgrade', () => {
  it('an old connection closes for the upgrade, learns it is outdated, and keeps working afterwards', async () => {
    const name = freshName('blocked');
    const old = track(databaseAt(name, 1));
    const events: DatabaseEvent[] = [];
    old.onEvent((e) => events.push(e));
    await old.pages.put(page('linkedin:company/acme'));

    const current = track(new EchtDatabase(name));
    await current.open(); // would hang for ever if the old connection stayed open
    expect(current.verno).toBe(2);
    expect(events).toEqual([{ kind: 'outdated', newVersion: 2 }]);
    // Dexie reopens the old instance on its next query, at the version on disk: data still there
    expect(await old.pages.count()).toBe(1);
    await current.pages.put(page('linkedin:company/beta'));
    expect(await old.pages.count()).toBe(2);
  });

  it('a connection that ignores versionchange makes the upgrade wait (blocked), then it completes', async () => {
    const name = freshName('held');
    const seed = track(databaseAt(name, 1));
    await seed.pages.put(page('linkedin:company/acme'));
    seed.close();
    // A raw connection, like a page of an old build without our handler.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    raw.onversionchange = null;

    const current = track(new EchtDatabase(name));
    const events: DatabaseEvent[] = [];
    current.onEvent((e) => events.push(e));
    let opened = false;
    const opening = current.open().then(() => (opened = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(opened).toBe(false);
    expect(events).toContainEqual({ kind: 'blocked', heldVersion: 1 });

    raw.close();
    await opening;
    expect(current.verno).toBe(2);
    expect(await current.pages.count()).toBe(1);
  });

  it('deleting the database elsewhere closes this connection and says so', async () => {
    const name = freshName('deleted');
    const a = track(new EchtDatabase(name));
    const events: DatabaseEvent[] = [];
    a.onEvent((e) => events.push(e));
    await a.pages.put(page('linkedin:company/acme'));
    await Dexie.delete(name);
    expect(events).toEqual([{ kind: 'deleted' }]);
    expect(await a.pages.count()).toBe(0); // reopened, empty
  });
});
