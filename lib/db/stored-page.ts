/**
 * Stored rows → the analysis model's view of one page. Pure and free of Dexie, so the popup's
 * first read (./quick-read.ts, plain IndexedDB) and `loadPage` (Dexie) build the very same
 * StoredPage from the same rows.
 */
import type { CommentItem, CountSnapshot, PageInfo, Timeline } from '../analysis/model';
import type { ParseHealth } from '../platforms/types';
import type { CommentRow, PageRow, PostRow, SnapshotRow } from './database';

export interface StoredPage {
  timeline: Timeline;
  health: ParseHealth;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** One page's rows as read from the pageKey indexes (index order: key, then primary key). */
export interface PageRows {
  page: PageRow;
  posts: PostRow[];
  snapshots: SnapshotRow[];
  comments: CommentRow[];
}

/** The analysis model's view of a stored page row (what the user sees, without bookkeeping). */
export function pageInfoOf(page: Omit<PageRow, 'health'>): PageInfo {
  return {
    platform: page.platform,
    key: page.key,
    url: page.url,
    kind: page.kind,
    name: page.name,
    followers: page.followers,
    employeeBand: page.employeeBand,
    industry: page.industry,
    relation: page.relation,
  };
}

/** The analysis model's view of a stored comment row. */
export function commentItemOf(c: CommentRow): CommentItem {
  return {
    id: c.id,
    postId: c.postId,
    authorName: c.authorName,
    authorUrl: c.authorUrl,
    authorHeadline: c.authorHeadline,
    text: c.text,
    reactions: c.reactions,
    isReply: c.isReply,
    byPageAuthor: c.byPageAuthor,
    publishedAt: c.publishedAt,
  };
}

export function storedPageOf({ page, posts, snapshots, comments }: PageRows, now: number): StoredPage {
  const snapshotsByPost = new Map<string, CountSnapshot[]>();
  for (const s of snapshots) {
    const list = snapshotsByPost.get(s.postUid) ?? [];
    list.push({ seenAt: s.seenAt, reactions: s.reactions, comments: s.comments, reposts: s.reposts, impressions: s.impressions });
    snapshotsByPost.set(s.postUid, list);
  }
  const commentsByPost = new Map<string, CommentRow[]>();
  for (const c of comments) {
    const list = commentsByPost.get(c.postUid) ?? [];
    list.push(c);
    commentsByPost.set(c.postUid, list);
  }
  const timeline: Timeline = {
    now,
    page: pageInfoOf(page),
    posts: posts.map((p) => ({
      id: p.id,
      publishedAt: p.publishedAt,
      publishedAtApprox: p.publishedAtApprox,
      authorName: p.authorName,
      text: p.text,
      hashtags: p.hashtags,
      links: p.links,
      mediaKind: p.mediaKind,
      isReshare: p.isReshare,
      snapshots: (snapshotsByPost.get(p.uid) ?? []).sort((a, b) => a.seenAt - b.seenAt),
      comments: (commentsByPost.get(p.uid) ?? []).map(commentItemOf),
    })),
  };
  return { timeline, health: page.health, firstSeenAt: page.firstSeenAt, lastSeenAt: page.lastSeenAt };
}
