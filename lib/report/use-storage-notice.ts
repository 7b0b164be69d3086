/** The storage layer's notice that it had to make room (lib/db/retention.ts), live, and its dismissal. */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { dismissStorageNotice, readStorageNotice, type StorageNotice } from '../db/retention';

/** `initial`: the notice already read (the popup reads it before its first render). */
export function useStorageNotice(initial?: StorageNotice | null): { notice: StorageNotice | null; dismiss: () => void } {
  const notice = useLiveQuery(() => readStorageNotice(db()), [], initial) ?? null;
  return { notice, dismiss: () => void dismissStorageNotice(db()) };
}
