import { beforeEach, describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture } from './load-fixture';

// The fixture's "now": Tue 2026-03-10 12:00 local.
const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PAGE_URL = new URL('https://www.facebook.com/FietsenmakerVanDijk?locale=nl_NL');

const VAN_DIJK = { authorPageKey: 'facebook:fietsenmakervandijk', authorName: 'Fietsenmaker Van Dijk', authorKind: null };

function posts(): PostObservation[] {
  return facebookReader.findCards(document).map((card) => {
    const result = facebookReader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error(`expected a post, got ${result.reason}`);
    expect(result.markup).toBe('actions-menu');
    return result.post;
  });
}

describe('Facebook Page, 2026 markup, Dutch', () => {
  beforeEach(() => {
    loadFixture('page-2026-actions-nl.html');
  });

  it('guard: cards are bounded by the Dutch post menu [U], not by role="article"', () => {
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card.querySelectorAll('[aria-label="Acties voor dit bericht"]')).toHaveLength(1);
      expect(card.querySelector('[role="article"]:not([aria-label])')).toBeNull();
    }
    expect(document.querySelector('[aria-label="Actions for this post"]')).toBeNull();
  });

  it('reads "Alle reacties:1,2K", "45 opmerkingen", "12 keer gedeeld", comments and replies, without decoys', () => {
    const [first] = posts();
    expect(first).toEqual({
      id: 'fb:hbv8xbg',
      ...VAN_DIJK,
      publishedAt: NOW - 2 * HOUR, // "2 u"
      publishedAtApprox: true,
      text:
        'Voorjaarsactie: laat je fiets nakijken voor € 29\n\n' +
        'Afspraak maken kan in de winkel of via de site. We nemen ook e-bikes aan, inclusief accutest en software-update, en jullie krijgen er een kop koffie bij',
      hashtags: [],
      links: [],
      mediaKind: 'none',
      isReshare: false,
      counts: { reactions: 1200, comments: 45, reposts: 12, impressions: null },
      comments: [
        {
          id: 'fb:c888999000111222',
          authorName: 'Eva Jansen',
          authorUrl: 'https://www.facebook.com/eva.jansen.88',
          authorHeadline: null,
          text: 'Geldt dit ook voor bakfietsen?',
          reactions: 4, // "4 reacties; bekijk wie er heeft gereageerd"
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW - 3 * DAY, // "3 dagen geleden"
        },
        {
          id: 'fb:c999000111222333',
          authorName: 'Fietsenmaker Van Dijk',
          authorUrl: 'https://www.facebook.com/fietsenmakervandijk',
          authorHeadline: null,
          text: 'Zeker Eva, bakfietsen ook!',
          reactions: 0,
          isReply: true,
          byPageAuthor: true,
          publishedAt: NOW - 2 * DAY,
        },
        {
          id: 'fb:c123456789012345',
          authorName: 'Pieter Bakker',
          authorUrl: 'https://www.facebook.com/profile.php?id=100034567890123',
          authorHeadline: null,
          text: '👍👍',
          reactions: 0,
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW, // "zojuist"
        },
      ],
      missing: [],
    });
    const stored = JSON.stringify(first);
    for (const decoy of ['20260310123456', 'g r a t i s', 'gratis', '\u200b']) expect(stored).not.toContain(decoy);
  });

  it('reads a video post with "1,5K keer gedeeld"', () => {
    expect(posts()[1]).toEqual({
      id: 'fb:556677889900112',
      ...VAN_DIJK,
      publishedAt: NOW - 7 * DAY, // "1 w"
      publishedAtApprox: true,
      text: 'Zo vervang je zelf een binnenband 🚲 #fietstips #zelfdoen',
      hashtags: ['fietstips', 'zelfdoen'],
      links: [],
      mediaKind: 'video',
      isReshare: false,
      counts: { reactions: 312, comments: 28, reposts: 1500, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads a link preview as an article link, unwrapped from l.php', () => {
    expect(posts()[2]).toEqual({
      id: 'fb:hwm6xgs',
      ...VAN_DIJK,
      publishedAt: new Date(2026, 2, 9, 9, 15).getTime(), // "Gisteren om 09:15"
      publishedAtApprox: true,
      text: 'Mooi artikel over fietsen in de stad.',
      hashtags: [],
      links: ['https://nieuws.example/fietsstad?ref=home'],
      mediaKind: 'article',
      isReshare: false,
      counts: { reactions: 8, comments: 1, reposts: 0, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads the header: "980 volgers", "Pagina · Fietsenwinkel"; the URL keys case-insensitively', () => {
    const target = facebookReader.targetFor(PAGE_URL);
    if (!target) throw new Error('no target');
    expect(target.pageKey).toBe('facebook:fietsenmakervandijk');
    expect(facebookReader.readHeader(document, target)).toEqual({
      name: 'Fietsenmaker Van Dijk',
      followers: 980,
      employeeBand: null,
      industry: 'Fietsenwinkel',
    });
  });
});
