import type { CircleAnalysis } from './circle';
import type { AnalysisContext } from './context';
import type { AdjustedEngagement } from './model';

/**
 * What the page's engagement would be without hollow comments: generic ones ("👏", "great post")
 * and, when the circle check flagged a circle, the regulars' comments. Only visible comments can
 * be discounted, so the adjusted figure is still an upper bound. Reactions stay: who reacted is
 * not visible. Null when no post has readable reactions and comments.
 */
export function adjustedEngagement(ctx: AnalysisContext, flaggedCircle: CircleAnalysis | null): AdjustedEngagement | null {
  const counted = ctx.posts.filter((view) => view.interactions !== null);
  if (counted.length === 0) return null;
  const circleKeys = new Set(flaggedCircle?.core.map((member) => member.key) ?? []);
  let interactions = 0;
  let discounted = 0;
  let genericComments = 0;
  let circleComments = 0;
  for (const view of counted) {
    interactions += view.interactions ?? 0;
    let hollow = 0;
    for (const c of ctx.commentsByPost.get(view.post.id) ?? []) {
      if (c.fromPage) continue;
      if (c.generic !== null) genericComments += 1;
      else if (circleKeys.has(c.authorKey)) circleComments += 1;
      else continue;
      hollow += 1;
    }
    // Never discount more comments than the post is counted with.
    discounted += Math.min(hollow, view.comments ?? 0);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    posts: counted.length,
    interactionsPerPost: round(interactions / counted.length),
    adjustedPerPost: round((interactions - discounted) / counted.length),
    genericComments,
    circleComments,
  };
}
