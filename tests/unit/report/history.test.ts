import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { engagementHistory, MAX_SCORE_POINTS, scoreHistory } from '../../../lib/report/history';
import { HEALTHY_TEXTS, posts, timeline } from '../analysis/builders';

describe('scoreHistory', () => {
  const page = timeline(posts(12, (i) => ({ text: HEALTHY_TEXTS[i] ?? '', reactions: 30, commentCount: 4 })));

  it('has one point per day a post appeared, oldest first, in epoch seconds', () => {
    const points = scoreHistory(page, {});
    expect(points).toHaveLength(12);
    expect(points.map((p) => p.time)).toEqual([...points.map((p) => p.time)].sort((a, b) => a - b));
    expect(points[0]?.time).toBeLessThan(1e11);
  });

  it('leaves a gap (null), not a zero, while the timeline was too thin to score', () => {
    const points = scoreHistory(page, {});
    expect(points[0]?.score).toBeNull();
    expect(points.at(-1)?.score).toBe(analyze({ ...page, now: page.now }).score);
  });

  it('never draws more than MAX_SCORE_POINTS points, and keeps the last', () => {
    const long = timeline(posts(MAX_SCORE_POINTS * 2, (i) => ({ text: HEALTHY_TEXTS[i % HEALTHY_TEXTS.length] ?? '' })));
    const points = scoreHistory(long, {});
    expect(points).toHaveLength(MAX_SCORE_POINTS);
    expect(points.at(-1)?.time).toBe(scoreHistory(long, {}).at(-1)?.time);
  });
});

describe('engagementHistory', () => {
  it('plots reactions + comments per dated post and marks the spikes the report names', () => {
    const page = timeline(posts(10, (i) => ({ reactions: i === 3 ? 400 : 20 + i, commentCount: 2 })));
    const report = analyze(page);
    const points = engagementHistory(page, report);
    expect(points).toHaveLength(10);
    const spike = report.results.find((r) => r.id === 'engagement-spike');
    expect(points.filter((p) => p.spike).map((p) => p.postId)).toEqual(spike?.status === 'pass' ? [] : spike?.evidencePostIds);
    expect(points.find((p) => p.postId === 'post-3')?.interactions).toBe(402);
  });

  it('leaves out posts whose counts or date are unknown', () => {
    const page = timeline([...posts(2), ...posts(1, () => ({ id: 'no-counts', reactions: null })), ...posts(1, () => ({ id: 'no-date', publishedAt: null }))]);
    expect(engagementHistory(page, analyze(page)).map((p) => p.postId).sort()).toEqual(['post-0', 'post-1']);
  });
});
