/**
 * Exploration mode of the hostile-markup fuzz (off in CI): runs every fixture until its first
 * violation that is not a known issue and prints the minimal mutation sequence, the elements it
 * touched and the violation, instead of stopping at the first failing fixture.
 *
 *   ECHT_FUZZ_EXPLORE=1 ECHT_FUZZ_RUNS=400 [ECHT_FUZZ_ONLY=facebook] npx vitest run tests/unit/fuzz/explore.test.ts
 *   ECHT_FUZZ_STRICT=1 …   also reports the known issues
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { loadFixtures, Pages } from './fixtures';
import { applyMutation, MUTATION_KINDS, type Mutation } from './mutate';
import { tagAndRead, unknownViolations, violations, type Violation } from './oracle';

const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);
const ONLY = process.env.ECHT_FUZZ_ONLY;
const filter = (list: Violation[]) => (process.env.ECHT_FUZZ_STRICT ? list : unknownViolations(list));

function describeElement(el: Element | undefined): string {
  if (!el) return '-';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}" aria-label="${el.getAttribute('aria-label') ?? ''}"> "${text}"`;
}

describe.runIf(process.env.ECHT_FUZZ_EXPLORE)('fuzz exploration', () => {
  it('every fixture, first unknown violation each', async () => {
    const pages = new Pages();
    const mutation = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), a: fc.nat({ max: 100_000 }), b: fc.nat({ max: 100_000 }) });
    for (const fixture of loadFixtures()) {
      if (ONLY && !fixture.name.includes(ONLY)) continue;
      const began = Date.now();
      const details = await fc.check(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations: Mutation[]) => {
          const doc = await pages.load(fixture);
          const truth = tagAndRead(fixture.reader, doc, fixture.url);
          for (const m of mutations) applyMutation(doc, m);
          return filter(violations(fixture.reader, doc, fixture.url, truth)).length === 0;
        }),
        { numRuns: RUNS, seed: SEED },
      );
      if (!details.failed || !details.counterexample) {
        console.log(`OK   ${fixture.name} (${RUNS} runs, ${Date.now() - began} ms)`);
        continue;
      }
      const [mutations] = details.counterexample as [Mutation[]];
      const doc = await pages.load(fixture);
      const truth = tagAndRead(fixture.reader, doc, fixture.url);
      const lines: string[] = [];
      for (const m of mutations) {
        const all = Array.from(doc.body.querySelectorAll('*')).filter((el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName));
        lines.push(`   ${m.kind} a=${m.a} b=${m.b}: ${describeElement(all[m.a % all.length])}`);
        applyMutation(doc, m);
      }
      console.log(`FAIL ${fixture.name} ${JSON.stringify(mutations)}\n${lines.join('\n')}\n   → ${JSON.stringify(filter(violations(fixture.reader, doc, fixture.url, truth)))}`);
    }
    await pages.close();
  }, 3_600_000);
});
