/** The popup's live store: the first result, later changes, and errors, as useLiveQuery gives them. */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../../lib/db/database';
import { loadPage, recordBatch, type StoredPage } from '../../../lib/db/repository';
import { liveStore } from '../../../lib/report/live-store';
import { pageReportState } from '../../../lib/report/page-report-state';
import { batch, NOW, post } from '../db/builders';

const PAGE = 'linkedin:company/kaasmeester';
const open: EchtDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});
const fresh = () => {
  const d = new EchtDatabase(`live-store-${Math.random()}`);
  open.push(d);
  return d;
};

/** Resolves on the next change the store reports. */
const nextChange = (store: { subscribe: (f: () => void) => () => void }) =>
  new Promise<void>((resolve) => {
    const stop = store.subscribe(() => {
      stop();
      resolve();
    });
  });

describe('liveStore', () => {
  it('has nothing before the first result, then the result, then every change', async () => {
    const database = fresh();
    const store = liveStore<StoredPage | null>((observer) => {
      liveQuery(() => loadPage(database, PAGE, NOW)).subscribe(observer);
    });
    expect(store.getSnapshot()).toBeUndefined();
    expect(await store.ready).toBeNull(); // never seen
    expect(store.getSnapshot()).toBeNull();

    const changed = nextChange(store);
    await recordBatch(database, batch([post('li:1'), post('li:2')]));
    await changed;
    expect(store.getSnapshot()?.timeline.posts.map((p) => p.id)).toEqual(['li:1', 'li:2']);
  });

  it('throws the query\'s error from getSnapshot, as useLiveQuery does', async () => {
    const store = liveStore<number>(() => Promise.reject(new Error('disk on fire')));
    await expect(store.ready).rejects.toThrow('disk on fire');
    expect(() => store.getSnapshot()).toThrow('disk on fire');
  });
});

describe('pageReportState', () => {
  it('waits for the data and the settings, says empty, and analyses the page it was asked for', async () => {
    const database = fresh();
    await recordBatch(database, batch([post('li:1')]));
    const stored = await loadPage(database, PAGE, NOW);
    expect(pageReportState(PAGE, undefined, {}).state).toBe('loading');
    expect(pageReportState(PAGE, stored, undefined).state).toBe('loading');
    expect(pageReportState('linkedin:company/other', stored, {}).state).toBe('loading'); // still the previous page's data
    expect(pageReportState(PAGE, null, {}).state).toBe('empty');
    const ready = pageReportState(PAGE, stored, {});
    expect(ready.state === 'ready' && ready.report.basis.posts).toBe(1);
  });
});
