/**
 * Legacy (Ember/BEM) company posts page, English and Dutch: every field of every post, the header,
 * and the fixture's own guard assertions (it must stay a legacy page).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture, postsOf, readAll } from './fixture';

const NOW = Date.UTC(2025, 7, 28, 12);
const HAVENLICHT = {
  authorPageKey: 'linkedin:company/havenlicht-energie',
  authorName: 'Havenlicht Energie',
  authorKind: 'brand' as const,
  publishedAtApprox: false,
  comments: [],
  missing: [],
};

describe('legacy company page, English (2025-08 shape)', () => {
  const url = 'https://www.linkedin.com/company/havenlicht-energie/posts/?feedView=all';
  beforeEach(() => {
    loadFixture('legacy-company-en-2025-08.html', url);
  });

  it('is what it claims to be: legacy urns, BEM updates, one control menu per card, no SDUI hooks', () => {
    expect(document.querySelectorAll('[data-urn^="urn:li:activity:"]')).toHaveLength(5);
    expect(document.querySelectorAll('.feed-shared-update-v2')).toHaveLength(5);
    expect(document.querySelectorAll('button[aria-label^="Open control menu for post by "]')).toHaveLength(5);
    expect(document.querySelectorAll('[componentkey], [data-testid="expandable-text-box"]')).toHaveLength(0);
  });

  it('finds the five outer data-id wrappers, in page order', () => {
    const cards = linkedinReader.findCards(document);
    expect(cards.map((card) => card.getAttribute('data-id'))).toEqual([
      'urn:li:activity:7366035426510034567',
      'urn:li:activity:7364295759235369678',
      'urn:li:activity:7361660536750425678',
      'urn:li:activity:7358538527539656789',
      'urn:li:activity:7355917750239910901',
    ]);
  });

  it('reads every field of every post', () => {
    const results = readAll(NOW);
    expect(results.every((result) => result.markup === 'legacy')).toBe(true);
    const expected: PostObservation[] = [
      {
        ...HAVENLICHT,
        id: 'li:7366035426510034567',
        publishedAt: Date.parse('2025-08-26T09:15:00Z'),
        text:
          'We just switched on the second battery park in the Port of Rotterdam. 48 MWh, enough to keep 6,000 homes running through a windless evening.\n\n' +
          'Read the full story: https://lnkd.in/eXmPl3Q\n\n#EnergyTransition #Rotterdam',
        hashtags: ['EnergyTransition', 'Rotterdam'],
        links: ['https://lnkd.in/eXmPl3Q'],
        mediaKind: 'image',
        isReshare: false,
        counts: { reactions: 2948, comments: 221, reposts: 305, impressions: 18204 },
      },
      {
        ...HAVENLICHT,
        id: 'li:7364295759235369678',
        publishedAt: Date.parse('2025-08-21T14:02:11Z'),
        text: 'Behind the scenes: how our night crew swaps a 2-tonne inverter without switching off the park.',
        hashtags: [],
        links: [],
        mediaKind: 'video',
        isReshare: false,
        // No reposts item in a row we read completely: LinkedIn leaves "0 reposts" out.
        counts: { reactions: 150, comments: 13, reposts: 0, impressions: null },
      },
      {
        ...HAVENLICHT,
        id: 'li:7361660536750425678',
        publishedAt: Date.parse('2025-08-14T07:30:45Z'),
        text: 'Our 2025 half-year report, in twelve slides.',
        hashtags: [],
        links: [],
        mediaKind: 'document',
        isReshare: false,
        // No counts row at all, and the action bar proves the card rendered: nobody reacted yet.
        counts: { reactions: 0, comments: 0, reposts: 0, impressions: null },
      },
      {
        ...HAVENLICHT,
        // The resharing post's own urn, never the embedded original's (7355917804765751890).
        id: 'li:7358538527539656789',
        publishedAt: Date.parse('2025-08-05T16:45:00Z'),
        text: 'Proud of our colleague Sanne and the grid team 👏',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: true,
        // "Jan Smit and 23 others" = 24 [U: dom-facts §1.2 leaves open whether the named one counts].
        counts: { reactions: 24, comments: 4, reposts: 0, impressions: null },
      },
      {
        ...HAVENLICHT,
        id: 'li:7355917750239910901',
        publishedAt: Date.parse('2025-07-29T11:10:58Z'),
        text: 'Quick question for the installers among you: what slows a home-battery install down most?',
        hashtags: [],
        links: [],
        mediaKind: 'poll',
        isReshare: false,
        counts: { reactions: 86, comments: 12, reposts: 2, impressions: null },
      },
    ];
    expect(postsOf(results)).toEqual(expected);
  });

  it('reads the top card: name, followers, employee band, industry', () => {
    const target = linkedinReader.targetFor(new URL(url));
    expect(target).toEqual({
      platform: 'linkedin',
      surface: 'company',
      pageKey: 'linkedin:company/havenlicht-energie',
      pageUrl: 'https://www.linkedin.com/company/havenlicht-energie/',
    });
    expect(linkedinReader.readHeader(document, target!)).toEqual({
      name: 'Havenlicht Energie',
      followers: 12480,
      employeeBand: { min: 201, max: 500 },
      industry: 'Renewables & Environment',
    });
  });
});

describe('legacy company page, Dutch (2025-08 shape, Dutch strings [U])', () => {
  const url = 'https://www.linkedin.com/company/fietsfabriek-oost/posts/';
  beforeEach(() => {
    loadFixture('legacy-company-nl-2025-08.html', url);
  });

  it('is a Dutch legacy page without SDUI hooks or English control menus', () => {
    expect(document.documentElement.lang).toBe('nl');
    expect(document.querySelectorAll('[data-urn^="urn:li:activity:"]')).toHaveLength(3);
    expect(document.querySelectorAll('button[aria-label^="Open control menu for post by "]')).toHaveLength(0);
    expect(document.querySelectorAll('[componentkey]')).toHaveLength(0);
  });

  it('reads every field; "reacties" counts as comments, the bare number beside the icons as reactions', () => {
    const oost = {
      authorPageKey: 'linkedin:company/fietsfabriek-oost',
      authorName: 'Fietsfabriek Oost',
      authorKind: 'brand' as const,
      publishedAtApprox: false,
      comments: [],
      missing: [],
    };
    expect(postsOf(readAll(NOW))).toEqual<PostObservation[]>([
      {
        ...oost,
        id: 'li:7366002710937711111',
        publishedAt: Date.parse('2025-08-26T07:05:00Z'),
        text: 'Vandaag rolde fiets nummer 10.000 van de band in Enschede. Dank aan alle monteurs die dit mogelijk maakten!\n\n#duurzaamheid #Fietsen',
        hashtags: ['duurzaamheid', 'Fietsen'],
        links: [],
        mediaKind: 'image',
        isReshare: false,
        counts: { reactions: 1234, comments: 56, reposts: 7, impressions: null },
      },
      {
        ...oost,
        id: 'li:7363595599872222222',
        publishedAt: Date.parse('2025-08-19T15:40:00Z'),
        text: 'Zo bouwen we een bakfiets in 90 seconden (in het echt duurt het een dag).',
        hashtags: [],
        links: [],
        mediaKind: 'video',
        isReshare: false,
        counts: { reactions: 1200, comments: 3, reposts: 0, impressions: null },
      },
      {
        ...oost,
        id: 'li:7360917956198733333',
        publishedAt: Date.parse('2025-08-12T06:20:00Z'),
        text: 'We zoeken een tweede lasser voor de ploeg in Hengelo. Ken jij iemand? Lees meer op fietsfabriekoost.nl/vacatures',
        hashtags: [],
        links: ['https://www.fietsfabriekoost.nl/vacatures'],
        mediaKind: 'none',
        isReshare: false,
        counts: { reactions: 9, comments: 0, reposts: 3, impressions: null },
      },
    ]);
  });

  it('reads the Dutch top card, with an en-dash employee band', () => {
    const target = linkedinReader.targetFor(new URL(url))!;
    expect(linkedinReader.readHeader(document, target)).toEqual({
      name: 'Fietsfabriek Oost',
      followers: 3918,
      employeeBand: { min: 51, max: 200 },
      industry: 'Productie van transportmiddelen',
    });
  });
});
