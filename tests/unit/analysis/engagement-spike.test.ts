import { describe, expect, it } from 'vitest';
import { engagementSpike } from '../../../lib/analysis/rules/engagement-spike';
import { posts, snapshot, timeline } from './builders';
import { run } from './helpers';

const usual = (i: number) => ({ reactions: 20 + (i % 5) * 2, commentCount: 2 + (i % 3) });

describe('engagement-spike', () => {
  it('passes a page with steady engagement', () => {
    const result = run(engagementSpike, timeline(posts(12, usual)));
    expect(result.status).toBe('pass');
    expect(result.figures.spikes).toBe(0);
  });

  it('fails a post with 15× the usual likes and no conversation, naming it', () => {
    const result = run(engagementSpike, timeline(posts(12, (i) => (i === 4 ? { reactions: 380, commentCount: 1 } : usual(i)))));
    expect(result.status).toBe('fail');
    expect(result.evidencePostIds).toEqual(['post-4']);
    expect(result.figures.maxRatio).toBeGreaterThan(10);
  });

  it('only warns when the spike brought conversation with it', () => {
    const result = run(engagementSpike, timeline(posts(12, (i) => (i === 4 ? { reactions: 300, commentCount: 80 } : usual(i)))));
    expect(result.status).toBe('warn');
  });

  it('warns between 3× and 5×', () => {
    const result = run(engagementSpike, timeline(posts(12, (i) => (i === 2 ? { reactions: 90, commentCount: 1 } : usual(i)))));
    expect(result.status).toBe('warn');
  });

  it('does not call 9 likes on a page that usually gets 2 a spike (small-page guard)', () => {
    const result = run(engagementSpike, timeline(posts(12, (i) => (i === 3 ? { reactions: 9, commentCount: 0 } : { reactions: 2, commentCount: 0 }))));
    expect(result.status).toBe('pass');
    expect(result.figures.maxRatio).toBeGreaterThanOrEqual(3);
  });

  it('is insufficient with too few readable counts; unreadable is not zero', () => {
    const tl = timeline(posts(12, (i) => (i < 6 ? usual(i) : { snapshots: [snapshot({ reactions: null, comments: null })] })));
    const result = run(engagementSpike, tl);
    expect(result.status).toBe('insufficient');
    expect(result.explanation).toEqual({ key: 'common.too-few-counted-posts', params: { posts: 6, needed: 8 } });
  });
});
