/**
 * zod schemas for every message the background accepts. Background-only: content scripts import
 * the plain types from ./protocol.ts and never pay for zod in their bundle.
 *
 * Hardening (issue 8):
 * - Objects are strict: an unknown key (a typo, a field from another version, `__proto__`) rejects
 *   the message. Content script and background always ship in one package, so there is no
 *   older sender to stay compatible with; the type check at the bottom keeps schema and types equal.
 * - Record keys (parse-health tallies) are short identifiers, never `__proto__`, `constructor` or
 *   `prototype`, and few.
 * - Sizes are bounded per field (LIMITS) and per batch (total text), so a page that plants huge
 *   text cannot make one message fill the store.
 * - Links that are not http(s) and author URLs that are not the platform's https URLs are dropped
 *   (not rendered later as `javascript:` links), without losing the rest of the observation.
 * - zod runs jitless: it never generates code with `new Function` (the extension CSP forbids it,
 *   and a caught attempt still shows up as a CSP violation).
 */
import { z } from 'zod';
import { PLATFORMS } from '../analysis/model';
import type { ObservationBatch } from '../platforms/types';
import { LIMITS, OBSERVATIONS } from './protocol';

z.config({ jitless: true });

const count = z.number().int().min(0).max(5e9).nullable();
const epochMs = z.number().int().min(Date.UTC(2003, 0, 1)).max(Date.UTC(2100, 0, 1));
const shortText = z.string().max(LIMITS.shortText);
const pageKey = z.string().regex(/^(linkedin|facebook):[^\s]{1,200}$/);
const httpsUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/(www\.)?(linkedin|facebook)\.com\//);
const PLATFORM_URL = /^https:\/\/([a-z0-9-]+\.)*(linkedin|facebook)\.com\//i;
/** A profile link: kept only when it is an https URL on one of the two platforms. */
const authorUrl = z
  .string()
  .max(2000)
  .nullable()
  .transform((url) => (url !== null && PLATFORM_URL.test(url) ? url : null));
/** Outbound links of a post: only http(s) survive (no `javascript:`, `data:`, `chrome:`). */
const links = z
  .array(z.string().max(2000))
  .max(LIMITS.linksPerPost)
  .transform((all) => all.filter((href) => /^https?:\/\//i.test(href)));

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const tallyKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,49}$/)
  .refine((key) => !FORBIDDEN_KEYS.has(key), 'reserved key');
const tally = z.number().int().min(0).max(1e7);
const tallies = z.record(tallyKey, tally).refine((record) => Object.keys(record).length <= 50, 'too many keys');

const commentSchema = z.strictObject({
  id: z.string().min(1).max(200),
  authorName: shortText,
  authorUrl,
  authorHeadline: shortText.nullable(),
  text: z.string().max(LIMITS.textLength),
  reactions: count,
  isReply: z.boolean(),
  byPageAuthor: z.boolean(),
  publishedAt: epochMs.nullable(),
});

const postSchema = z.strictObject({
  id: z.string().min(1).max(200),
  authorPageKey: pageKey.nullable(),
  authorName: shortText.nullable(),
  authorKind: z.enum(['brand', 'person']).nullable(),
  publishedAt: epochMs.nullable(),
  publishedAtApprox: z.boolean(),
  text: z.string().max(LIMITS.textLength),
  hashtags: z.array(z.string().max(200)).max(LIMITS.hashtagsPerPost),
  links,
  mediaKind: z.enum(['none', 'image', 'video', 'document', 'poll', 'article']),
  isReshare: z.boolean(),
  counts: z.strictObject({ reactions: count, comments: count, reposts: count, impressions: count }),
  comments: z.array(commentSchema).max(LIMITS.commentsPerPost),
  missing: z.array(z.string().max(50)).max(50),
});

/** Total characters of text in one batch: a generous multiple of a real screenful of posts. */
export const MAX_BATCH_TEXT = 2_000_000;
/** Total comments in one batch. */
export const MAX_BATCH_COMMENTS = 5_000;

export const batchSchema = z
  .strictObject({
    page: z.strictObject({
      platform: z.enum(PLATFORMS),
      pageKey,
      pageUrl: httpsUrl,
      kind: z.enum(['brand', 'person']),
      header: z
        .strictObject({
          name: shortText.nullable(),
          followers: count,
          employeeBand: z.strictObject({ min: tally, max: tally.nullable() }).nullable(),
          industry: shortText.nullable(),
        })
        .nullable(),
    }),
    posts: z.array(postSchema).max(LIMITS.postsPerBatch),
    health: z.strictObject({
      cardsSeen: tally,
      fullyParsed: tally,
      partlyParsed: tally,
      skipped: tally,
      missingFields: tallies,
      markup: tallies,
    }),
    observedAt: epochMs,
  })
  .superRefine((batch, ctx) => {
    let text = 0;
    let comments = 0;
    for (const post of batch.posts) {
      text += post.text.length;
      comments += post.comments.length;
      for (const comment of post.comments) text += comment.text.length;
    }
    if (text > MAX_BATCH_TEXT) ctx.addIssue({ code: 'custom', message: 'batch text too large' });
    if (comments > MAX_BATCH_COMMENTS) ctx.addIssue({ code: 'custom', message: 'too many comments' });
    const ids = new Set(batch.posts.map((p) => p.id));
    if (ids.size !== batch.posts.length) ctx.addIssue({ code: 'custom', message: 'duplicate post ids' });
  });

export const observationsMessageSchema = z.strictObject({
  type: z.literal(OBSERVATIONS),
  batch: batchSchema,
});

// Compile-time: the schema accepts exactly the ObservationBatch the readers produce. If a reader
// adds a field to the types, this fails to type-check until the schema learns it too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesTypes: Same<z.output<typeof batchSchema>, ObservationBatch> = true;
void schemaMatchesTypes;
