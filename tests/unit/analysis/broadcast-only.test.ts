import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { broadcastOnly } from '../../../lib/analysis/rules/broadcast-only';
import { posts, timeline } from './builders';
import { run } from './helpers';

const NEWS = 'Acme is proud to announce its annual results: revenue grew 12% in 2026.';
const QUESTION = 'Which of these three designs would you pick for the new shop front?';

describe('broadcast-only', () => {
  it('fails a page of corporate news that never asks and never answers, counting waiting comments', () => {
    const tl = timeline(posts(10, () => ({ text: NEWS, comments: [{ authorName: 'Eva', text: 'When does the new plant open?' }] })));
    const result = run(broadcastOnly, tl);
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ questionPosts: 0, repliedPosts: 0, commentedPosts: 10, newsPercent: 100, signals: 3 });
    // Posts 0–6 were published in the last week: their comments wait for an answer.
    expect(result.figures.unansweredRecent).toBe(7);
    expect(formatMsg(result.suggestion!, 'en')).toBe('7 comments from the last 7 days have no answer yet: reply today.');
    expect(result.evidencePostIds.slice(0, 3)).toEqual(['post-0', 'post-1', 'post-2']);
  });

  it('warns for mostly reshares without questions, even when the page answers', () => {
    const tl = timeline(
      posts(10, (i) => ({
        isReshare: i % 4 !== 0,
        comments: [{ authorName: 'Eva', text: 'Nice find' }, { authorName: 'Acme', text: 'Thanks Eva!', byPageAuthor: true }],
      })),
    );
    const result = run(broadcastOnly, tl);
    expect(result.status).toBe('warn');
    expect(result.suggestion?.key).toBe('rule.broadcast-only.suggest.ask');
  });

  it('treats a comment written after the page’s last reply as still waiting', () => {
    const at = (h: number) => Date.UTC(2026, 10, 2, h);
    const tl = timeline(
      posts(6, (i) => ({
        text: NEWS,
        comments:
          i === 0
            ? [
                { authorName: 'Eva', text: 'Where?', publishedAt: at(8) },
                { authorName: 'Acme', text: 'In Delft.', byPageAuthor: true, publishedAt: at(9) },
                { authorName: 'Bas', text: 'From when?', publishedAt: at(10) },
              ]
            : [],
      })),
    );
    expect(run(broadcastOnly, tl).figures.unansweredRecent).toBe(1);
  });

  it('passes a page that asks questions and answers comments', () => {
    const tl = timeline(
      posts(10, (i) => ({
        text: i % 2 ? QUESTION : NEWS,
        comments: [{ authorName: 'Eva', text: 'The blue one' }, { authorName: 'Acme', text: 'Thanks, noted!', byPageAuthor: true }],
      })),
    );
    const result = run(broadcastOnly, tl);
    expect(result.status).toBe('pass');
    expect(result.suggestion).toBeNull();
  });

  it('does not judge replies without comments to reply to', () => {
    const result = run(broadcastOnly, timeline(posts(10, () => ({ text: NEWS }))));
    expect(result.figures.commentedPosts).toBe(0);
    expect(result.status).toBe('warn');
  });

  it('is insufficient below five posts', () => {
    expect(run(broadcastOnly, timeline(posts(4, () => ({ text: NEWS })))).status).toBe('insufficient');
  });
});
