/**
 * The export file: a format name and version on the outside, so an import can tell an Echt file
 * (and which one) from any other JSON before reading a single page.
 *
 * Versions (a newer file is refused with a clear message, an older one is upgraded on import):
 *  1 — pages with their posts, count snapshots and comments (lib/db/repository.ts PageDump).
 */
import type { PageDump } from '../db/repository';

export const EXPORT_FORMAT = 'echt-export';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  pages: PageDump[];
}

export function exportFile(pages: PageDump[], now: number): ExportFile {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(), pages };
}

/** File names say what is inside and when: "echt-linkedin-company-acme-2026-11-20.json". */
export function exportFileName(scope: string, extension: 'json' | 'csv', now: number): string {
  const safe = scope.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'pages';
  return `echt-${safe}-${new Date(now).toISOString().slice(0, 10)}.${extension}`;
}
