import { beforeEach, describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture } from './load-fixture';

// The fixture's "now": Tue 2024-05-14 10:00, local time like the labels Facebook rendered.
const NOW = new Date(2024, 4, 14, 10, 0).getTime();
const HOUR = 3_600_000;
const PAGE_URL = new URL('https://www.facebook.com/harbourlanebakery');

function posts(): PostObservation[] {
  return facebookReader.findCards(document).map((card) => {
    const result = facebookReader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error(`expected a post, got ${result.reason}`);
    expect(result.markup).toBe('article');
    return result.post;
  });
}

const BAKERY = { authorPageKey: 'facebook:harbourlanebakery', authorName: 'Harbour Lane Bakery', authorKind: null };

describe('Facebook Page, role="article" markup (2024), English', () => {
  beforeEach(() => {
    loadFixture('page-2024-article-en.html');
  });

  it('is a Page with the key of its username', () => {
    expect(facebookReader.targetFor(PAGE_URL)).toEqual({
      platform: 'facebook',
      surface: 'company',
      pageKey: 'facebook:harbourlanebakery',
      pageUrl: 'https://www.facebook.com/harbourlanebakery',
    });
  });

  it('guard: the posts of this generation are role="article" and comments are labelled articles', () => {
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(4);
    for (const card of cards) expect(card.querySelectorAll('[role="article"]:not([aria-label])')).toHaveLength(1);
    expect(document.querySelectorAll('[role="article"][aria-label^="Comment by "]')).toHaveLength(2);
    expect(document.querySelectorAll('[role="article"][aria-label^="Reply by "]')).toHaveLength(1);
  });

  it('reads the photo post with hashtags, an outbound link, counts and three comments', () => {
    expect(posts()[0]).toEqual({
      id: 'fb:712345678901234', // the photo's numeric fbid: the permalink only has a pfbid token
      ...BAKERY,
      publishedAt: NOW - 48 * HOUR, // "2d"
      publishedAtApprox: true,
      // the zero-width space in "sour<U+200B>dough" and the NBSP are gone
      text: 'Our new rye sourdough is out of the oven! 🍞 #sourdough #HarbourLane\n\nOrder for Saturday via harbourlane.example/order',
      hashtags: ['sourdough', 'HarbourLane'],
      links: ['https://harbourlane.example/order?day=sat'], // unwrapped from l.php, fbclid dropped
      mediaKind: 'image',
      isReshare: false,
      counts: { reactions: 1200, comments: 87, reposts: 14, impressions: null },
      comments: [
        {
          id: 'fb:c3456789012345678',
          authorName: 'Maud Verbeek',
          authorUrl: 'https://www.facebook.com/maud.verbeek.77',
          authorHeadline: null,
          text: 'Best croissants in town, see you Saturday!',
          reactions: 3,
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW - 48 * HOUR,
        },
        {
          id: 'fb:c4567890123456789',
          authorName: 'Harbour Lane Bakery',
          authorUrl: 'https://www.facebook.com/harbourlanebakery',
          authorHeadline: null,
          text: "See you then, Maud! We'll save you one.",
          reactions: 0,
          isReply: true,
          byPageAuthor: true,
          publishedAt: NOW - 24 * HOUR,
        },
        {
          id: 'fb:c5678901234567890',
          authorName: 'Ruben Okafor',
          authorUrl: 'https://www.facebook.com/profile.php?id=100023456789012',
          authorHeadline: null,
          text: 'Is the rye one vegan?',
          reactions: 0,
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW - 20 * HOUR,
        },
      ],
      missing: [],
    });
  });

  it('reads a text post cut by "See more": no expander text, no "…", zero comments shown as 0', () => {
    expect(posts()[1]).toEqual({
      id: 'fb:1234567890123456',
      ...BAKERY,
      publishedAt: new Date(2024, 4, 13, 15, 45).getTime(), // "Yesterday at 3:45 PM"
      publishedAtApprox: true,
      text:
        'We are hiring! Looking for an early bird who loves flour, butter and good company.\n\n' +
        'Four mornings a week, starting at 5:00. Experience is nice but not needed; we teach you everything from shaping to scoring',
      hashtags: [],
      links: [],
      mediaKind: 'none',
      isReshare: false,
      counts: { reactions: 45, comments: 0, reposts: 3, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads a share: only the sharer\u2019s words, emoji from its image, the original left out', () => {
    expect(posts()[2]).toEqual({
      // permalink.php carries only a pfbid token: the id is the stable hash of author + text
      id: 'fb:h1ahx8am',
      ...BAKERY,
      publishedAt: new Date(2024, 4, 3, 10, 0).getTime(), // "May 3 at 10:00 AM"
      publishedAtApprox: true,
      text: 'Proud to bake with their flour 🌾',
      hashtags: [],
      links: [],
      mediaKind: 'none', // the original's photo is not the sharer's
      isReshare: true,
      counts: { reactions: 23, comments: 2, reposts: 0, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads a video post', () => {
    expect(posts()[3]).toEqual({
      id: 'fb:1122334455667788',
      ...BAKERY,
      publishedAt: new Date(2024, 3, 28).getTime(), // "April 28"
      publishedAtApprox: true,
      text: 'How we shape 400 loaves before sunrise.',
      hashtags: [],
      links: [],
      mediaKind: 'video',
      isReshare: false,
      counts: { reactions: 342, comments: 19, reposts: 41, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads the header: name without the badge title, followers, category', () => {
    const target = facebookReader.targetFor(PAGE_URL);
    expect(target).not.toBeNull();
    if (!target) return;
    expect(facebookReader.readHeader(document, target)).toEqual({
      name: 'Harbour Lane Bakery',
      followers: 5100,
      employeeBand: null,
      industry: 'Bakery',
    });
  });

  it('finds each card again from a node inside it', () => {
    const cards = facebookReader.findCards(document);
    for (const card of cards) {
      const deep = card.querySelector('[data-ad-comet-preview="message"] [dir="auto"]');
      expect(deep && facebookReader.cardOf(deep)).toBe(card);
    }
    const comment = document.querySelector('[aria-label^="Comment by Maud"] span[lang]');
    expect(comment && facebookReader.cardOf(comment)).toBe(cards[0]);
    const intro = document.querySelector('h1');
    expect(intro && facebookReader.cardOf(intro)).toBeNull();
  });
});
