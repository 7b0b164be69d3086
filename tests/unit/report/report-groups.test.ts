import { describe, expect, it } from 'vitest';
import type { Report, RuleResult } from '../../../lib/analysis/model';
import { groupResults } from '../../../lib/report/report-groups';

const result = (id: RuleResult['id'], status: RuleResult['status']): RuleResult => ({
  id,
  status,
  figures: {},
  evidencePostIds: [],
  evidenceCommenters: [],
  explanation: { key: 'x' },
  suggestion: null,
  policy: null,
});

describe('groupResults', () => {
  const report = {
    results: [
      result('hashtag-overuse', 'warn'),
      result('sales-only-timeline', 'fail'),
      result('hollow-engagement', 'warn'),
      result('engagement-bait', 'pass'),
      result('same-circle', 'insufficient'),
      result('broadcast-only', 'fail'),
    ],
  } as Report;

  it('failures first, then warnings, heavier checks first; off checks among the quiet ones', () => {
    const groups = groupResults(report, new Set(['hashtag-overuse']));
    expect(groups.problems.map((r) => r.id)).toEqual(['broadcast-only', 'sales-only-timeline', 'hollow-engagement']);
    expect(groups.passed.map((r) => r.id)).toEqual(['engagement-bait']);
    expect(groups.quiet.map((r) => r.id).sort()).toEqual(['hashtag-overuse', 'same-circle']);
  });
});
