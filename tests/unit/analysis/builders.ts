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
