import { describe, expect, it } from 'vitest';
import { pageMetrics } from '../../../lib/report/metrics';
import { post, posts, timeline } from '../analysis/builders';

describe('pageMetrics', () => {
  it('computes the comparison figures from what was seen', () => {
    const page = timeline(
      [
        post(0, { text: 'Order now: 20% korting!', reactions: 40, commentCount: 2, hashtags: ['a', 'b', 'c'], comments: [{ authorName: 'Ann' }, { authorName: 'Acme', byPageAuthor: true }] }),
        post(7, { text: 'How do you brew your coffee?', reactions: 20, commentCount: 6, hashtags: ['coffee'], comments: [{ authorName: 'Bo' }] }),
        post(14, { text: 'Meet our new roaster.', reactions: 30, commentCount: 2 }),
      ],
      { followers: 1000 },
    );
    const metrics = pageMetrics(page);
    expect(metrics.posts).toBe(3);
    expect(metrics.rateDenominator).toBe('followers');
    expect(metrics.engagementRate).toBeCloseTo(0.032);
    expect(metrics.interactionsPerPost).toBe(32);
    expect(metrics.commentsPerReaction).toBeCloseTo(10 / 90);
    expect(metrics.promoShare).toBeCloseTo(1 / 3);
    expect(metrics.replyRate).toBe(0.5);
    expect(metrics.hashtagsPerPost).toBeCloseTo(4 / 3);
    expect(metrics.postsPerWeek).toBeCloseTo(1.5);
  });

  it('says unknown rather than zero', () => {
    const metrics = pageMetrics(timeline(posts(2, () => ({ reactions: null, commentCount: null })), { followers: null }));
    expect(metrics.engagementRate).toBeNull();
    expect(metrics.interactionsPerPost).toBeNull();
    expect(metrics.commentsPerReaction).toBeNull();
    expect(metrics.replyRate).toBeNull();
    expect(metrics.postsPerWeek).toBeNull();
  });
});
