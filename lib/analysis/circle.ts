import type { AnalysisContext, CommentView } from './context';

export interface CircleMember {
  /** The commenter's identity across posts (see CommentView.authorKey). */
  key: string;
  name: string;
  /** Posts this person commented under. */
  posts: number;
  comments: number;
}

export interface CircleAnalysis {
  /** Posts with at least one visible comment from outside the page and its colleagues. */
  commentedPosts: number;
  /** Comments from outside the page and its colleagues. */
  audienceComments: number;
  commenters: number;
  /** Regulars who commented under at least `coverage` of the commented posts, most active first. */
  core: CircleMember[];
  coreComments: number;
  /** Share of audience comments written by the ten most active commenters. */
  topTenShare: number;
  /** Mean overlap (Jaccard) of the commenter sets of consecutive commented posts. */
  meanOverlap: number;
  colleagues: CircleMember[];
  colleagueComments: number;
}

function members(comments: readonly CommentView[]): CircleMember[] {
  const byAuthor = new Map<string, { name: string; posts: Set<string>; comments: number }>();
  for (const c of comments) {
    const entry = byAuthor.get(c.authorKey) ?? { name: c.comment.authorName, posts: new Set<string>(), comments: 0 };
    entry.posts.add(c.postId);
    entry.comments += 1;
    byAuthor.set(c.authorKey, entry);
  }
  return [...byAuthor]
    .map(([key, e]) => ({ key, name: e.name, posts: e.posts.size, comments: e.comments }))
    .sort((a, b) => b.posts - a.posts || b.comments - a.comments);
}

/** The audience: visible comments from outside the page and its colleagues. */
function isAudience(c: CommentView): boolean {
  return !c.fromPage && !c.colleague;
}

function meanConsecutiveOverlap(ctx: AnalysisContext): number {
  const sets: Array<Set<string>> = [];
  for (const view of ctx.posts) {
    const authors = new Set<string>();
    for (const c of ctx.commentsByPost.get(view.post.id) ?? []) if (isAudience(c)) authors.add(c.authorKey);
    if (authors.size > 0) sets.push(authors);
  }
  if (sets.length < 2) return 0;
  let total = 0;
  for (let i = 1; i < sets.length; i++) {
    const a = sets[i - 1] ?? new Set<string>();
    const b = sets[i] ?? new Set<string>();
    let shared = 0;
    for (const key of a) if (b.has(key)) shared += 1;
    total += shared / (a.size + b.size - shared);
  }
  return total / (sets.length - 1);
}

const TOP = 10;

/**
 * Who keeps commenting. Linear in the number of comments: one pass to group by author, one over
 * consecutive posts for the overlap. Colleagues (headline names the company) are kept apart.
 */
export function findCircle(ctx: AnalysisContext, coverage: number): CircleAnalysis {
  const audience: CommentView[] = [];
  const colleagueComments: CommentView[] = [];
  const commented = new Set<string>();
  for (const c of ctx.comments) {
    if (c.fromPage) continue;
    if (c.colleague) {
      colleagueComments.push(c);
    } else {
      audience.push(c);
      commented.add(c.postId);
    }
  }
  const commentedPosts = commented.size;
  const ranked = members(audience);
  const core = ranked.filter((m) => m.posts >= 2 && m.posts >= coverage * commentedPosts);
  const topTen = ranked
    .map((m) => m.comments)
    .sort((a, b) => b - a)
    .slice(0, TOP)
    .reduce((sum, n) => sum + n, 0);
  return {
    commentedPosts,
    audienceComments: audience.length,
    commenters: ranked.length,
    core,
    coreComments: core.reduce((sum, m) => sum + m.comments, 0),
    topTenShare: audience.length > 0 ? topTen / audience.length : 0,
    // The comments under each post are the very objects of ctx.comments (buildContext), so the
    // audience test per comment picks out exactly the audience list above.
    meanOverlap: meanConsecutiveOverlap(ctx),
    colleagues: members(colleagueComments),
    colleagueComments: colleagueComments.length,
  };
}
