/**
 * zod schemas for every message the background accepts. Background-only: content scripts import
 * the plain types from ./protocol.ts and never pay for zod in their bundle.
 */
import { z } from 'zod';
import { PLATFORMS } from '../analysis/model';
import { LIMITS, OBSERVATIONS } from './protocol';

const count = z.number().int().min(0).max(5e9).nullable();
const epochMs = z.number().int().min(Date.UTC(2003, 0, 1)).max(Date.UTC(2100, 0, 1));
const shortText = z.string().max(LIMITS.shortText);
const pageKey = z.string().regex(/^(linkedin|facebook):[^\s]{1,200}$/);
const httpsUrl = z
  .string()
  .max(2000)
  .regex(/^https:\/\/(www\.)?(linkedin|facebook)\.com\//);

const commentSchema = z.object({
  id: z.string().min(1).max(200),
  authorName: shortText,
  authorUrl: z.string().max(2000).nullable(),
  authorHeadline: shortText.nullable(),
  text: z.string().max(LIMITS.textLength),
  reactions: count,
  isReply: z.boolean(),
  byPageAuthor: z.boolean(),
  publishedAt: epochMs.nullable(),
});

const postSchema = z.object({
  id: z.string().min(1).max(200),
  authorPageKey: pageKey.nullable(),
  authorName: shortText.nullable(),
  authorKind: z.enum(['brand', 'person']).nullable(),
  publishedAt: epochMs.nullable(),
  publishedAtApprox: z.boolean(),
  text: z.string().max(LIMITS.textLength),
  hashtags: z.array(z.string().max(200)).max(LIMITS.hashtagsPerPost),
  links: z.array(z.string().max(2000)).max(LIMITS.linksPerPost),
  mediaKind: z.enum(['none', 'image', 'video', 'document', 'poll', 'article']),
  isReshare: z.boolean(),
  counts: z.object({ reactions: count, comments: count, reposts: count, impressions: count }),
  comments: z.array(commentSchema).max(LIMITS.commentsPerPost),
  missing: z.array(z.string().max(50)).max(50),
});

const tally = z.number().int().min(0).max(1e7);

export const batchSchema = z.object({
  page: z.object({
    platform: z.enum(PLATFORMS),
    pageKey,
    pageUrl: httpsUrl,
    kind: z.enum(['brand', 'person']),
    header: z
      .object({
        name: shortText.nullable(),
        followers: count,
        employeeBand: z.object({ min: tally, max: tally.nullable() }).nullable(),
        industry: shortText.nullable(),
      })
      .nullable(),
  }),
  posts: z.array(postSchema).max(LIMITS.postsPerBatch),
  health: z.object({
    cardsSeen: tally,
    fullyParsed: tally,
    partlyParsed: tally,
    skipped: tally,
    missingFields: z.record(z.string().max(50), tally),
    markup: z.record(z.string().max(50), tally),
  }),
  observedAt: epochMs,
});

export const observationsMessageSchema = z.object({
  type: z.literal(OBSERVATIONS),
  batch: batchSchema,
});
