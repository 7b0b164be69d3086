/**
 * "Your data": export, import and delete, joining storage, the export format and the analysis.
 * Everything stays on the device: files are handed to the browser's own download, never sent.
 */
import { analyze } from '../analysis';
import type { AnalyzeOptions, Timeline } from '../analysis/model';
import { db } from '../db/database';
import { deleteEverything } from '../db/privacy';
import { deletePage, dumpPages, pageInfoOf, restorePages, type PageDump } from '../db/repository';
import { exportFile, exportFileName } from '../export/format';
import { parseExport, serializeExport, type ImportProblem } from '../export/json';
import { postsCsv } from '../export/posts-csv';
import { postFlagsItem } from '../highlight/flags-item';
import { flagsByPost } from './flags';

export interface ExportedFile {
  name: string;
  mimeType: string;
  content: string;
}

/** The analysis model of a dumped page (what `loadPage` would return for it). */
export function timelineOfDump(dump: PageDump, now: number): Timeline {
  const { page } = dump;
  return {
    now,
    page: pageInfoOf(page),
    posts: dump.posts.map(({ firstSeenAt: _first, lastSeenAt: _last, comments, ...post }) => ({
      ...post,
      comments: comments.map(({ seenAt: _seen, ...comment }) => comment),
    })),
  };
}

function scopeName(dumps: readonly PageDump[], keys: readonly string[] | undefined): string {
  const only = keys?.length === 1 ? dumps[0] : undefined;
  return only ? only.page.key.replace(':', '-') : 'all-pages';
}

/** One page (`keys` = [key]), several, or everything (no keys) as a re-importable JSON file. */
export async function exportJson(keys?: readonly string[]): Promise<ExportedFile> {
  const now = Date.now();
  const dumps = await dumpPages(db(), keys);
  return { name: exportFileName(scopeName(dumps, keys), 'json', now), mimeType: 'application/json', content: serializeExport(exportFile(dumps, now)) };
}

/** The posts as CSV, each with the checks that flag it under the user's settings. */
export async function exportCsv(options: AnalyzeOptions, keys?: readonly string[]): Promise<ExportedFile> {
  const now = Date.now();
  const dumps = await dumpPages(db(), keys);
  const flags = new Map(dumps.map((dump) => [dump.page.key, flagsByPost(analyze(timelineOfDump(dump, now), options))]));
  return { name: exportFileName(scopeName(dumps, keys), 'csv', now), mimeType: 'text/csv', content: postsCsv(dumps, flags) };
}

export type ImportOutcome = { ok: true; pages: number; posts: number } | { ok: false; problem: ImportProblem };

/** Checks the whole file first, then writes it in one transaction: a bad file changes nothing. */
export async function importJson(text: string): Promise<ImportOutcome> {
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  await restorePages(db(), parsed.file.pages);
  const posts = parsed.file.pages.reduce((sum, dump) => sum + dump.posts.length, 0);
  return { ok: true, pages: parsed.file.pages.length, posts };
}

export async function deleteOnePage(pageKey: string): Promise<void> {
  await deletePage(db(), pageKey);
  const flags = await postFlagsItem.getValue();
  if (pageKey in flags) {
    const rest = { ...flags };
    delete rest[pageKey];
    await postFlagsItem.setValue(rest);
  }
}

/** Every page, post, snapshot and comment, and the badges' flags. Settings are kept. */
export async function deleteAllData(): Promise<void> {
  await deleteEverything(db());
  await postFlagsItem.removeValue();
}
