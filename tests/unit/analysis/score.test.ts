import { describe, expect, it } from 'vitest';
import type { RuleId, RuleResult, RuleStatus } from '../../../lib/analysis/model';
import { RULE_IDS } from '../../../lib/analysis/model';
import { gradeOf, RULE_WEIGHTS, scoreResults } from '../../../lib/analysis/score';

function results(statuses: Partial<Record<RuleId, RuleStatus>>, fallback: RuleStatus = 'pass'): RuleResult[] {
  return RULE_IDS.map((id) => ({
    id,
    status: statuses[id] ?? fallback,
    figures: {},
    evidencePostIds: [],
    evidenceCommenters: [],
    explanation: { key: 'x' },
    suggestion: null,
    policy: null,
  }));
}
const ALL = new Set<RuleId>(RULE_IDS);

describe('score', () => {
  it('gives 100 and an A when everything passes', () => {
    expect(scoreResults(results({}), ALL, 20)).toEqual({ score: 100, grade: 'A', scoreReason: null });
  });

  it('weighs a failed conversation rule more than a failed style rule', () => {
    const hollow = scoreResults(results({ 'hollow-engagement': 'fail' }), ALL, 20).score!;
    const hashtags = scoreResults(results({ 'hashtag-overuse': 'fail' }), ALL, 20).score!;
    expect(hollow).toBeLessThan(hashtags);
    expect(RULE_WEIGHTS['hollow-engagement']).toBeGreaterThan(RULE_WEIGHTS['hashtag-overuse']);
  });

  it('counts a warning as half', () => {
    const total = Object.values(RULE_WEIGHTS).reduce((a, b) => a + b, 0);
    const expected = Math.round((100 * (total - RULE_WEIGHTS['broadcast-only'] / 2)) / total);
    expect(scoreResults(results({ 'broadcast-only': 'warn' }), ALL, 20).score).toBe(expected);
  });

  it('leaves insufficient rules out, and refuses to score when most cannot judge', () => {
    const some = scoreResults(results({ 'hashtag-overuse': 'insufficient' }), ALL, 20);
    expect(some.score).toBe(100);
    const most = scoreResults(results({ 'hashtag-overuse': 'pass' }, 'insufficient'), ALL, 20);
    expect(most.score).toBeNull();
    expect(most.scoreReason?.key).toBe('score.too-few-rules');
  });

  it('refuses with too few posts or every rule off', () => {
    expect(scoreResults(results({}), ALL, 4).scoreReason?.key).toBe('score.too-few-posts');
    expect(scoreResults(results({}), new Set(), 20).scoreReason?.key).toBe('score.all-disabled');
  });

  it('maps scores to grades', () => {
    expect([100, 85, 84, 70, 55, 40, 39, 0].map(gradeOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'E', 'E']);
  });
});
