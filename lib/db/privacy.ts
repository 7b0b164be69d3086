/**
 * Privacy controls of the store: commenter identities kept as salted hashes (a setting), and
 * "delete everything".
 *
 * Why hashes and not nothing: the analysis needs to know that the same person commented on many
 * posts (same-circle, generic-comments), not who they are. A salted SHA-256 keeps "same person →
 * same value" within this install while the stored value reveals nothing by itself; the salt is
 * random per install and never leaves the device, so the hashes cannot be matched against another
 * install's or a list of names.
 *
 * Hashed (when the setting is on): the commenter's name, profile URL and headline. The headline is
 * reduced to what the analysis uses it for: whether it names the page's own company (colleague
 * detection, lib/analysis/colleagues.ts). Comments written by the page itself are not hashed: the
 * page's name is public and already stored with the page.
 */
import { colleagueMatcher } from '../analysis/colleagues';
import type { CommentObservation, ObservationBatch } from '../platforms/types';
import type { CommentRow, EchtDatabase } from './database';

/** Prefix that marks a stored value as a hash (and keeps hashing idempotent). */
export const HASH_PREFIX = 'h:';
const SALT_KEY = 'install-salt';

export function isHashed(value: string | null): boolean {
  return value !== null && value.startsWith(HASH_PREFIX);
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The per-install salt, created on first use (32 random bytes, hex). */
export async function installSalt(database: EchtDatabase): Promise<string> {
  return database.transaction('rw', database.meta, async () => {
    const row = await database.meta.get(SALT_KEY);
    if (typeof row?.value === 'string' && row.value.length >= 32) return row.value;
    const salt = toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
    await database.meta.put({ key: SALT_KEY, value: salt });
    return salt;
  });
}

/** `h:` + the first 128 bits of SHA-256(salt ‖ NUL ‖ value), hex. Already-hashed values pass through. */
export async function hashIdentity(salt: string, value: string): Promise<string> {
  if (isHashed(value)) return value;
  const data = new TextEncoder().encode(`${salt}\u0000${value.normalize('NFKC').trim().toLowerCase()}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return HASH_PREFIX + toHex(digest).slice(0, 32);
}

type CommentIdentity = Pick<CommentObservation, 'authorName' | 'authorUrl' | 'authorHeadline' | 'byPageAuthor'>;

async function hashComment<T extends CommentIdentity>(comment: T, salt: string, isColleague: (headline: string | null) => boolean, pageName: string | null): Promise<T> {
  if (comment.byPageAuthor) return comment;
  return {
    ...comment,
    authorName: await hashIdentity(salt, comment.authorName),
    authorUrl: comment.authorUrl === null ? null : await hashIdentity(salt, comment.authorUrl),
    // Keep only the fact the analysis reads: "works at this page's company" (as the page's name).
    authorHeadline: comment.authorHeadline !== null && !isHashed(comment.authorHeadline) && isColleague(comment.authorHeadline) ? pageName : null,
  };
}

/** The batch with every commenter identity hashed; posts and counts unchanged. */
export async function hashBatchCommenters(batch: ObservationBatch, salt: string, knownPageName: string | null): Promise<ObservationBatch> {
  const pageName = batch.page.header?.name ?? knownPageName;
  const isColleague = colleagueMatcher(pageName);
  const posts = await Promise.all(
    batch.posts.map(async (post) =>
      post.comments.length === 0
        ? post
        : { ...post, comments: await Promise.all(post.comments.map((c) => hashComment(c, salt, isColleague, pageName))) },
    ),
  );
  return { ...batch, posts };
}

/**
 * Hashes the commenters already stored (call when the user switches the setting on). Rows that
 * are already hashed stay as they are, so running it twice changes nothing.
 */
export async function hashStoredCommenters(database: EchtDatabase): Promise<number> {
  const salt = await installSalt(database);
  const pages = new Map((await database.pages.toArray()).map((p) => [p.key, p.name]));
  const rows = await database.comments.toArray();
  const changed: CommentRow[] = [];
  for (const row of rows) {
    if (row.byPageAuthor || isHashed(row.authorName)) continue;
    const pageName = pages.get(row.pageKey) ?? null;
    changed.push(await hashComment(row, salt, colleagueMatcher(pageName), pageName));
  }
  // Hash first (crypto.subtle is async and would end an IndexedDB transaction), then write at once.
  await database.transaction('rw', database.comments, async () => {
    for (const row of changed) {
      const current = await database.comments.get(row.uid);
      if (current && !isHashed(current.authorName)) await database.comments.put(row);
    }
  });
  return changed.length;
}

const HASH_PASS_KEY = 'last-hash-pass-at';
/** The background re-runs the pass at most this often (ms): it catches plain names that arrived
 *  without going through the writer, such as an import made while the setting was on. */
export const HASH_PASS_INTERVAL_MS = 3_600_000;

/** hashStoredCommenters, at most once per interval; null when it was not due. */
export async function hashStoredCommentersIfDue(database: EchtDatabase, now: number): Promise<number | null> {
  const last = (await database.meta.get(HASH_PASS_KEY))?.value;
  if (typeof last === 'number' && last <= now && now - last < HASH_PASS_INTERVAL_MS) return null;
  const changed = await hashStoredCommenters(database);
  await database.meta.put({ key: HASH_PASS_KEY, value: now });
  return changed;
}

/**
 * Deletes everything Echt stored: every page, post, snapshot, comment and the install salt, in one
 * transaction (all or nothing). Settings in browser.storage.local belong to lib/settings.
 */
export async function deleteEverything(database: EchtDatabase): Promise<void> {
  await database.transaction('rw', [database.pages, database.posts, database.snapshots, database.comments, database.meta], async () => {
    await Promise.all([database.pages.clear(), database.posts.clear(), database.snapshots.clear(), database.comments.clear(), database.meta.clear()]);
  });
}
