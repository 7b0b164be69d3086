import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { genericComments } from '../../../lib/analysis/rules/generic-comments';
import { posts, timeline } from './builders';
import { run } from './helpers';

const REAL = [
  'How long did the renovation take?',
  'We had the same problem with our supplier last year.',
  'Does this also work for smaller shops?',
  'Nice to see the team behind the counter for once.',
];

describe('generic-comments', () => {
  it('fails when most comments are applause, naming the commenters', () => {
    const tl = timeline(
      posts(5, () => ({
        comments: [
          { authorName: 'Kees', text: '👏👏' },
          { authorName: 'Mira', text: 'Great post!' },
          { authorName: 'Joost', text: 'Top!' },
          { authorName: 'Kees', text: 'Mooi!' },
        ],
      })),
    );
    const result = run(genericComments, tl);
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ comments: 20, genericComments: 20, emojiOnly: 5, stockPraise: 15 });
    expect(result.evidenceCommenters[0]).toBe('Kees');
    expect(formatMsg(result.suggestion!, 'nl')).toContain('Opmerkingen als “');
  });

  it('warns at about a third', () => {
    const tl = timeline(
      posts(5, (i) => ({
        comments: [
          { authorName: `a${i}`, text: REAL[0]! },
          { authorName: `b${i}`, text: REAL[1]! },
          { authorName: `c${i}`, text: i < 3 ? '🔥' : REAL[2]! },
          { authorName: `d${i}`, text: i < 4 ? 'Goed bezig!' : REAL[3]! },
        ],
      })),
    );
    expect(run(genericComments, tl).status).toBe('warn');
  });

  it('passes real conversation with the odd emoji, and ignores the page’s own replies', () => {
    const tl = timeline(
      posts(5, (i) => ({
        comments: [
          ...REAL.map((text, j) => ({ authorName: `p${i}${j}`, text })),
          { authorName: 'Acme', text: 'Thanks!', byPageAuthor: true },
          ...(i === 0 ? [{ authorName: 'Q', text: '👍' }] : []),
        ],
      })),
    );
    const result = run(genericComments, tl);
    expect(result.status).toBe('pass');
    expect(result.figures).toMatchObject({ comments: 21, genericComments: 1 });
  });

  it('accepts a row of congratulations under one post', () => {
    const tl = timeline(
      posts(5, (i) => ({
        comments: i === 0 ? ['Gefeliciteerd!', 'Congrats!', 'Proficiat 🎉', 'Van harte!', 'Gefeliciteerd 🥳', 'Top!', 'Goed bezig!', 'Chapeau!'].map((text, j) => ({ authorName: `f${j}`, text })) : REAL.slice(0, 2).map((text, j) => ({ authorName: `r${i}${j}`, text })),
      })),
    );
    const result = run(genericComments, tl);
    expect(result.figures).toMatchObject({ comments: 16, genericComments: 8 });
    expect(result.status).toBe('pass');
  });

  it('is insufficient with too few visible comments', () => {
    const result = run(genericComments, timeline(posts(5, () => ({ comments: [{ authorName: 'K', text: '👏' }] }))));
    expect(result.status).toBe('insufficient');
    expect(result.explanation.params).toMatchObject({ comments: 5, needed: 15 });
  });
});
