/**
 * Export → wipe → import gives the same stored data and the same report; an import that fails
 * half-way leaves the store exactly as it was.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { EchtDatabase } from '../../../lib/db/database';
import { deleteEverything } from '../../../lib/db/privacy';
import { dumpPages, loadPage, restorePages } from '../../../lib/db/repository';
import { exportFile } from '../../../lib/export/format';
import { parseExport, serializeExport } from '../../../lib/export/json';
import { sampleDump } from './samples';

let serial = 0;
const fresh = () => new EchtDatabase(`echt-export-test-${process.pid}-${serial++}`);
const NOW = Date.UTC(2026, 10, 21);

describe('dumpPages and restorePages', () => {
  it('round-trips through a file, a wipe and an import with the same report', async () => {
    const database = fresh();
    await restorePages(database, [sampleDump(), sampleDump('linkedin:company/other')]);
    const before = await loadPage(database, 'linkedin:company/acme', NOW);

    const text = serializeExport(exportFile(await dumpPages(database), NOW));
    await deleteEverything(database);
    expect(await loadPage(database, 'linkedin:company/acme', NOW)).toBeNull();

    const parsed = parseExport(text);
    if (!parsed.ok) expect.unreachable();
    else await restorePages(database, parsed.file.pages);
    const after = await loadPage(database, 'linkedin:company/acme', NOW);
    expect(after).toEqual(before);
    expect(after && analyze(after.timeline)).toEqual(before && analyze(before.timeline));
    expect(await dumpPages(database)).toHaveLength(2);
  });

  it('exports one page when asked for one', async () => {
    const database = fresh();
    await restorePages(database, [sampleDump(), sampleDump('linkedin:company/other')]);
    const dumps = await dumpPages(database, ['linkedin:company/other']);
    expect(dumps.map((dump) => dump.page.key)).toEqual(['linkedin:company/other']);
    expect(dumps[0]).toEqual(sampleDump('linkedin:company/other'));
  });

  it('replaces a page that is already stored instead of mixing old and new', async () => {
    const database = fresh();
    await restorePages(database, [sampleDump()]);
    const smaller = sampleDump();
    smaller.posts = smaller.posts.slice(0, 1);
    await restorePages(database, [smaller]);
    expect((await loadPage(database, 'linkedin:company/acme', NOW))?.timeline.posts).toHaveLength(1);
  });

  it('changes nothing when a write fails half-way', async () => {
    const database = fresh();
    await restorePages(database, [sampleDump()]);
    const before = await dumpPages(database);
    // A value IndexedDB cannot store, in the second page: the first page's writes must roll back.
    const broken = sampleDump('linkedin:company/broken');
    (broken.page as { name: unknown }).name = () => 'not cloneable';
    const replacement = sampleDump();
    replacement.posts = [];
    await expect(restorePages(database, [replacement, broken])).rejects.toThrow();
    expect(await dumpPages(database)).toEqual(before);
  });
});
