/**
 * SDUI company posts page, English and Dutch (company-page SDUI shapes are [U]; see the fixture
 * headers): every field of every post and comment, identity without data-urn, the header, guards.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture, postsOf, readAll } from './fixture';

const NOW = Date.UTC(2026, 8, 15, 12);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function guardSdui(posts: number): void {
  expect(document.querySelectorAll('[data-urn], [data-id], [role="article"], .feed-shared-update-v2')).toHaveLength(0);
  const cards = linkedinReader.findCards(document);
  expect(cards).toHaveLength(posts);
  for (const card of cards) {
    expect(card.getAttribute('role')).toBe('listitem');
    expect(card.querySelectorAll('button[aria-label^="Open"]')).toHaveLength(1);
  }
}

describe('SDUI company page, English (2026-09)', () => {
  const url = 'https://www.linkedin.com/company/noordwind-solar/posts/';
  beforeEach(() => {
    loadFixture('sdui-company-en-2026-09.html', url);
  });

  it('has no legacy hooks and exactly one control menu per post card', () => {
    guardSdui(4);
  });

  it('reads every field of every post and comment', () => {
    const results = readAll(NOW);
    expect(results.map((result) => result.markup)).toEqual(['sdui', 'sdui', 'sdui', 'sdui']);
    const noordwind = {
      authorPageKey: 'linkedin:company/noordwind-solar',
      authorName: 'Noordwind Solar',
      authorKind: 'brand' as const,
      isReshare: false,
      missing: [],
    };
    const posts = postsOf(results);
    expect(posts).toEqual<PostObservation[]>([
      {
        ...noordwind,
        // From the own-post analytics anchor, the only urn on the card.
        id: 'li:7505165942784002121',
        publishedAt: Date.parse('2026-09-14T07:30:00Z'),
        publishedAtApprox: false,
        text: 'Harvest day at Veenhuizen: 11 hectares of panels, 140 sheep, zero mowing. #agrivoltaics',
        hashtags: ['agrivoltaics'],
        links: [],
        mediaKind: 'video',
        counts: { reactions: 2948, comments: 221, reposts: 305, impressions: 4932 },
        comments: [],
      },
      {
        ...noordwind,
        id: expect.stringMatching(/^li:h:[0-9a-z]+$/) as unknown as string,
        publishedAt: NOW - 4 * DAY,
        publishedAtApprox: true,
        // The "… more" button inside the text box is not text.
        text:
          'We are looking for farmers in Drenthe who want to host a pilot park. Twelve hectares or more, a south-facing field and a grid connection within two kilometres are all we need to start the conversation.\n' +
          'Details and conditions: https://lnkd.in/gPilot7',
        hashtags: [],
        links: ['https://lnkd.in/gPilot7'],
        mediaKind: 'image',
        counts: { reactions: 1234, comments: 88, reposts: 17, impressions: null },
        comments: [],
      },
      {
        ...noordwind,
        id: expect.stringMatching(/^li:h:[0-9a-z]+$/) as unknown as string,
        publishedAt: NOW - 21 * DAY,
        publishedAtApprox: true,
        text: 'Our office is closed on Friday for the team day.',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        // Not a number anywhere, and the Like/Comment bar rendered: nobody reacted yet.
        counts: { reactions: 0, comments: 0, reposts: 0, impressions: null },
        comments: [],
      },
      {
        ...noordwind,
        // The comment preview's componentkey names its post.
        id: 'li:7504192025395203131',
        publishedAt: Date.parse('2026-09-11T15:00:00Z'),
        publishedAtApprox: false,
        text: 'Welcome to the team, Femke!',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        counts: { reactions: 77, comments: 1, reposts: 0, impressions: null },
        comments: [
          {
            id: 'li:comment:7504192025395209999',
            authorName: 'Femke Bos',
            authorUrl: 'https://www.linkedin.com/in/femke-bos/',
            authorHeadline: 'Project developer at Noordwind Solar',
            text: 'Thank you! Happy to be here 🌞',
            reactions: 0,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-09-11T15:00:00Z'),
          },
        ],
      },
    ]);
    expect(new Set(posts.map((post) => post.id)).size).toBe(4);
  });

  it('keeps a hashed id stable across re-reads and when "… more" reveals the rest of the text', () => {
    const card = linkedinReader.findCards(document)[1]!;
    const before = linkedinReader.readCard(card, NOW);
    const box = card.querySelector('[data-testid="expandable-text-box"]')!;
    box.insertAdjacentHTML('beforeend', '<br>' + 'Pilot parks get a fixed lease for twenty years. '.repeat(6));
    const after = linkedinReader.readCard(card, NOW + HOUR);
    expect(before.kind === 'post' && after.kind === 'post').toBe(true);
    if (before.kind === 'post' && after.kind === 'post') {
      expect(after.post.id).toBe(before.post.id);
      expect(after.post.text.length).toBeGreaterThan(before.post.text.length + 200);
    }
  });

  it('reads the top card from its text lines (SDUI top card shape [U])', () => {
    const target = linkedinReader.targetFor(new URL(url))!;
    expect(linkedinReader.readHeader(document, target)).toEqual({
      name: 'Noordwind Solar',
      followers: 24310,
      employeeBand: { min: 1001, max: 5000 },
      industry: 'Renewable Energy Power Generation',
    });
  });
});

describe('SDUI company page, Dutch (2026-09, Dutch strings [U])', () => {
  const url = 'https://www.linkedin.com/company/bakkerij-vers/posts/';
  beforeEach(() => {
    loadFixture('sdui-company-nl-2026-09.html', url);
  });

  it('has no legacy hooks and exactly one control menu per post card', () => {
    expect(document.documentElement.lang).toBe('nl-NL');
    guardSdui(2);
  });

  it('reads every field; the number beside the reaction icons is reactions even when labelled "reacties"', () => {
    const vers = {
      authorPageKey: 'linkedin:company/bakkerij-vers',
      authorName: 'Bakkerij Vers',
      authorKind: 'brand' as const,
      publishedAtApprox: false,
      isReshare: false,
      missing: [],
    };
    expect(postsOf(readAll(NOW))).toEqual<PostObservation[]>([
      {
        ...vers,
        id: 'li:7504792230297604141',
        publishedAt: Date.parse('2026-09-13T06:45:00Z'),
        text: 'Vanaf maandag bakken we ook zuurdesem met spelt uit de Achterhoek. #ambacht #Zwolle',
        hashtags: ['ambacht', 'Zwolle'],
        links: [],
        mediaKind: 'image',
        counts: { reactions: 1234, comments: 56, reposts: 7, impressions: 2310 },
        comments: [],
      },
      {
        ...vers,
        id: 'li:7503029364326405151',
        publishedAt: Date.parse('2026-09-08T10:00:00Z'),
        text: 'Wie wint de taartwedstrijd van dit jaar? Stem hieronder!',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        counts: { reactions: 1200, comments: 2, reposts: 0, impressions: null },
        comments: [
          {
            id: 'li:comment:7504828720742404242',
            authorName: 'Bakkerij Vers',
            authorUrl: 'https://www.linkedin.com/company/bakkerij-vers/',
            // A page shows its followers where a person shows a headline.
            authorHeadline: null,
            text: 'De uitslag volgt vrijdag!',
            reactions: 0,
            isReply: false,
            byPageAuthor: true,
            publishedAt: Date.parse('2026-09-13T09:10:00Z'),
          },
        ],
      },
    ]);
  });

  it('reads the counts in the page language: a magnitude suffix means what it means there', () => {
    // the second post shows "1,2K" beside the icons; Turkish writes 1.2 thousand as "1,2 B" (bin)
    const card = linkedinReader.findCards(document)[1]!;
    const count = Array.from(card.querySelectorAll('span')).find((el) => el.textContent === '1,2K')!;
    const reactions = () => {
      const result = linkedinReader.readCard(card, NOW);
      return result.kind === 'post' ? result.post.counts.reactions : undefined;
    };
    count.textContent = '1,2 B';
    document.documentElement.setAttribute('lang', 'tr-TR');
    expect(reactions()).toBe(1200);
    document.documentElement.setAttribute('lang', 'en');
    expect(reactions()).toBe(1_200_000_000);
    // in a language without a table "1,2 B" is ambiguous (Spanish billón): unknown, not a guess
    document.documentElement.setAttribute('lang', 'sv');
    expect(reactions()).toBeNull();
  });

  it('reads the Dutch top card', () => {
    const target = linkedinReader.targetFor(new URL(url))!;
    expect(linkedinReader.readHeader(document, target)).toEqual({
      name: 'Bakkerij Vers',
      followers: 1870,
      employeeBand: { min: 11, max: 50 },
      industry: 'Voedingsmiddelenproductie',
    });
  });
});
