import type {
  CommentItem,
  CountSnapshot,
  PageInfo,
  PostItem,
  Timeline,
} from '../../../lib/analysis/model';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** A fixed "now" (Tuesday 2026-11-03 12:00 UTC) so every test is deterministic. */
export const NOW = Date.UTC(2026, 10, 3, 12, 0, 0);

export function page(overrides: Partial<PageInfo> = {}): PageInfo {
  return {
    platform: 'linkedin',
    key: 'linkedin:company/acme',
    url: 'https://www.linkedin.com/company/acme/',
    kind: 'brand',
    name: 'Acme',
    followers: 800,
    employeeBand: { min: 2, max: 10 },
    industry: null,
    relation: 'unmarked',
    ...overrides,
  };
}

export function snapshot(overrides: Partial<CountSnapshot> = {}): CountSnapshot {
  return { seenAt: NOW, reactions: 10, comments: 1, reposts: 0, impressions: null, ...overrides };
}

let commentSerial = 0;

export function comment(overrides: Partial<CommentItem> & { authorName: string }): CommentItem {
  commentSerial += 1;
  return {
    id: `c-${commentSerial}`,
    postId: 'p',
    authorUrl: null,
    authorHeadline: null,
    text: 'Interesting point about delivery times, we saw the same in our shop.',
    reactions: 0,
    isReply: false,
    byPageAuthor: false,
    publishedAt: null,
    ...overrides,
  };
}

export interface PostSpec extends Partial<Omit<PostItem, 'snapshots' | 'comments'>> {
  /** Shorthand for one snapshot, seen a week after publishing. */
  reactions?: number | null;
  commentCount?: number | null;
  snapshots?: CountSnapshot[];
  comments?: Array<Partial<CommentItem> & { authorName: string }>;
}

/**
 * A post published `index` days before NOW (index 0 = newest) at a different minute each day, as a
 * person posts, with one snapshot read a week after publishing (or at NOW) unless given.
 */
export function post(index: number, spec: PostSpec = {}): PostItem {
  const id = spec.id ?? `post-${index}`;
  const publishedAt =
    spec.publishedAt === undefined ? NOW - index * DAY - 3 * HOUR - ((index * 17) % 60) * MINUTE : spec.publishedAt;
  const seenAt = Math.min(NOW, (publishedAt ?? NOW) + 7 * DAY);
  const comments = (spec.comments ?? []).map((c, i) =>
    comment({ id: `${id}-c${i}`, ...c, postId: id }),
  );
  return {
    id,
    publishedAt,
    publishedAtApprox: spec.publishedAtApprox ?? false,
    authorName: spec.authorName ?? 'Acme',
    text: spec.text ?? `Post ${index}: a look behind the scenes at our workshop this week.`,
    hashtags: spec.hashtags ?? [],
    links: spec.links ?? [],
    mediaKind: spec.mediaKind ?? 'image',
    isReshare: spec.isReshare ?? false,
    snapshots: spec.snapshots ?? [
      snapshot({
        seenAt,
        reactions: spec.reactions === undefined ? 10 : spec.reactions,
        comments: spec.commentCount === undefined ? comments.length : spec.commentCount,
      }),
    ],
    comments,
  };
}

export function timeline(posts: PostItem[], pageOverrides: Partial<PageInfo> = {}): Timeline {
  return { page: page(pageOverrides), posts, now: NOW };
}

/** `count` posts built by `make(index)`, index 0 the newest. */
export function posts(count: number, make: (index: number) => PostSpec = () => ({})): PostItem[] {
  return Array.from({ length: count }, (_, index) => post(index, make(index)));
}

/** Hand-written, varied post texts (one is an offer, some ask a question). */
export const HEALTHY_TEXTS = [
  'Sanne has repaired bikes in our workshop for twenty years. Today she tells how it all started with one flat tyre.',
  'Which saddle do you ride on for long tours: leather or gel? We are putting together advice for beginners.',
  'Our stand at the fair in Utrecht was busy all day. Thanks to everyone who came by for a chat and a coffee.',
  'Three things we learned from fixing cargo bikes for the local schools, and one thing we still get wrong.',
  'Rain all week, so the team cleaned the whole storage room and found a 1978 racing frame. Any idea who made it?',
  'New colleague! Youssef joins the repair team after his apprenticeship with a frame builder in Gent.',
  'How often should you oil a chain? Our rule of thumb, and why winter salt changes everything.',
  'Behind the scenes: this is what a wheel looks like before and after truing, step by step.',
  'We now collect old inner tubes; a studio in Zwolle turns them into bags and wallets.',
  'What should our Saturday workshop cover next month: brakes, gears or puncture repair?',
  'Customer story: Ellen commutes forty kilometres a day and told us how she plans her route.',
  'Our summer service is back: a full check for €49 in June. Book a slot in the shop.',
  'A short guide to tyre pressure for city riding, with a table you can print for the shed.',
  'The night before the cycling tour we checked sixty bikes for the retirement home around the corner.',
  'Why we stopped selling the cheapest lights: three reasons from the repair bench.',
  'Fifteen years ago today we opened the doors. Thank you, neighbours, for every visit since.',
];

/**
 * A page in good health, post `index` published `index * 3` days ago: hand-written posts, a question
 * every third post, one or two hashtags, conversation from many different people, answers from the
 * page, counts read in the first hour and again days later.
 */
export function healthyPost(index: number): PostItem {
  const publishedAt = NOW - index * 3 * DAY - 5 * HOUR - ((index * 23) % 60) * MINUTE;
  const final = 40 + (index % 5) * 3;
  const comments = [
    { authorName: `Customer ${index}-a`, text: 'We did the same tour last spring, the second day is the hardest.' },
    { authorName: `Customer ${index}-b`, text: 'Good to know, I always wondered why my chain squeaks in January.' },
    { authorName: `Customer ${index}-c`, text: `Could you share the name of the tool you used in the ${index}th picture?` },
    ...(index % 2 === 0 ? [{ authorName: 'Marieke Bos', text: `Still riding the bike you rebuilt for me, week ${index} of my commute.` }] : []),
    ...(index % 4 === 1 ? [{ authorName: 'Youssef El Amrani', authorHeadline: 'Bike mechanic at Acme', text: 'Proud of this one, it took us two evenings.' }] : []),
    ...(index === 0 ? [{ authorName: 'Noor', text: '👏' }] : []),
    { authorName: 'Acme', byPageAuthor: true, text: `Thanks all! Answers to your questions in the shop this week, or ask us here (${index}).` },
  ];
  return post(index, {
    id: `healthy-${index}`,
    publishedAt,
    text: HEALTHY_TEXTS[index % HEALTHY_TEXTS.length] ?? '',
    hashtags: index % 2 ? ['fietsen'] : ['fietsen', 'utrecht'],
    comments,
    snapshots: [
      snapshot({ seenAt: publishedAt + 40 * MINUTE, reactions: 4, comments: 0 }),
      snapshot({ seenAt: publishedAt + 6 * HOUR, reactions: Math.round(final / 2), comments: 2 }),
      ...(publishedAt + 3 * DAY <= NOW ? [snapshot({ seenAt: publishedAt + 3 * DAY, reactions: final, comments: comments.length })] : []),
    ].filter((s) => s.seenAt <= NOW),
  });
}
