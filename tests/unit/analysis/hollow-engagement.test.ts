import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { hollowEngagement } from '../../../lib/analysis/rules/hollow-engagement';
import { posts, snapshot, timeline } from './builders';
import { run } from './helpers';

describe('hollow-engagement', () => {
  it('passes posts whose reactions come with conversation', () => {
    const result = run(hollowEngagement, timeline(posts(8, () => ({ reactions: 40, commentCount: 4 }))));
    expect(result.status).toBe('pass');
    expect(result.figures.medianCommentsPer100Reactions).toBe(10);
  });

  it('fails "30 thumbs" with only a thumbs-up and a "Top!" underneath, and says what to do', () => {
    const hollow = () => ({ reactions: 30, comments: [{ authorName: 'Kees', text: '👍' }, { authorName: 'Mira', text: 'Top!' }] });
    const result = run(hollowEngagement, timeline(posts(8, hollow)));
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ eligiblePosts: 8, hollowPosts: 8 });
    expect(formatMsg(result.suggestion!, 'en')).toBe(
      'Your emptiest post had 30 reactions and 0 real comments. End the next post with a specific question; reply to every comment within a day; leave groups that like everything.',
    );
  });

  it('warns when about a third of the popular posts are hollow, the biggest first', () => {
    const result = run(
      hollowEngagement,
      timeline(posts(10, (i) => (i === 1 ? { reactions: 90, commentCount: 0 } : i === 4 || i === 7 ? { reactions: 25, commentCount: 0 } : { reactions: 30, commentCount: 3 }))),
    );
    expect(result.status).toBe('warn');
    expect(result.evidencePostIds).toEqual(['post-1', 'post-4', 'post-7']);
  });

  it('does not count the page’s own replies as conversation', () => {
    const result = run(
      hollowEngagement,
      timeline(posts(5, () => ({ reactions: 50, comments: [{ authorName: 'Acme', text: 'Thanks for reading, everyone.', byPageAuthor: true }] }))),
    );
    expect(result.status).toBe('fail');
  });

  it('is insufficient on a page whose posts get few reactions, or whose comment counts are unreadable', () => {
    expect(run(hollowEngagement, timeline(posts(10, () => ({ reactions: 8, commentCount: 0 })))).status).toBe('insufficient');
    const unreadable = timeline(posts(10, () => ({ snapshots: [snapshot({ reactions: 60, comments: null })] })));
    const result = run(hollowEngagement, unreadable);
    expect(result.status).toBe('insufficient');
    expect(result.figures.eligiblePosts).toBe(0);
  });
});
