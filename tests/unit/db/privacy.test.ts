/** Commenter names stored hashed (setting), and delete everything. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EchtDatabase } from '../../../lib/db/database';
import { deleteEverything, hashIdentity, hashStoredCommenters, installSalt, isHashed } from '../../../lib/db/privacy';
import { loadPage, recordBatch } from '../../../lib/db/repository';
import { storeObservations } from '../../../lib/db/writer';
import { analyze } from '../../../lib/analysis';
import { batch, comment, NOW, post } from './builders';
import { countAll, freshName } from './helpers';

const HASHING = { retentionDays: 365, hashCommenterNames: true };
const PLAIN = { retentionDays: 365, hashCommenterNames: false };

const open: EchtDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});
const fresh = () => {
  const d = new EchtDatabase(freshName('privacy'));
  open.push(d);
  return d;
};

const commented = () =>
  batch([
    post('li:1', {
      comments: [
        comment('c1'),
        comment('c2', { authorName: 'Sam Bakker', authorUrl: null, authorHeadline: 'Baker in Utrecht' }),
        comment('c3', { authorName: 'Kaasmeester', authorUrl: 'https://www.linkedin.com/company/kaasmeester/', authorHeadline: null, byPageAuthor: true }),
      ],
    }),
    post('li:2', { comments: [comment('c4', { authorName: 'ANNEKE DE VRIES ' })] }),
  ]);

describe('hashed commenter names', () => {
  it('stores no commenter name, profile link or headline in clear when the setting is on', async () => {
    const database = fresh();
    await storeObservations(database, commented(), { settings: HASHING, now: NOW });
    const rows = await database.comments.toArray();
    const stored = JSON.stringify(rows);
    for (const secret of ['Anneke', 'anneke-de-vries', 'Sam Bakker', 'Baker in Utrecht', 'Cheesemaker']) expect(stored).not.toContain(secret);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(isHashed(byId.get('c1')!.authorName)).toBe(true);
    expect(byId.get('c1')!.authorName).toMatch(/^h:[0-9a-f]{32}$/);
    expect(isHashed(byId.get('c1')!.authorUrl)).toBe(true);
    // the same person (case and spacing aside) is the same hash: the analysis still sees a circle
    expect(byId.get('c4')!.authorName).toBe(byId.get('c1')!.authorName);
    // the page answering as itself is public and stays readable
    expect(byId.get('c3')!.authorName).toBe('Kaasmeester');
    // a headline naming the page's company survives only as that fact; others are dropped
    expect(byId.get('c1')!.authorHeadline).toBe('Kaasmeester');
    expect(byId.get('c2')!.authorHeadline).toBeNull();
    // and the text of the comments is untouched
    expect(byId.get('c2')!.text).toBe('Great post!');
  });

  it('the analysis gives the same verdicts on hashed and on plain names', async () => {
    const plainDb = fresh();
    const hashedDb = fresh();
    const posts = Array.from({ length: 8 }, (_, i) =>
      post(`li:${i}`, { publishedAt: NOW - (i + 1) * 86_400_000, comments: ['Anneke', 'Sam', 'Piet'].map((n, j) => comment(`c${i}-${j}`, { authorName: n, authorUrl: `https://www.linkedin.com/in/${n.toLowerCase()}`, text: ['Great post!', 'Love it', 'Nice'][j]! })) }),
    );
    await storeObservations(plainDb, batch(posts), { settings: PLAIN, now: NOW });
    await storeObservations(hashedDb, batch(posts), { settings: HASHING, now: NOW });
    const a = analyze((await loadPage(plainDb, 'linkedin:company/kaasmeester', NOW))!.timeline);
    const b = analyze((await loadPage(hashedDb, 'linkedin:company/kaasmeester', NOW))!.timeline);
    expect(b.results.map((r) => [r.id, r.status])).toEqual(a.results.map((r) => [r.id, r.status]));
    expect(b.score).toBe(a.score);
  });

  it('stores names in clear when the setting is off', async () => {
    const database = fresh();
    await storeObservations(database, commented(), { settings: PLAIN, now: NOW });
    expect((await database.comments.get('linkedin:company/kaasmeester|li:1|c1'))!.authorName).toBe('Anneke de Vries');
  });

  it('the salt is per install: the same name hashes differently elsewhere, and identically here', async () => {
    const a = fresh();
    const b = fresh();
    const saltA = await installSalt(a);
    expect(await installSalt(a)).toBe(saltA);
    const saltB = await installSalt(b);
    expect(saltB).not.toBe(saltA);
    expect(saltA).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashIdentity(saltA, 'Anneke')).toBe(await hashIdentity(saltA, 'anneke'));
    expect(await hashIdentity(saltA, 'Anneke')).not.toBe(await hashIdentity(saltB, 'Anneke'));
    // hashing a hash changes nothing
    const h = await hashIdentity(saltA, 'Anneke');
    expect(await hashIdentity(saltA, h)).toBe(h);
  });

  it('switching the setting on hashes what is already stored, once', async () => {
    const database = fresh();
    await storeObservations(database, commented(), { settings: PLAIN, now: NOW });
    expect(await hashStoredCommenters(database)).toBe(3);
    expect(JSON.stringify(await database.comments.toArray())).not.toContain('Anneke');
    const snapshot = JSON.stringify(await database.comments.toArray());
    expect(await hashStoredCommenters(database)).toBe(0);
    expect(JSON.stringify(await database.comments.toArray())).toBe(snapshot);
    // later observations of the same comments, hashed, overwrite the same rows: no duplicates
    await storeObservations(database, commented(), { settings: HASHING, now: NOW + 1000 });
    expect(await database.comments.count()).toBe(4);
    expect(JSON.stringify(await database.comments.toArray())).not.toContain('Anneke');
  });
});

describe('delete everything', () => {
  it('empties every table in one go', async () => {
    const database = fresh();
    await storeObservations(database, commented(), { settings: HASHING, now: NOW });
    await recordBatch(database, batch([post('fb:1')], {}, 'facebook:bakkerij.jansen'));
    await deleteEverything(database);
    const counts = await countAll(database);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(Object.keys(counts).sort()).toEqual(['comments', 'meta', 'pages', 'posts', 'snapshots']);
  });
});

describe('the background\'s hashing pass', () => {
  it('hashes plain names that arrived around the writer (an import), at most hourly', async () => {
    const { hashStoredCommentersIfDue, HASH_PASS_INTERVAL_MS } = await import('../../../lib/db/privacy');
    const database = fresh();
    await storeObservations(database, commented(), { settings: PLAIN, now: NOW });
    expect(await hashStoredCommentersIfDue(database, NOW)).toBe(3);
    await storeObservations(database, batch([post('li:9', { comments: [comment('c9', { authorName: 'Plain Import' })] })]), { settings: PLAIN, now: NOW });
    expect(await hashStoredCommentersIfDue(database, NOW + 1000)).toBeNull();
    expect(await hashStoredCommentersIfDue(database, NOW + HASH_PASS_INTERVAL_MS + 1)).toBe(1);
    expect(JSON.stringify(await database.comments.toArray())).not.toContain('Plain Import');
  });
});
