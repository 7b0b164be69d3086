/**
 * The popup's live stores of one page's data and of the storage notice. Their Dexie code is
 * imported when they start (./live-reads.ts), not with the module.
 */
import type { StoredPage } from '../db/stored-page';
import type { StorageNotice } from '../db/retention';
import { liveStore, type LiveStore } from './live-store';

export function livePage(pageKey: string, seed?: { value: StoredPage | null }): LiveStore<StoredPage | null> {
  return liveStore((observer) => import('./live-reads').then((reads) => reads.watchPage(pageKey, observer)), seed);
}

export function liveStorageNotice(seed?: { value: StorageNotice | null }): LiveStore<StorageNotice | null> {
  return liveStore((observer) => import('./live-reads').then((reads) => reads.watchStorageNotice(observer)), seed);
}

export function dismissStorageNoticeLater(): void {
  void import('./live-reads').then((reads) => reads.dismissNotice());
}
