/** The storage layer's notice that it had to make room (lib/db/retention.ts), live, and its dismissal. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { dismissStorageNotice, readStorageNotice, type StorageNotice } from '../db/retention';

export function useStorageNotice(): { notice: StorageNotice | null; dismiss: () => void } {
  const notice = useLiveQuery(() => readStorageNotice(db()), []) ?? null;
  return { notice, dismiss: () => void dismissStorageNotice(db()) };
}
