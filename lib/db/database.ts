/**
 * The one Dexie database, opened only in the extension origin (background, popup, dashboard).
 * A content script's IndexedDB would belong to linkedin.com / facebook.com, so content scripts
 * never import this module.
 *
 * Version history (add a numbered entry, never edit an old one; see lib/db/README.md):
 *  1 — pages, posts, count snapshots over time, comments.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Band, CountSnapshot, MediaKind, PageKind, PageRelation, Platform } from '../analysis/model';
import type { ParseHealth } from '../platforms/types';

export interface PageRow {
  key: string;
  platform: Platform;
  url: string;
  kind: PageKind;
  name: string | null;
  followers: number | null;
  employeeBand: Band | null;
  industry: string | null;
  relation: PageRelation;
  firstSeenAt: number;
  lastSeenAt: number;
  /** Cumulative parse health of everything read on this page. */
  health: ParseHealth;
}

export interface PostRow {
  /** `${pageKey}|${id}`: one post belongs to one page. */
  uid: string;
  pageKey: string;
  id: string;
  publishedAt: number | null;
  publishedAtApprox: boolean;
  authorName: string | null;
  text: string;
  hashtags: string[];
  links: string[];
  mediaKind: MediaKind;
  isReshare: boolean;
  firstSeenAt: number;
  lastSeenAt: number;
  /** The newest snapshot's counts, kept here so re-observations compare without a query. */
  lastCounts: Omit<CountSnapshot, 'seenAt'> | null;
}

export interface SnapshotRow extends CountSnapshot {
  seq?: number;
  postUid: string;
  pageKey: string;
}

export interface CommentRow {
  /** `${pageKey}|${postId}|${id}` */
  uid: string;
  pageKey: string;
  postUid: string;
  id: string;
  postId: string;
  authorName: string;
  authorUrl: string | null;
  authorHeadline: string | null;
  text: string;
  reactions: number | null;
  isReply: boolean;
  byPageAuthor: boolean;
  publishedAt: number | null;
  seenAt: number;
}

export class EchtDatabase extends Dexie {
  pages!: EntityTable<PageRow, 'key'>;
  posts!: EntityTable<PostRow, 'uid'>;
  snapshots!: EntityTable<SnapshotRow, 'seq'>;
  comments!: EntityTable<CommentRow, 'uid'>;

  constructor(name = 'echt') {
    super(name);
    // Every query the popup makes is "all rows of one page": index pageKey everywhere.
    this.version(1).stores({
      pages: '&key, platform, relation, lastSeenAt',
      posts: '&uid, pageKey, [pageKey+publishedAt]',
      snapshots: '++seq, pageKey, postUid, seenAt',
      comments: '&uid, pageKey, postUid',
    });
  }
}

let instance: EchtDatabase | null = null;

/** The shared database of this extension page or worker. */
export function db(): EchtDatabase {
  instance ??= new EchtDatabase();
  return instance;
}
