/**
 * Speed work must not change a single output. The golden file holds the full reports analyze()
 * produced, before any optimisation (issue 7), for timelines of several shapes; every report must
 * still be deep-equal to it, key order of figures included.
 *
 * After an intended change of output, rewrite the golden file with
 *   ECHT_WRITE_GOLDEN=1 npx vitest run tests/unit/analysis/equivalence
 * and review its diff like code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import type { Report } from '../../../../lib/analysis/model';
import { equivalenceCases } from './timelines';

const GOLDEN = new URL('./reports.golden.json', import.meta.url);
const cases = equivalenceCases();

if (process.env.ECHT_WRITE_GOLDEN === '1') {
  const reports = Object.fromEntries(cases.map((c) => [c.name, analyze(c.timeline, c.options)]));
  writeFileSync(GOLDEN, `${JSON.stringify(reports, null, 1)}\n`);
}

const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, Report>;

describe('analyze() reports stay exactly the same', () => {
  it('has a golden report for every case', () => {
    expect(Object.keys(golden)).toEqual(cases.map((c) => c.name));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const report = analyze(c.timeline, c.options);
    // Through JSON, as the golden file was: undefined fields and key order are compared as stored.
    expect(JSON.stringify(report, null, 1)).toBe(JSON.stringify(golden[name], null, 1));
  });

  it('gives the same report twice for one timeline object (no state kept between calls)', () => {
    const c = cases[2]!;
    expect(analyze(c.timeline, c.options)).toEqual(analyze(c.timeline, c.options));
  });
});
