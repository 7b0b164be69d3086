/**
 * Hostile markup fuzz over every LinkedIn and Facebook fixture: mutate the page (drop, duplicate
 * and reorder nodes, scramble classes, swap labels, plant zero-width/bidi characters, huge numbers,
 * RTL text), run the reader, and check that nothing throws and that every count is the fixture's
 * true value or null, never invented. Seeded: set ECHT_FUZZ_SEED / ECHT_FUZZ_RUNS to explore more.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFixtures, Pages } from './fixtures';
import { applyMutation, MUTATION_KINDS, type Mutation } from './mutate';
import { tagAndRead, type Truth, unknownViolations, violations } from './oracle';

// 10 sequences per fixture keep this file under ~10 s on two cores (CI); ECHT_FUZZ_RUNS=150 and
// the exploration mode (explore.test.ts) are the deep runs (RELIABILITY.md §1).
const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 10);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);
const FIXTURES = loadFixtures();
const pages = new Pages();
afterAll(() => pages.close());

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  a: fc.nat({ max: 100_000 }),
  b: fc.nat({ max: 100_000 }),
});

describe('hostile markup fuzz', () => {
  it('finds fixtures of both platforms', () => {
    expect(FIXTURES.some((f) => f.platform === 'linkedin')).toBe(true);
    expect(FIXTURES.some((f) => f.platform === 'facebook')).toBe(true);
  });

  for (const fixture of FIXTURES) {
    describe(fixture.name, () => {
      let truth: Truth;
      it('the unmutated page yields posts (the fuzz is not vacuous)', async () => {
        // tagged while prepared, so every later load starts from the tagged page
        await pages.load(fixture, (d) => {
          truth = tagAndRead(fixture.reader, d, fixture.url);
        });
        const posts = [...truth.cards.values()].filter((c) => c.kind === 'post').length;
        // a fixture of markup no reader knows must stay unread; every other one yields posts
        if (fixture.name.includes('unknown')) expect(posts).toBe(0);
        else expect(posts).toBeGreaterThan(0);
      });

      it(`no exception and no invented count under ${RUNS} random mutation sequences`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 6 }), async (mutations) => {
            const doc = await pages.load(fixture);
            for (const m of mutations) applyMutation(doc, m);
            // readers promise never to throw (the collector relies on it): violations() calls
            // findCards, readCard and readHeader; cardOf is checked on a few inner nodes
            expect(unknownViolations(violations(fixture.reader, doc, fixture.url, truth))).toEqual([]);
            const inner = Array.from(doc.body.querySelectorAll('*'));
            for (let i = 0; i < inner.length; i += Math.max(1, Math.floor(inner.length / 20))) fixture.reader.cardOf(inner[i]!);
          }),
          { numRuns: RUNS, seed: SEED },
        );
      }, 600_000);
    });
  }
});
