import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { RULE_IDS } from '../../../lib/analysis/model';
import { posts, snapshot, timeline } from './builders';

describe('analyze', () => {
  it('lists every rule in RULE_IDS order, with the basis it used', () => {
    const tl = timeline(posts(8, () => ({ comments: [{ authorName: 'Eva' }] })));
    const report = analyze(tl);
    expect(report.pageKey).toBe('linkedin:company/acme');
    expect(report.results.map((result) => result.id)).toEqual([...RULE_IDS]);
    expect(report.basis).toMatchObject({ posts: 8, comments: 8, snapshots: 8, rateDenominator: 'followers' });
    expect(report.basis.firstSeenAt).toBeLessThan(report.basis.lastSeenAt!);
  });

  it('lists a switched-off rule as insufficient and leaves it out of the score', () => {
    const tl = timeline(posts(8, () => ({ hashtags: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })));
    const off = analyze(tl, { rules: { 'hashtag-overuse': { enabled: false } } });
    const hashtags = off.results.find((result) => result.id === 'hashtag-overuse');
    expect(hashtags?.status).toBe('insufficient');
    expect(hashtags?.explanation.key).toBe('common.disabled');
    const on = analyze(tl);
    expect(on.results.find((result) => result.id === 'hashtag-overuse')?.status).toBe('fail');
    if (on.score !== null && off.score !== null) expect(off.score).toBeGreaterThan(on.score);
  });

  it('falls back per field to the defaults for invalid thresholds', () => {
    const tl = timeline(posts(6, () => ({ hashtags: ['a', 'b', 'c', 'd'] })));
    const report = analyze(tl, {
      rules: { 'hashtag-overuse': { thresholds: { linkedinWarnAbove: Number.NaN, linkedinFailAbove: -3, blockMinTags: 99, nonsense: 4 } } },
    });
    const result = report.results.find((r) => r.id === 'hashtag-overuse');
    expect(result?.figures.limit).toBe(3);
    expect(result?.status).toBe('fail');
  });

  it('gives no score for a page with too few posts, and says why', () => {
    const report = analyze(timeline(posts(3)));
    expect(report.score).toBeNull();
    expect(report.grade).toBeNull();
    expect(report.scoreReason).toEqual({ key: 'score.too-few-posts', params: { posts: 3, needed: 5 } });
  });

  it('never reads an unreadable count as zero', () => {
    const tl = timeline(posts(6, () => ({ snapshots: [snapshot({ reactions: null, comments: null })] })), { followers: null });
    const report = analyze(tl);
    expect(report.basis.rateDenominator).toBe('none');
    for (const result of report.results) {
      expect(Object.values(result.figures)).not.toContain(Number.NaN);
    }
  });
});
