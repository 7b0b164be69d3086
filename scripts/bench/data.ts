/**
 * Deterministic, realistic-looking data in the neutral model (lib/analysis/model.ts) for the
 * benchmarks that do not go through a page: analysis timelines, the popup's large store, storage
 * growth. Invented names and text only.
 */
import type { CommentItem, CountSnapshot, PageInfo, PostItem, Timeline } from '../../lib/analysis/model.ts';
import { prng } from './feeds.ts';

export const DAY = 86_400_000;
export const DATA_NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

const POST_TEXTS = [
  'We visited the farm where our cheese is made and met the people behind it. What a day.',
  'What is your favourite way to start the week? Tell us below, we read every answer.',
  'Only this week: 20% off all orders. Shop now while stocks last! Link in the comments.',
  'Three things we got wrong in our first year, and what we changed because of them.',
  'Meet Lotte, who joined us this month as a trainer. Ask her anything about onboarding.',
  'Behind the scenes: how we choose our suppliers and why it takes us a full year.',
  'Thank you to everyone who came to our open day! What should we show you next time?',
  'New in the shop: the autumn box with notes of plum and cocoa. Order today.',
  'We are hiring a backend engineer who likes boring, reliable software. Know someone?',
  'Proud to announce our new partnership with a local school. More soon!',
];
const COMMENT_TEXTS = [
  'Great post!',
  'Congrats to the whole team!',
  'Love this 👏',
  'We had exactly the same experience with our suppliers last year, the second audit made all the difference.',
  'How long did the certification take you? We are considering the same route.',
  'Interesting, thanks for sharing.',
  'Which school is it? My daughter might be interested in the programme.',
  'Well deserved!',
  'Could you share the slides from the open day? I missed the second half.',
  'Amazing 🔥🔥',
];
const TAGS = ['webshop', 'sale', 'coffee', 'team', 'hiring', 'sustainability', 'cheese', 'innovation', 'b2b', 'marketing'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

export function pageInfo(index: number): PageInfo {
  const slug = `bench-company-${index}`;
  return {
    platform: 'linkedin',
    key: `linkedin:company/${slug}`,
    url: `https://www.linkedin.com/company/${slug}/`,
    kind: 'brand',
    name: `Bench Company ${index}`,
    followers: 500 + ((index * 7919) % 50_000),
    employeeBand: { min: 11, max: 50 },
    industry: 'Food and Beverage Manufacturing',
    relation: 'unmarked',
  };
}

export interface TimelineShape {
  posts: number;
  snapshotsPerPost: number;
  commentsPerPost: number;
}

/** One page's timeline: posts every ~2 days back from DATA_NOW, counts growing per snapshot. */
export function syntheticTimeline(pageIndex: number, shape: TimelineShape, seed = pageIndex + 1): Timeline {
  const random = prng(seed);
  const page = pageInfo(pageIndex);
  const commenters = Array.from({ length: 80 }, (_, i) => `Commenter ${pageIndex}-${i}`);
  const posts: PostItem[] = [];
  for (let i = 0; i < shape.posts; i++) {
    const publishedAt = DATA_NOW - i * 2 * DAY - Math.floor(random() * DAY);
    const id = `li:${(BigInt(publishedAt) << 22n) + BigInt(i)}`;
    const finalReactions = Math.floor(random() ** 2 * 300);
    const snapshots: CountSnapshot[] = [];
    for (let s = 0; s < shape.snapshotsPerPost; s++) {
      const share = (s + 1) / shape.snapshotsPerPost;
      snapshots.push({
        seenAt: publishedAt + (s + 1) * 6 * 3_600_000,
        reactions: Math.round(finalReactions * share),
        comments: Math.round(shape.commentsPerPost * share),
        reposts: Math.round(finalReactions * 0.03 * share),
        impressions: null,
      });
    }
    const comments: CommentItem[] = [];
    for (let c = 0; c < shape.commentsPerPost; c++) {
      const author = pick(random, commenters);
      comments.push({
        id: `li:comment:${publishedAt + c}`,
        postId: id,
        authorName: author,
        authorUrl: `https://www.linkedin.com/in/${author.toLowerCase().replace(/\s+/g, '-')}/`,
        authorHeadline: random() < 0.3 ? `Sales at ${page.name}` : 'Marketing lead at Example',
        text: pick(random, COMMENT_TEXTS),
        reactions: Math.floor(random() * 5),
        isReply: random() < 0.2,
        byPageAuthor: random() < 0.1,
        publishedAt: publishedAt + (c + 1) * 3_600_000,
      });
    }
    const tags = [...new Set(Array.from({ length: Math.floor(random() * 5) }, () => pick(random, TAGS)))];
    posts.push({
      id,
      publishedAt,
      publishedAtApprox: false,
      authorName: page.name,
      text: `${pick(random, POST_TEXTS)}\n${pick(random, POST_TEXTS)}${tags.length ? `\n\n${tags.map((t) => `#${t}`).join(' ')}` : ''}`,
      hashtags: tags,
      links: random() < 0.2 ? ['https://example.com/shop'] : [],
      mediaKind: i % 3 === 0 ? 'image' : i % 7 === 0 ? 'video' : 'none',
      isReshare: random() < 0.05,
      snapshots,
      comments,
    });
  }
  return { page, posts, now: DATA_NOW };
}
