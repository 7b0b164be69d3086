import { colleagueMatcher } from './colleagues';
import { oncePerString } from './once-per-string';
import type { CommentItem, CountSnapshot, PageInfo, PostItem, Report, Timeline } from './model';
import { describeComment, genericKindOf, type CommentText, type GenericKind } from './text/generic-comment';
import { foldText } from './text/normalize';

/** A post with the counts of its latest snapshot. Unknown counts stay null, never 0. */
export interface PostView {
  readonly post: PostItem;
  readonly latest: CountSnapshot | null;
  readonly reactions: number | null;
  readonly comments: number | null;
  /** reactions + comments of the latest snapshot; null when either is unknown. */
  readonly interactions: number | null;
  /** How old the post was when its counts were last read (ms); null when undated or unread. */
  readonly ageAtLatestMs: number | null;
}

export interface CommentView {
  readonly comment: CommentItem;
  /** The post it was seen under. */
  readonly postId: string;
  /** Identifies the commenter across posts: the profile URL, else the folded name. */
  readonly authorKey: string;
  /** Written by the page itself: its replies are conversation, not audience. */
  readonly fromPage: boolean;
  /** The commenter's headline names the page's company (counted apart in circle checks). */
  readonly colleague: boolean;
  readonly generic: GenericKind | null;
}

/** Everything the rules share, computed once per analysis in linear time. */
export interface AnalysisContext {
  readonly page: PageInfo;
  readonly now: number;
  /** Newest first; undated posts last, in timeline order. */
  readonly posts: readonly PostView[];
  /** Visible comments per post id. */
  readonly commentsByPost: ReadonlyMap<string, readonly CommentView[]>;
  /** All visible comments, page replies included. */
  readonly comments: readonly CommentView[];
  readonly rateDenominator: Report['basis']['rateDenominator'];
}

function viewPost(post: PostItem): PostView {
  const latest = post.snapshots.at(-1) ?? null;
  const reactions = latest?.reactions ?? null;
  const comments = latest?.comments ?? null;
  return {
    post,
    latest,
    reactions,
    comments,
    interactions: reactions !== null && comments !== null ? reactions + comments : null,
    ageAtLatestMs:
      latest !== null && post.publishedAt !== null ? latest.seenAt - post.publishedAt : null,
  };
}

function newestFirst(a: PostView, b: PostView): number {
  if (a.post.publishedAt === null || b.post.publishedAt === null) {
    return a.post.publishedAt === null ? (b.post.publishedAt === null ? 0 : 1) : -1;
  }
  return b.post.publishedAt - a.post.publishedAt;
}

/**
 * Impressions only show on the user's own posts; a competitor's page can only be measured per
 * follower. Impressions are used when most posts with counts carry them.
 */
function chooseRateDenominator(page: PageInfo, posts: readonly PostView[]) {
  const counted = posts.filter((view) => view.latest !== null);
  const withImpressions = counted.filter((view) => (view.latest?.impressions ?? null) !== null);
  if (counted.length > 0 && withImpressions.length * 2 > counted.length) return 'impressions';
  if (page.followers !== null && page.followers > 0) return 'followers';
  return 'none';
}

function viewComments(timeline: Timeline): CommentView[] {
  const pageName = timeline.page.name ? foldText(timeline.page.name) : null;
  const fold = oncePerString(foldText);
  const describe = oncePerString(describeComment);
  const matchesCompany = timeline.page.kind === 'brand' ? oncePerString(colleagueMatcher(timeline.page.name)) : null;

  // Which posts each wording appears under, to recognise the same short comment pasted around:
  // the first post it was seen under, and whether it was seen under another one too.
  const described: CommentText[] = [];
  const spread = new Map<string, { firstPostId: string; repeated: boolean }>();
  for (const post of timeline.posts) {
    for (const comment of post.comments) {
      const text = describe(comment.text);
      described.push(text);
      const seen = spread.get(text.fingerprint);
      if (seen === undefined) spread.set(text.fingerprint, { firstPostId: post.id, repeated: false });
      else if (seen.firstPostId !== post.id) seen.repeated = true;
    }
  }

  const views: CommentView[] = [];
  for (const post of timeline.posts) {
    for (const comment of post.comments) {
      const text = described[views.length] as CommentText;
      const authorName = fold(comment.authorName);
      const fromPage = comment.byPageAuthor || (pageName !== null && authorName === pageName);
      views.push({
        comment,
        postId: post.id,
        authorKey: comment.authorUrl ?? `name:${authorName}`,
        fromPage,
        colleague: !fromPage && matchesCompany !== null && comment.authorHeadline !== null && matchesCompany(comment.authorHeadline),
        generic: fromPage ? null : genericKindOf(text, spread.get(text.fingerprint)?.repeated ?? false),
      });
    }
  }
  return views;
}

export function buildContext(timeline: Timeline): AnalysisContext {
  const posts = timeline.posts.map(viewPost).sort(newestFirst);
  const comments = viewComments(timeline);
  const commentsByPost = new Map<string, CommentView[]>();
  for (const view of comments) {
    const list = commentsByPost.get(view.postId) ?? [];
    list.push(view);
    commentsByPost.set(view.postId, list);
  }
  return {
    page: timeline.page,
    now: timeline.now,
    posts,
    commentsByPost,
    comments,
    rateDenominator: chooseRateDenominator(timeline.page, posts),
  };
}
