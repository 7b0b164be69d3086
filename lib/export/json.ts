/**
 * Reading an export file back: every check happens here, before the store is touched, and a bad
 * file comes back as a reason the UI can put in words (with the first offending place in the file).
 */
import { envelopeSchema, exportFileSchema } from './schema';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

/** Larger files are refused before reading: no real export comes near this. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type ImportProblem =
  | { reason: 'too-large' }
  | { reason: 'not-json' }
  | { reason: 'not-echt' }
  | { reason: 'newer-version'; version: number }
  /** `where`: the path of the first problem, e.g. "pages.0.posts.3.snapshots.0.reactions". */
  | { reason: 'invalid'; where: string; detail: string };

export type ImportParse = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

export function parseExport(text: string): ImportParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { reason: 'not-json' } };
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success || envelope.data.format !== EXPORT_FORMAT) return { ok: false, problem: { reason: 'not-echt' } };
  if (envelope.data.version > EXPORT_VERSION) return { ok: false, problem: { reason: 'newer-version', version: envelope.data.version } };
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: { reason: 'invalid', where: issue?.path.join('.') || '(file)', detail: issue?.message ?? '' } };
  }
  return { ok: true, file: parsed.data };
}

export function serializeExport(file: ExportFile): string {
  return JSON.stringify(file, null, 1);
}
