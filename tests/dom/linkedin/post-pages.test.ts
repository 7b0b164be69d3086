/**
 * Single-post pages with their visible comments, in both generations: the SDUI post detail
 * (2026-05-07: comments beside the card, three nodes per comment, the ugcPost form in comment
 * urns, the id from the page URL) and the legacy post page (2026-04: comments inside the card).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import type { PostObservation } from '../../../lib/platforms/types';
import { loadFixture, postsOf, readAll } from './fixture';

describe('SDUI post detail with comments (2026-05-07)', () => {
  const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7455526354944000101/';
  const NOW = Date.UTC(2026, 4, 7, 12);
  beforeEach(() => {
    loadFixture('sdui-post-detail-en-2026-05.html', url);
  });

  it('is the post-detail SDUI shape: comments outside the card, three nodes per comment', () => {
    const [card, ...others] = linkedinReader.findCards(document);
    expect(others).toHaveLength(0);
    expect(card!.getAttribute('componentkey')).toBe('expandedb7Hq2LxN4vRsFeedType_FEED_DETAIL');
    expect(card!.querySelector('[componentkey^="replaceableComment_"]')).toBeNull();
    const keys = Array.from(document.querySelectorAll('[componentkey^="replaceableComment_urn:li:comment:"]'), (el) => el.getAttribute('componentkey'));
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(4);
    expect(document.querySelectorAll('[data-urn], [data-id]')).toHaveLength(0);
  });

  it('targets a single post without a page of its own', () => {
    expect(linkedinReader.targetFor(new URL(url))).toEqual({ platform: 'linkedin', surface: 'post', pageKey: null, pageUrl: null });
  });

  it('reads every field of the post and of each comment, once per comment', () => {
    const results = readAll(NOW);
    expect(results.map((result) => result.markup)).toEqual(['sdui']);
    expect(postsOf(results)).toEqual<PostObservation[]>([
      {
        // The card carries no urn; the page URL names the post (the comments name its ugcPost).
        id: 'li:7455526354944000101',
        authorPageKey: 'linkedin:company/havenlicht-energie',
        authorName: 'Havenlicht Energie',
        authorKind: 'brand',
        publishedAt: Date.parse('2026-04-30T08:00:00Z'),
        publishedAtApprox: false,
        text: 'Our grid-battery numbers for April, in one document. Spoiler: the evening peak is getting flatter. #GridStorage',
        hashtags: ['GridStorage'],
        links: [],
        mediaKind: 'document',
        isReshare: false,
        counts: { reactions: 312, comments: 27, reposts: 11, impressions: null },
        comments: [
          {
            id: 'li:comment:7455544474337280202',
            authorName: 'Bram de Vries',
            authorUrl: 'https://www.linkedin.com/in/bram-de-vries-energy/',
            authorHeadline: 'Energy analyst at Noordwind Solar',
            text: 'Flatter, but what happens in a week without wind? Would love to see the January numbers next to these.',
            reactions: 5,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-04-30T09:12:00Z'),
          },
          {
            id: 'li:comment:7455557308907520303',
            authorName: 'Havenlicht Energie',
            authorUrl: 'https://www.linkedin.com/company/havenlicht-energie/',
            authorHeadline: null,
            text: 'Good idea, Bram. January is on its way.',
            reactions: 0,
            isReply: true,
            byPageAuthor: true,
            publishedAt: Date.parse('2026-04-30T10:03:00Z'),
          },
          {
            id: 'li:comment:7455884967936000404',
            authorName: 'Iris Jansen',
            authorUrl: 'https://www.linkedin.com/in/iris-jansen-42/',
            authorHeadline: 'Policy advisor, Province of South Holland',
            text: 'Great to see the numbers in the open. Which share of the evening peak comes from households?',
            reactions: 0,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-05-01T07:45:00Z'),
          },
          {
            id: 'li:comment:7456319078400000505',
            authorName: 'Sanne Visser',
            authorUrl: 'https://www.linkedin.com/in/sanne-visser-grid/',
            authorHeadline: 'Grid engineer at Havenlicht Energie',
            text: 'About two thirds, Iris.',
            reactions: 2,
            isReply: true,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-05-02T12:30:00Z'),
          },
        ],
        missing: [],
      },
    ]);
  });

  it('maps a change in the comment list (beside the card) to the post card', () => {
    const [card] = linkedinReader.findCards(document);
    const reply = document.querySelector('[componentkey*="7456319078400000505"] [data-testid="expandable-text-box"]')!;
    expect(linkedinReader.cardOf(reply)).toBe(card);
  });

  it('reads only what is rendered: a comment LinkedIn has not loaded yet is simply absent', () => {
    const list = document.querySelector('[data-component-type="LazyColumn"][componentkey^="pagedCommentsContainer"]')!;
    list.lastElementChild!.remove();
    const [result] = readAll(NOW);
    expect(result?.kind === 'post' && result.post.comments.map((comment) => comment.authorName)).toEqual(['Bram de Vries', 'Havenlicht Energie']);
  });
});

describe('legacy post page with comments (2026-04)', () => {
  const url = 'https://www.linkedin.com/posts/havenlicht-energie_gridstorage-activity-7444277231616000606-Xk9p/';
  const NOW = Date.UTC(2026, 3, 6, 12);
  beforeEach(() => {
    loadFixture('legacy-post-en-2026-04.html', url);
  });

  it('is the legacy shape: comments are articles with data-id inside the card', () => {
    const cards = linkedinReader.findCards(document);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.querySelectorAll('article.comments-comment-entity[data-id^="urn:li:comment:(activity:"]')).toHaveLength(3);
    expect(document.querySelectorAll('[componentkey]')).toHaveLength(0);
  });

  it('reads every field of the post and of each comment; never clicks "Load more"', () => {
    const loadMore = document.querySelector<HTMLButtonElement>('.comments-comments-list__load-more-comments-button')!;
    let clicked = false;
    loadMore.addEventListener('click', () => {
      clicked = true;
    });
    expect(postsOf(readAll(NOW))).toEqual<PostObservation[]>([
      {
        id: 'li:7444277231616000606',
        authorPageKey: 'linkedin:company/havenlicht-energie',
        authorName: 'Havenlicht Energie',
        authorKind: 'brand',
        publishedAt: Date.parse('2026-03-30T07:00:00Z'),
        publishedAtApprox: false,
        text: 'Tonight we test the new grid battery at full load for the first time. Fingers crossed!\n#gridstorage',
        hashtags: ['gridstorage'],
        links: [],
        mediaKind: 'none',
        isReshare: false,
        counts: { reactions: 64, comments: 9, reposts: 1, impressions: null },
        comments: [
          {
            id: 'li:comment:7444292331110400707',
            authorName: 'Bram de Vries',
            authorUrl: 'https://www.linkedin.com/in/bram-de-vries-energy/',
            authorHeadline: 'Energy analyst at Noordwind Solar',
            text: 'What load do you consider "full" here, the rated 48 MW?',
            reactions: 5,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-03-30T08:00:00Z'),
          },
          {
            id: 'li:comment:7444314980352000808',
            authorName: 'Havenlicht Energie',
            authorUrl: 'https://www.linkedin.com/company/havenlicht-energie/',
            authorHeadline: null,
            text: 'Yes, 48 MW for two hours.',
            reactions: 0,
            isReply: true,
            byPageAuthor: true,
            publishedAt: Date.parse('2026-03-30T09:30:00Z'),
          },
          {
            id: 'li:comment:7444810747084800909',
            authorName: 'Iris Jansen',
            authorUrl: 'https://www.linkedin.com/in/iris-jansen-42/',
            authorHeadline: 'Policy advisor, Province of South Holland',
            text: 'Good luck tonight!',
            reactions: 0,
            isReply: false,
            byPageAuthor: false,
            publishedAt: Date.parse('2026-03-31T18:20:00Z'),
          },
        ],
        missing: [],
      },
    ]);
    expect(clicked).toBe(false);
  });
});
