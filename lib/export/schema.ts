/**
 * The zod schema an import must pass before anything is written. Strict objects (an unknown key
 * rejects the file), bounded sizes, and the same trust rules as observations from a page: links
 * that are not http(s) are dropped, ids are unique, numbers are plausible. The type checks at the
 * bottom keep the schema and the dump type equal.
 */
import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './format';

// The extension's CSP forbids generated code: zod must not try `new Function`.
z.config({ jitless: true });

/** Bounds well above real use, low enough that a hostile file cannot exhaust memory by count. */
const MAX = { pages: 5_000, postsPerPage: 50_000, snapshotsPerPost: 5_000, commentsPerPost: 5_000, text: 20_000, short: 500 } as const;

const count = z.number().int().min(0).max(5e9).nullable();
const epochMs = z.number().int().min(Date.UTC(2003, 0, 1)).max(Date.UTC(2100, 0, 1));
const id = z.string().min(1).max(200);
const shortText = z.string().max(MAX.short);
const text = z.string().max(MAX.text);
const pageKey = z.string().regex(/^(linkedin|facebook):\S{1,200}$/);
const pageUrl = z.string().max(2000).regex(/^https:\/\/(www\.)?(linkedin|facebook)\.com\//);
/** A profile link on one of the two sites, or a stored hash (lib/db/privacy.ts); anything else is dropped. */
const authorUrl = z
  .string()
  .max(2000)
  .nullable()
  .transform((url) => (url !== null && (/^https:\/\/([a-z0-9-]+\.)*(linkedin|facebook)\.com\//i.test(url) || /^h:[0-9a-f]{32}$/.test(url)) ? url : null));
const links = z
  .array(z.string().max(2000))
  .max(50)
  .transform((all) => all.filter((href) => /^https?:\/\//i.test(href)));

const tallyKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,49}$/)
  .refine((key) => !['__proto__', 'constructor', 'prototype'].includes(key), 'reserved key');
const tallies = z.record(tallyKey, z.number().int().min(0).max(1e9)).refine((record) => Object.keys(record).length <= 50, 'too many keys');

function unique<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    for (const item of items) {
      const value = key(item);
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `duplicate ${what} ${value}` });
      seen.add(value);
    }
  };
}

const snapshot = z.strictObject({ seenAt: epochMs, reactions: count, comments: count, reposts: count, impressions: count });

const comment = z.strictObject({
  id,
  postId: id,
  authorName: shortText,
  authorUrl,
  authorHeadline: shortText.nullable(),
  text,
  reactions: count,
  isReply: z.boolean(),
  byPageAuthor: z.boolean(),
  publishedAt: epochMs.nullable(),
  seenAt: epochMs,
});

const post = z.strictObject({
  id,
  publishedAt: epochMs.nullable(),
  publishedAtApprox: z.boolean(),
  authorName: shortText.nullable(),
  text,
  hashtags: z.array(z.string().max(200)).max(100),
  links,
  mediaKind: z.enum(['none', 'image', 'video', 'document', 'poll', 'article']),
  isReshare: z.boolean(),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
  snapshots: z.array(snapshot).max(MAX.snapshotsPerPost),
  comments: z.array(comment).max(MAX.commentsPerPost).superRefine(unique((c) => c.id, 'comment')),
});

const band = z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).nullable() });

const page = z.strictObject({
  key: pageKey,
  platform: z.enum(['linkedin', 'facebook']),
  url: pageUrl,
  kind: z.enum(['brand', 'person']),
  name: shortText.nullable(),
  followers: count,
  employeeBand: band.nullable(),
  industry: shortText.nullable(),
  relation: z.enum(['mine', 'competitor', 'unmarked']),
  firstSeenAt: epochMs,
  lastSeenAt: epochMs,
});

const health = z.strictObject({
  cardsSeen: z.number().int().min(0),
  fullyParsed: z.number().int().min(0),
  partlyParsed: z.number().int().min(0),
  skipped: z.number().int().min(0),
  missingFields: tallies,
  markup: tallies,
});

const pageDump = z
  .strictObject({ page, health, posts: z.array(post).max(MAX.postsPerPage).superRefine(unique((p) => p.id, 'post')) })
  .refine((dump) => dump.page.key.startsWith(`${dump.page.platform}:`), 'page key does not match its platform');

/** Format name and version only: read first, so a wrong or newer file gets the right message. */
export const envelopeSchema = z.looseObject({ format: z.string(), version: z.number().int().min(1) });

export const exportFileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().max(40),
  pages: z.array(pageDump).max(MAX.pages).superRefine(unique((d) => d.page.key, 'page')),
});

// Compile-time checks: what the schema accepts is exactly an export file, in both directions.
type Assert<T extends true> = T;
export type SchemaOutputIsExportFile = Assert<z.output<typeof exportFileSchema> extends ExportFile ? true : false>;
export type ExportFileFitsSchema = Assert<ExportFile extends z.input<typeof exportFileSchema> ? true : false>;
