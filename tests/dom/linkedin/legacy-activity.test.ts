/**
 * A person's recent-activity page, legacy markup (still served in April–May 2026): own posts with
 * impressions, a plain repost, and a post she commented on (whose wrapper urn is her comment's).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture, postsOf, readAll } from './fixture';

const NOW = Date.UTC(2026, 3, 27, 12);
const URL_ALL = 'https://www.linkedin.com/in/ada-devries/recent-activity/all/';

describe('legacy recent-activity page (2026-04-27)', () => {
  beforeEach(() => {
    loadFixture('legacy-activity-en-2026-04.html', URL_ALL);
  });

  it('is the legacy activity shape: role=region updates with data-urn inside list items', () => {
    expect(document.querySelectorAll('div.feed-shared-update-v2[role="region"][data-urn^="urn:li:activity:"]')).toHaveLength(3);
    expect(document.querySelectorAll('[componentkey], [data-testid]')).toHaveLength(0);
    expect(linkedinReader.findCards(document).map((card) => card.getAttribute('data-urn'))).toEqual([
      'urn:li:activity:7453352027750401212',
      'urn:li:activity:7451977973760001313',
      'urn:li:activity:7452974540390401515',
    ]);
  });

  it('targets the person’s page', () => {
    expect(linkedinReader.targetFor(new URL(URL_ALL))).toEqual({
      platform: 'linkedin',
      surface: 'profile',
      pageKey: 'linkedin:in/ada-devries',
      pageUrl: 'https://www.linkedin.com/in/ada-devries/',
    });
  });

  it('reads every field of every card', () => {
    const results = readAll(NOW);
    expect(results.every((result) => result.markup === 'legacy')).toBe(true);
    expect(postsOf(results)).toEqual<PostObservation[]>([
      {
        id: 'li:7453352027750401212',
        authorPageKey: 'linkedin:in/ada-devries',
        authorName: 'Ada de Vries',
        authorKind: 'person',
        publishedAt: Date.parse('2026-04-24T08:00:00Z'),
        publishedAtApprox: false,
        text: 'Small habit that changed my design reviews: I ask "what would you remove?" before "what would you add?". #design',
        hashtags: ['design'],
        links: [],
        mediaKind: 'image',
        isReshare: false,
        // Her own post: the 2026 analytics anchor shows impressions.
        counts: { reactions: 41, comments: 6, reposts: 0, impressions: 352 },
        comments: [],
        missing: [],
      },
      {
        // A plain repost: the header names her, the post and its counts are the original's.
        id: 'li:7451977973760001313',
        authorPageKey: 'linkedin:company/kade-logistics',
        authorName: 'Kade Logistics',
        authorKind: 'brand',
        publishedAt: Date.parse('2026-04-20T13:00:00Z'),
        publishedAtApprox: false,
        text: 'We are hiring three UX designers for our planning tools.',
        hashtags: [],
        links: [],
        mediaKind: 'none',
        isReshare: true,
        counts: { reactions: 230, comments: 0, reposts: 18, impressions: null },
        comments: [],
        missing: [],
      },
      {
        // "Ada de Vries commented on this": the wrapper urn (…1515) is her comment activity; the
        // post is the one its links highlight (…1414).
        id: 'li:7452758114304001414',
        authorPageKey: 'linkedin:in/tom-peters-ux',
        authorName: 'Tom Peters',
        authorKind: 'person',
        publishedAt: Date.parse('2026-04-22T16:40:00Z'),
        publishedAtApprox: false,
        text: 'Usability tests with five people still find most problems. Fight me. #uxresearch',
        hashtags: ['uxresearch'],
        links: [],
        mediaKind: 'none',
        isReshare: false,
        counts: { reactions: 97, comments: 44, reposts: 5, impressions: null },
        comments: [
          {
            id: 'li:comment:7452974536196097616',
            authorName: 'Ada de Vries',
            authorUrl: 'https://www.linkedin.com/in/ada-devries/',
            authorHeadline: 'Product designer · Utrecht',
            text: 'Five, if they are the right five.',
            reactions: 12,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-04-23T06:59:59Z'),
          },
        ],
        missing: [],
      },
    ]);
  });

  it('reads the person’s name and followers (profile card shape [U])', () => {
    const target = linkedinReader.targetFor(new URL(URL_ALL))!;
    expect(linkedinReader.readHeader(document, target)).toEqual({
      name: 'Ada de Vries',
      followers: 1204,
      employeeBand: null,
      industry: null,
    });
  });
});
