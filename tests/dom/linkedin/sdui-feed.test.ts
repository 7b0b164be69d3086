/**
 * SDUI home feed: posts of several authors (grouped by author page downstream), a "likes this"
 * header that must not become the author, a comment preview, a reshare, a poll, a Promoted card and
 * a module card; and the same markup in a language the locale table does not know.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture, postsOf, readAll } from './fixture';

const NOW = Date.UTC(2026, 8, 15, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hashed = expect.stringMatching(/^li:h:[0-9a-z]+$/) as unknown as string;

describe('SDUI home feed, English (2026-09)', () => {
  beforeEach(() => {
    loadFixture('sdui-feed-en-2026-09.html', 'https://www.linkedin.com/feed/');
  });

  it('is the 2026 markup: no urn containers, no role=article, one control menu per post', () => {
    expect(document.querySelectorAll('[data-urn], [data-id], [role="article"]')).toHaveLength(0);
    expect(document.querySelector('[data-testid="mainFeed"]')).not.toBeNull();
    const cards = linkedinReader.findCards(document);
    // Six control menus (five posts and one ad); the module card has none and is not a card.
    expect(cards).toHaveLength(6);
    for (const card of cards) {
      expect(card.getAttribute('componentkey')).toMatch(/^expanded.+FeedType_MAIN_FEED_RELEVANCE$/);
      expect(card.querySelectorAll('button[aria-label^="Open control menu for post by "]')).toHaveLength(1);
    }
  });

  it('targets the feed without a page of its own', () => {
    expect(linkedinReader.targetFor(new URL('https://www.linkedin.com/feed/'))).toEqual({
      platform: 'linkedin',
      surface: 'feed',
      pageKey: null,
      pageUrl: null,
    });
    expect(linkedinReader.readHeader(document, { platform: 'linkedin', surface: 'feed', pageKey: null, pageUrl: null })).toBeNull();
  });

  it('skips the Promoted card and reads every field of every post', () => {
    const results = readAll(NOW);
    expect(results.map((result) => (result.kind === 'post' ? 'post' : result.reason))).toEqual([
      'post',
      'post',
      'promoted',
      'post',
      'post',
      'post',
    ]);
    expect(results.every((result) => result.markup === 'sdui')).toBe(true);
    const lotte = { authorPageKey: 'linkedin:in/lotte-bakker', authorName: 'Lotte Bakker', authorKind: 'person' } as const;
    const posts = postsOf(results);
    expect(posts).toEqual<PostObservation[]>([
      {
        ...lotte,
        id: hashed,
        publishedAt: NOW - 18 * HOUR,
        publishedAtApprox: true,
        text:
          'Five things our support team learned from answering 40,000 chats this year:\n\n' +
          '1. Most customers write at 07:00, not at 21:00.\n2. A named person beats a ticket number, every time.\n\n#CustomerCare #logistics',
        hashtags: ['CustomerCare', 'logistics'],
        links: [],
        mediaKind: 'image',
        isReshare: false,
        counts: { reactions: 128, comments: 14, reposts: 3, impressions: null },
        comments: [],
        missing: [],
      },
      {
        // Shown because Noor liked it: the author is the page, not Noor.
        authorPageKey: 'linkedin:company/kade-logistics',
        authorName: 'Kade Logistics',
        authorKind: 'brand',
        id: 'li:7504456266547624242',
        publishedAt: Date.parse('2026-09-12T08:30:00Z'),
        publishedAtApprox: false,
        text: 'Our new cross-dock in Tilburg opened this week: 42 doors, 0 diesel forklifts.',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: false,
        counts: { reactions: 56, comments: 9, reposts: 0, impressions: null },
        comments: [
          {
            id: 'li:comment:7504978457395715151',
            authorName: 'Noor Haddad',
            authorUrl: 'https://www.linkedin.com/in/noor-haddad/',
            authorHeadline: 'Warehouse planner | Forklift whisperer',
            text: 'Proud to be part of this team. The new cross-dock is a game changer!',
            reactions: 0,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-09-13T19:05:00Z'),
          },
        ],
        missing: [],
      },
      {
        authorPageKey: 'linkedin:in/mirjam-oud',
        authorName: 'Mirjam Oud',
        authorKind: 'person',
        id: 'li:7503754140058206060',
        publishedAt: Date.parse('2026-09-10T10:00:00Z'),
        publishedAtApprox: false,
        text: 'Wrote down what I wish I had known before my first pharma audit.',
        hashtags: [],
        links: ['https://www.example.org/blog/cold-chain-audits?utm_source=linkedin'],
        mediaKind: 'article',
        isReshare: false,
        // Only the bare number beside the icons: it is the reactions; no other count is shown.
        counts: { reactions: 7, comments: 0, reposts: 0, impressions: null },
        comments: [],
        missing: [],
      },
      {
        authorPageKey: 'linkedin:in/ruben-smit-ops',
        authorName: 'Ruben Smit',
        authorKind: 'person',
        // The embedded original's urn (…7171) is not this post's: a hash instead.
        id: hashed,
        publishedAt: NOW - 7 * DAY,
        publishedAtApprox: true,
        text: 'This is how you run a depot. Worth a read 👇',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: true,
        counts: { reactions: 21, comments: 2, reposts: 0, impressions: null },
        comments: [],
        missing: [],
      },
      {
        ...lotte,
        id: hashed,
        publishedAt: NOW - 2 * DAY,
        publishedAtApprox: true,
        text: 'Support leads: which channel grows fastest for you?',
        hashtags: [],
        links: [],
        mediaKind: 'poll',
        isReshare: false,
        counts: { reactions: 45, comments: 31, reposts: 0, impressions: null },
        comments: [],
        missing: [],
      },
    ]);
    expect(new Set(posts.map((post) => post.id)).size).toBe(5);
    expect(posts.some((post) => post.id.includes('7500477549773517171'))).toBe(false);
  });

  it('gives each post its author page: four authors, none of them the person in the "likes this" header', () => {
    const authors = new Set(postsOf(readAll(NOW)).map((post) => post.authorPageKey));
    expect([...authors]).toEqual(['linkedin:in/lotte-bakker', 'linkedin:company/kade-logistics', 'linkedin:in/mirjam-oud', 'linkedin:in/ruben-smit-ops']);
    expect(authors.has('linkedin:in/noor-haddad')).toBe(false);
  });

  it('maps a node inside a card back to the card, and a node between cards to none', () => {
    const [first] = linkedinReader.findCards(document);
    const inside = first!.querySelector('[data-testid="expandable-text-box"]')!;
    expect(linkedinReader.cardOf(inside)).toBe(first);
    const module = document.querySelector('a[href*="/learning/"]')!;
    expect(linkedinReader.cardOf(module)).toBeNull();
    expect(linkedinReader.cardOf(document.querySelector('[data-testid="mainFeed"]')!)).toBeNull();
  });

  it('finds cards added later inside a new slot, as the feed grows', () => {
    const slot = document.querySelector('[data-lazy-mount-id="k3n8q5"]')!;
    expect(linkedinReader.findCards(slot)).toHaveLength(1);
    expect(linkedinReader.findCards(slot)[0]!.getAttribute('componentkey')).toBe('expandedM2vB6xJc8TaFeedType_MAIN_FEED_RELEVANCE');
  });
});

describe('SDUI home feed in a language Echt does not know (German, 2026-09)', () => {
  beforeEach(() => {
    loadFixture('sdui-feed-de-2026-09.html', 'https://www.linkedin.com/feed/');
  });

  it('finds the cards through the language-independent componentkey, and reads authors and text', () => {
    expect(document.querySelectorAll('button[aria-label^="Open control menu for post"]')).toHaveLength(0);
    const posts = postsOf(readAll(NOW));
    expect(posts.map((post) => [post.authorName, post.authorPageKey, post.authorKind])).toEqual([
      ['Jonas Weber', 'linkedin:in/jonas-weber-hh', 'person'],
      ['Elbe Kontor', 'linkedin:company/elbe-kontor', 'brand'],
    ]);
    expect(posts.map((post) => post.text)).toEqual([
      'Neuer Rekord am Burchardkai: 31 Kräne gleichzeitig im Einsatz.',
      'Wir suchen Verstärkung für unser Team in der Speicherstadt.',
    ]);
  });

  it('reports counts it cannot read as missing and null, never 0; the icon number is still reactions', () => {
    const posts = postsOf(readAll(NOW));
    expect(posts.map((post) => post.counts)).toEqual([
      { reactions: null, comments: null, reposts: null, impressions: null },
      { reactions: 56, comments: null, reposts: null, impressions: null },
    ]);
    expect(posts.map((post) => post.missing)).toEqual([
      ['publishedAt', 'reactions', 'comments', 'reposts'],
      ['publishedAt', 'comments', 'reposts'],
    ]);
    expect(posts.every((post) => post.id.startsWith('li:h:') && post.publishedAt === null)).toBe(true);
  });
});
