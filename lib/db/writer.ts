/**
 * The background's one write path for a validated batch: apply the privacy settings, store the
 * batch (one transaction, repository.recordBatch), survive a full disk, and keep retention.
 *
 *   validated batch → hash commenters (setting) → recordBatch
 *                                                  └─ QuotaExceededError → freeSpace → retry once → notice
 *                   → pruneIfDue (at most hourly)
 */
import type { ObservationBatch } from '../platforms/types';
import type { EchtDatabase } from './database';
import { hashBatchCommenters, installSalt } from './privacy';
import { recordBatch, type RecordResult } from './repository';
import { freeSpace, isQuotaError, pruneIfDue, recordStorageNotice } from './retention';
import { readPrivacySettings, type PrivacySettings } from './settings';

export interface WriteOptions {
  /** Defaults to the stored settings (readPrivacySettings). */
  settings?: PrivacySettings;
  now?: number;
}

export async function storeObservations(database: EchtDatabase, batch: ObservationBatch, options: WriteOptions = {}): Promise<RecordResult> {
  const settings = options.settings ?? (await readPrivacySettings());
  const now = options.now ?? Date.now();
  let toStore = batch;
  if (settings.hashCommenterNames && batch.posts.some((p) => p.comments.length > 0)) {
    const salt = await installSalt(database);
    const knownName = (await database.pages.get(batch.page.pageKey))?.name ?? null;
    toStore = await hashBatchCommenters(batch, salt, knownName);
  }
  let result: RecordResult;
  try {
    result = await recordBatch(database, toStore);
  } catch (error) {
    if (!isQuotaError(error)) throw error;
    const freed = await freeSpace(database, settings.retentionDays, now);
    try {
      result = await recordBatch(database, toStore);
    } catch (retryError) {
      await recordStorageNotice(database, freed, false, now);
      throw retryError;
    }
    await recordStorageNotice(database, freed, true, now);
    return result;
  }
  try {
    await pruneIfDue(database, settings.retentionDays, now);
  } catch {
    // Housekeeping failing must not turn a stored batch into an error; it runs again next time.
  }
  return result;
}
