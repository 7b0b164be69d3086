import { beforeEach, describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture } from './load-fixture';

// The fixture's "now": Tue 2024-05-14 10:00 local.
const NOW = new Date(2024, 4, 14, 10, 0).getTime();
const HOUR = 3_600_000;
const PAGE_URL = new URL('https://www.facebook.com/profile.php?id=61550123456789');

const BAKKERIJ = { authorPageKey: 'facebook:id/61550123456789', authorName: 'Bakkerij de Zoete Inval', authorKind: null };

function posts(): PostObservation[] {
  return facebookReader.findCards(document).map((card) => {
    const result = facebookReader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error(`expected a post, got ${result.reason}`);
    expect(result.markup).toBe('article');
    return result.post;
  });
}

describe('Facebook Page, role="article" markup (2024), Dutch, profile.php?id= address', () => {
  beforeEach(() => {
    loadFixture('page-2024-article-nl.html');
  });

  it('is a Page keyed by its numeric id', () => {
    expect(facebookReader.targetFor(PAGE_URL)).toEqual({
      platform: 'facebook',
      surface: 'company',
      pageKey: 'facebook:id/61550123456789',
      pageUrl: 'https://www.facebook.com/profile.php?id=61550123456789',
    });
  });

  it('guard: two post articles; the reply article sits inside its parent comment', () => {
    expect(facebookReader.findCards(document)).toHaveLength(2);
    const parent = document.querySelector('[role="article"][aria-label^="Opmerking van "]');
    expect(parent?.querySelector('[role="article"][aria-label^="Antwoord van "]')).not.toBeNull();
  });

  it('reads the older bare reactions total ("1,2K" = 1200), "opmerkingen", "keer gedeeld" and nested replies', () => {
    expect(posts()[0]).toEqual({
      id: 'fb:1029384756102938', // story_fbid is numeric here
      ...BAKKERIJ,
      publishedAt: NOW - 5 * HOUR, // "5 u"
      publishedAtApprox: true,
      text: 'Vanaf vandaag weer verse appelflappen! #vers #bakkerij\n\nWie proeft er mee?',
      hashtags: ['vers', 'bakkerij'],
      links: [],
      mediaKind: 'none',
      isReshare: false,
      // not the per-type "Vind ik leuk: 1,1K personen": the total beside the icons wins
      counts: { reactions: 1200, comments: 34, reposts: 12, impressions: null },
      comments: [
        {
          id: 'fb:c2030405060708090',
          authorName: 'Sanne de Vries',
          authorUrl: 'https://www.facebook.com/sanne.devries.12',
          authorHeadline: null,
          text: 'Ik kom er vanmiddag twee halen 😋', // the nested reply's text is not hers
          reactions: 2,
          isReply: false,
          byPageAuthor: false,
          publishedAt: NOW - 2 * HOUR, // "2 uur geleden"
        },
        {
          id: 'fb:c3040506070809010',
          authorName: 'Bakkerij de Zoete Inval',
          authorUrl: 'https://www.facebook.com/profile.php?id=61550123456789',
          authorHeadline: null,
          text: 'Ze liggen klaar, Sanne!',
          reactions: 0,
          isReply: true,
          byPageAuthor: true,
          publishedAt: NOW - HOUR, // "een uur geleden"
        },
      ],
      missing: [],
    });
  });

  it('reads "Alle reacties:" with Dutch grouping ("1.234"), "Meer weergeven" removed', () => {
    expect(posts()[1]).toEqual({
      id: 'fb:660770880990110', // the photo's numeric fbid
      ...BAKKERIJ,
      publishedAt: new Date(2024, 4, 13, 15, 45).getTime(), // "Gisteren om 15:45"
      publishedAtApprox: true,
      text:
        'Zaterdag is de bakkerij gesloten wegens een bruiloft in de familie. ' +
        'Maandag staan we weer voor jullie klaar met het vertrouwde assortiment en iets nieuws',
      hashtags: [],
      links: [],
      mediaKind: 'image',
      isReshare: false,
      counts: { reactions: 1234, comments: 1, reposts: 0, impressions: null },
      comments: [],
      missing: [],
    });
  });

  it('reads the header: "1,5K volgers" before "vind-ik-leuks", category after "Pagina ·"', () => {
    const target = facebookReader.targetFor(PAGE_URL);
    if (!target) throw new Error('no target');
    expect(facebookReader.readHeader(document, target)).toEqual({
      name: 'Bakkerij de Zoete Inval',
      followers: 1500,
      employeeBand: null,
      industry: 'Bakkerij',
    });
  });
});
