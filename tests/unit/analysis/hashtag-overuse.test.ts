import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { hashtagOveruse } from '../../../lib/analysis/rules/hashtag-overuse';
import { posts, timeline } from './builders';
import { run } from './helpers';

const STUFFED = ['marketing', 'marketingtips', 'socialmedia', 'socialmediamarketing', 'business', 'ondernemer', 'ondernemen', 'sales', 'growth', 'success', 'motivation'];

describe('hashtag-overuse', () => {
  it('passes two or three relevant hashtags a post', () => {
    const result = run(hashtagOveruse, timeline(posts(8, (i) => ({ hashtags: i % 2 ? ['bakery', 'utrecht'] : ['bakery'] }))));
    expect(result.status).toBe('pass');
    expect(result.figures.maxTags).toBe(2);
    expect(result.suggestion).toBeNull();
  });

  it('fails a page that stuffs eleven hashtags under every post, and names them', () => {
    const result = run(hashtagOveruse, timeline(posts(6, () => ({ hashtags: STUFFED }))));
    expect(result.status).toBe('fail');
    expect(result.figures.overPosts).toBe(6);
    expect(result.figures.nearDuplicatePairs).toBeGreaterThanOrEqual(6 * 3);
    expect(result.evidencePostIds).toHaveLength(6);
    expect(formatMsg(result.suggestion!, 'en')).toContain('Replace these 11 hashtags with 2–3');
    expect(formatMsg(result.suggestion!, 'nl')).toContain('Vervang deze 11 hashtags');
  });

  it('warns when a third of the posts go over the limit, most hashtags first', () => {
    const result = run(
      hashtagOveruse,
      timeline(posts(9, (i) => ({ hashtags: i === 2 ? ['a1', 'b', 'c', 'd', 'e'] : i === 5 ? ['x', 'y', 'z', 'w'] : i === 7 ? ['p', 'q', 'r', 's'] : ['bakery'] }))),
    );
    expect(result.status).toBe('warn');
    expect(result.evidencePostIds[0]).toBe('post-2');
  });

  it('uses the stricter Facebook limit', () => {
    const tl = (platform: 'facebook' | 'linkedin') =>
      timeline(posts(6, () => ({ hashtags: ['bakery', 'bread', 'utrecht'] })), { platform });
    expect(run(hashtagOveruse, tl('linkedin')).status).toBe('pass');
    expect(run(hashtagOveruse, tl('facebook')).status).not.toBe('pass');
  });

  it('warns (never fails) for sentence hashtags alone, and suggests writing them out', () => {
    const result = run(
      hashtagOveruse,
      timeline(posts(3, () => ({ hashtags: ['WeAreSoProudOfOurTeam'] }))),
    );
    expect(result.status).toBe('warn');
    expect(result.figures.sentenceTags).toBe(3);
    expect(formatMsg(result.suggestion!, 'en')).toBe(
      'Write #WeAreSoProudOfOurTeam out as a sentence; keep hashtags to one or two words.',
    );
  });

  it('reads hashtags from the text when the reader found none', () => {
    const text = 'Nieuwe collega! #welkom #team #groei #ondernemen #ondernemer #succes';
    const result = run(hashtagOveruse, timeline(posts(4, () => ({ text }))));
    expect(result.figures.maxTags).toBe(6);
    expect(result.status).toBe('fail');
  });

  it('notices the same block pasted under most posts', () => {
    const block = ['acme', 'engineering', 'quality', 'holland'];
    const result = run(
      hashtagOveruse,
      timeline(posts(10, () => ({ hashtags: block }))),
      { linkedinWarnAbove: 5, linkedinFailAbove: 8 },
    );
    expect(result.status).toBe('warn');
    expect(result.figures.blockPosts).toBe(10);
    expect(result.explanation.key).toBe('rule.hashtag-overuse.explain.block');
  });

  it('is insufficient with fewer than three posts', () => {
    const result = run(hashtagOveruse, timeline(posts(2, () => ({ hashtags: STUFFED }))));
    expect(result.status).toBe('insufficient');
    expect(result.explanation.params).toEqual({ posts: 2, needed: 3 });
  });

  it('honours a custom limit from the settings', () => {
    const tl = timeline(posts(6, () => ({ hashtags: ['a', 'b', 'c', 'd'] })));
    expect(run(hashtagOveruse, tl).status).toBe('fail');
    expect(run(hashtagOveruse, tl, { linkedinWarnAbove: 4, linkedinFailAbove: 6, blockMinTags: 10 }).status).toBe('pass');
  });
});
