import { beforeEach, describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import { loadFixture } from './load-fixture';

// The fixture's "now": Tue 2026-03-10 12:00 local.
const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const HOUR = 3_600_000;
const HOME = new URL('https://www.facebook.com/');

describe('Facebook home feed, 2026 markup, English', () => {
  beforeEach(() => {
    loadFixture('feed-2026-actions-en.html');
  });

  it('is the feed: no page of its own, each post goes to its author', () => {
    expect(facebookReader.targetFor(HOME)).toEqual({ platform: 'facebook', surface: 'feed', pageKey: null, pageUrl: null });
  });

  it('guard: three post menus inside role="feed", no post articles; "People you may know" is no card', () => {
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(card.parentElement?.getAttribute('role')).toBe('feed');
    expect(document.querySelector('[role="article"]')).toBeNull();
    expect(cards.some((card) => card.textContent?.includes('People you may know'))).toBe(false);
  });

  it('reads a Page post, skips the sponsored one, reads a person\u2019s photo post past a decoy name', () => {
    const results = facebookReader.findCards(document).map((card) => facebookReader.readCard(card, NOW));
    expect(results).toEqual([
      {
        kind: 'post',
        markup: 'actions-menu',
        post: {
          id: 'fb:2233445566778899',
          authorPageKey: 'facebook:harbourlanebakery',
          authorName: 'Harbour Lane Bakery',
          authorKind: null,
          publishedAt: NOW - HOUR,
          publishedAtApprox: true,
          text: 'Fresh cinnamon rolls until noon today!',
          hashtags: [],
          links: [],
          mediaKind: 'none',
          isReshare: false,
          counts: { reactions: 18, comments: 0, reposts: 0, impressions: null },
          comments: [],
          missing: [],
        },
      },
      // "Sponsored" is a hidden span reached through aria-labelledby
      { kind: 'skipped', reason: 'promoted', markup: 'actions-menu' },
      {
        kind: 'post',
        markup: 'actions-menu',
        post: {
          id: 'fb:445566778899001',
          authorPageKey: 'facebook:id/100012345678901', // not the digit-run decoy link before it
          authorName: 'Kim de Boer',
          authorKind: null,
          publishedAt: NOW, // "Just now"
          publishedAtApprox: true,
          text: 'Sunday walk on the dike.',
          hashtags: [],
          links: [],
          mediaKind: 'image',
          isReshare: false,
          counts: { reactions: 0, comments: 0, reposts: 0, impressions: null },
          comments: [],
          missing: [],
        },
      },
    ]);
  });

  it('reads no page header on the feed', () => {
    const target = facebookReader.targetFor(HOME);
    if (!target) throw new Error('no target');
    expect(facebookReader.readHeader(document, target)).toBeNull();
  });
});
