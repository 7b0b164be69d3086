/** splitBatch: what the collector can use so no batch is refused for its size. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../lib/messaging/protocol';
import { batchSchema, MAX_BATCH_COMMENTS, MAX_BATCH_TEXT } from '../../../lib/messaging/schemas';
import { BATCH_BUDGET, splitBatch } from '../../../lib/messaging/split-batch';
import { batch, comment, post } from '../db/builders';

describe('splitBatch', () => {
  it('keeps the budgets equal to the schema limits', () => {
    expect(BATCH_BUDGET).toEqual({ text: MAX_BATCH_TEXT, comments: MAX_BATCH_COMMENTS });
  });

  it('leaves a batch within limits as it is', () => {
    const b = batch([post('li:1'), post('li:2')]);
    expect(splitBatch(b)).toEqual([b]);
  });

  it('splits 10,000 posts into parts the schema accepts, losing none, health and header once', () => {
    const b = batch(Array.from({ length: 10_000 }, (_, i) => post(`li:${i}`)));
    const parts = splitBatch(b);
    expect(parts).toHaveLength(Math.ceil(10_000 / LIMITS.postsPerBatch));
    for (const part of parts) expect(batchSchema.safeParse(part).success).toBe(true);
    expect(parts.flatMap((p) => p.posts.map((x) => x.id))).toEqual(b.posts.map((x) => x.id));
    expect(parts.filter((p) => p.page.header !== null)).toHaveLength(1);
    expect(parts.reduce((n, p) => n + p.health.cardsSeen, 0)).toBe(b.health.cardsSeen);
  });

  it('any mix of long texts and many comments ends up in accepted parts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ textLength: fc.integer({ min: 0, max: LIMITS.textLength }), comments: fc.integer({ min: 0, max: 60 }) }), { minLength: 1, maxLength: 600 }),
        (shapes) => {
          const b = batch(shapes.map((s, i) => post(`li:${i}`, { text: 'x'.repeat(s.textLength), comments: Array.from({ length: s.comments }, (_, j) => comment(`c${j}`, { text: 'y'.repeat(300) })) })));
          const parts = splitBatch(b);
          for (const part of parts) expect(batchSchema.safeParse(part).success).toBe(true);
          expect(parts.reduce((n, p) => n + p.posts.length, 0)).toBe(shapes.length);
        },
      ),
      { numRuns: 30, seed: 20261120 },
    );
  });
});
