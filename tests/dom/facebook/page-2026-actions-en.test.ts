import { beforeEach, describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture } from './load-fixture';

// The fixture's "now": Tue 2026-03-10 12:00 local.
const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const HOUR = 3_600_000;
const PAGE_URL = new URL('https://www.facebook.com/northsidecycles/posts/');

const NORTHSIDE = { authorPageKey: 'facebook:northsidecycles', authorName: 'Northside Cycle Repair', authorKind: null };
const DECOYS = ['84736251937', '73829104', '12345678901234', '8 4 7 3 6 2', '9 8 7 6 5', 'FREE', '\u200b', '\u202e', '\u200e'];

function posts(): PostObservation[] {
  return facebookReader.findCards(document).map((card) => {
    const result = facebookReader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error(`expected a post, got ${result.reason}`);
    expect(result.markup).toBe('actions-menu');
    return result.post;
  });
}

describe('Facebook Page, 2026 markup (no role="article" on posts), English', () => {
  beforeEach(() => {
    loadFixture('page-2026-actions-en.html');
  });

  it('guard: no post is a role="article", each card holds exactly one post menu, comments are articles', () => {
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(card.closest('[role="article"]')).toBeNull();
      expect(card.querySelectorAll('[aria-label="Actions for this post"]')).toHaveLength(1);
      expect(card.querySelector('[role="article"]:not([aria-label])')).toBeNull();
    }
    expect(cards[0]?.querySelectorAll('[role="article"][aria-label]')).toHaveLength(2);
    // The comment menus are not post menus: they do not split the card.
    expect(cards[0]?.querySelectorAll('[aria-label="Actions for this comment"]')).toHaveLength(2);
    // "Reels and short videos" has no post menu and is not a card.
    expect(cards.some((card) => card.textContent?.includes('Reels and short videos'))).toBe(false);
  });

  it('reads the §3 count strings and strips every decoy from text and counts', () => {
    const [first] = posts();
    expect(first).toEqual({
      id: 'fb:htyq905', // pfbid permalink only: the stable hash of author + text
      ...NORTHSIDE,
      publishedAt: NOW - 3 * HOUR, // "3<U+200B>h" with a zero-width space
      publishedAtApprox: true,
      // "unicode magic" bold folded by NFKC; the digit-run node, the display:none "FREE" and
      // the zero-width / LRM characters are gone
      text:
        'Spring service week: brakes, gears and a chain check for €29.\n\n' +
        'Book your slot at northside.example/book #BikeLife #SpringService #BikeLife',
      hashtags: ['BikeLife', 'SpringService'],
      links: ['https://northside.example/book?utm_source=fb'],
      mediaKind: 'none',
      isReshare: false,
      // "All reactions:5<U+200B>0K 50K", "5.<U+200C>9K comments", "2.4K shares" next to a "73829104" decoy node
      counts: { reactions: 50000, comments: 5900, reposts: 2400, impressions: null },
      comments: [
        {
          id: 'fb:c111222333444555',
          authorName: 'Lotte Smit',
          authorUrl: 'https://www.facebook.com/lotte.smit.3',
          authorHeadline: null,
          text: 'Does this include e-bikes?', // " 9 8 7 6 5" decoy node dropped
          reactions: 1,
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW - 2 * HOUR,
        },
        {
          id: 'fb:c222333444555666',
          authorName: 'Northside Cycle Repair',
          authorUrl: 'https://www.facebook.com/northsidecycles',
          authorHeadline: null,
          text: 'Yes, e-bikes too, Lotte! Battery check is free.',
          reactions: 0,
          isReply: true,
          byPageAuthor: true,
          publishedAt: NOW - HOUR, // "an hour ago"
        },
      ],
      missing: [],
    });
    const stored = JSON.stringify(posts());
    for (const decoy of DECOYS) expect(stored).not.toContain(decoy);
  });

  it('reads a post whose timestamp link has no href yet, with no counts shown: zeros, not unknown', () => {
    expect(posts()[1]).toEqual({
      id: 'fb:hm6wvx4',
      ...NORTHSIDE,
      publishedAt: NOW - 5 * HOUR,
      publishedAtApprox: true,
      text: 'Closed this Friday for team training. Back Saturday!', // U+202E removed
      hashtags: [],
      links: [],
      mediaKind: 'none',
      isReshare: false,
      counts: { reactions: 0, comments: 0, reposts: 0, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads a share: the caption is the post, the original (its text, hashtag, photo, ids) is not', () => {
    expect(posts()[2]).toEqual({
      id: 'fb:h1sg268i',
      ...NORTHSIDE,
      publishedAt: new Date(2026, 2, 9, 9, 5).getTime(), // "Yesterday at 9:05 AM"
      publishedAtApprox: true,
      text: 'Great ride report from our friends 👇',
      hashtags: [],
      links: [],
      mediaKind: 'none',
      isReshare: true,
      counts: { reactions: 64, comments: 3, reposts: 0, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('keys a photo-only post by its pfbid token: there is no text to hash', () => {
    expect(posts()[3]).toEqual({
      id: 'fb:pfbid0Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8Nn7Mm6Ll5Kk4Jj3Ii2Hh1Gg0Ff9Ee8D',
      ...NORTHSIDE,
      publishedAt: new Date(2026, 2, 2, 16, 10).getTime(), // "March 2 at 4:10 PM"
      publishedAtApprox: true,
      text: '',
      hashtags: [],
      links: [],
      mediaKind: 'image',
      isReshare: false,
      counts: { reactions: 1200, comments: 0, reposts: 1, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads the header without an h1 from the avatar label', () => {
    expect(document.querySelector('[role="main"] h1')).toBeNull();
    const target = facebookReader.targetFor(PAGE_URL);
    if (!target) throw new Error('no target');
    expect(target.pageKey).toBe('facebook:northsidecycles');
    expect(facebookReader.readHeader(document, target)).toEqual({
      name: 'Northside Cycle Repair',
      followers: 2300,
      employeeBand: null,
      industry: 'Bicycle repair shop',
    });
  });

  it('finds a card again from inside its comments, and nothing from between cards', () => {
    const cards = facebookReader.findCards(document);
    const reply = document.querySelector('[aria-label^="Reply by "] [dir="auto"]');
    expect(reply && facebookReader.cardOf(reply)).toBe(cards[0]);
    const list = cards[0]?.parentElement;
    expect(list && facebookReader.cardOf(list)).toBeNull();
    // Re-scanning only the changed comment list never yields a comment as a post: a labelled one
    // is skipped, one in a language we lack is claimed by the card around it.
    const comments = document.querySelector('[aria-label^="Comment by "]')?.parentElement;
    if (!comments) throw new Error('no comment list');
    expect(facebookReader.findCards(comments)).toEqual([]);
    comments.insertAdjacentHTML('beforeend', '<div role="article" aria-label="Kommentar von Max Muster vor 2 Stunden">Super!</div>');
    expect(facebookReader.findCards(comments)).toEqual([cards[0]]);
  });
});
