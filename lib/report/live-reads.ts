/**
 * The Dexie side of the popup's live stores. Loaded with import() only: the popup's first frame
 * is drawn from a plain IndexedDB read (lib/db/quick-read.ts) and does not wait for Dexie.
 */
import { liveQuery } from 'dexie';
import { db } from '../db/database';
import { loadPage, type StoredPage } from '../db/repository';
import { dismissStorageNotice, readStorageNotice, type StorageNotice } from '../db/retention';
import type { LiveObserver } from './live-store';

export function watchPage(pageKey: string, observer: LiveObserver<StoredPage | null>): void {
  liveQuery(() => loadPage(db(), pageKey, Date.now())).subscribe(observer);
}

export function watchStorageNotice(observer: LiveObserver<StorageNotice | null>): void {
  liveQuery(() => readStorageNotice(db())).subscribe(observer);
}

export function dismissNotice(): Promise<void> {
  return dismissStorageNotice(db());
}
