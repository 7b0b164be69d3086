/**
 * Splits one page's observations into messages the background accepts (LIMITS: posts per batch,
 * comments and text per batch; see schemas.ts). A content script that reads a long feed before
 * its next flush would otherwise send one oversized batch, and the background refuses a batch
 * whole. Plain code, no zod: content scripts import this.
 *
 * The parse health and the header travel with the first part only, so totals are not counted
 * twice; every part carries the same page and observation time.
 */
import type { ObservationBatch, PostObservation } from '../platforms/types';
import { LIMITS } from './protocol';

/** Mirrors MAX_BATCH_TEXT / MAX_BATCH_COMMENTS in schemas.ts (checked by a test). */
export const BATCH_BUDGET = { text: 2_000_000, comments: 5_000 } as const;

function weight(post: PostObservation): { text: number; comments: number } {
  let text = post.text.length;
  for (const c of post.comments) text += c.text.length;
  return { text, comments: post.comments.length };
}

export function splitBatch(batch: ObservationBatch): ObservationBatch[] {
  const parts: PostObservation[][] = [[]];
  let text = 0;
  let comments = 0;
  for (const post of batch.posts) {
    const w = weight(post);
    const current = parts[parts.length - 1]!;
    if (current.length > 0 && (current.length >= LIMITS.postsPerBatch || text + w.text > BATCH_BUDGET.text || comments + w.comments > BATCH_BUDGET.comments)) {
      parts.push([post]);
      text = w.text;
      comments = w.comments;
    } else {
      current.push(post);
      text += w.text;
      comments += w.comments;
    }
  }
  if (parts.length === 1) return [batch];
  const none = { cardsSeen: 0, fullyParsed: 0, partlyParsed: 0, skipped: 0, missingFields: {}, markup: {} };
  return parts.map((posts, i) => ({
    page: i === 0 ? batch.page : { ...batch.page, header: null },
    posts,
    health: i === 0 ? batch.health : none,
    observedAt: batch.observedAt,
  }));
}
