/** Observation batches for storage tests, shaped like the readers' output. */
import type { CommentObservation, ObservationBatch, PostObservation } from '../../../lib/platforms/types';

export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

export function comment(id: string, over: Partial<CommentObservation> = {}): CommentObservation {
  return {
    id,
    authorName: 'Anneke de Vries',
    authorUrl: 'https://www.linkedin.com/in/anneke-de-vries',
    authorHeadline: 'Cheesemaker at Kaasmeester',
    text: 'Great post!',
    reactions: 1,
    isReply: false,
    byPageAuthor: false,
    publishedAt: NOW - DAY,
    ...over,
  };
}

export function post(id: string, over: Partial<PostObservation> = {}): PostObservation {
  return {
    id,
    authorPageKey: 'linkedin:company/kaasmeester',
    authorName: 'Kaasmeester',
    authorKind: 'brand',
    publishedAt: NOW - 2 * DAY,
    publishedAtApprox: false,
    text: `Post ${id}: what is your favourite cheese?`,
    hashtags: [],
    links: [],
    mediaKind: 'none',
    isReshare: false,
    counts: { reactions: 10, comments: 2, reposts: 0, impressions: null },
    comments: [],
    missing: [],
    ...over,
  };
}

export function batch(posts: PostObservation[], over: Partial<ObservationBatch> = {}, pageKey = 'linkedin:company/kaasmeester'): ObservationBatch {
  return {
    page: {
      platform: pageKey.startsWith('facebook') ? 'facebook' : 'linkedin',
      pageKey,
      pageUrl: pageKey.startsWith('facebook') ? `https://www.facebook.com/${pageKey.split(':')[1]}` : `https://www.linkedin.com/${pageKey.split(':')[1]}/`,
      kind: 'brand',
      header: { name: 'Kaasmeester', followers: 2140, employeeBand: { min: 11, max: 50 }, industry: 'Retail' },
    },
    posts,
    health: { cardsSeen: posts.length, fullyParsed: posts.length, partlyParsed: 0, skipped: 0, missingFields: {}, markup: { legacy: posts.length } },
    observedAt: NOW,
    ...over,
  };
}
