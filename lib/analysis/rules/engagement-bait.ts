import { msg } from '../messages/msg';
import { baitPolicy } from '../policies';
import { baitByKind, baitExceptions } from '../text/lexicon';
import { BAIT_KINDS, type BaitKind } from '../text/lexicons/types';
import { foldText } from '../text/normalize';
import { defineRule, insufficient, verdict } from './rule';
import { tooFewPosts } from './shared';

/**
 * Seed 001: viral bait unrelated to the business ("share this photo to save the child", "only
 * smart people can solve this puzzle"). Facebook demotes vote-, react-, share-, tag- and
 * comment-baiting (December 2017) and LinkedIn will not promote posts that beg for reactions
 * (2022). Facebook's exceptions — genuine requests for help, missing persons, fundraising — are
 * honoured for share and tag requests.
 */
export const THRESHOLDS = {
  failPosts: { default: 3, min: 1, max: 1000 },
  recentPosts: { default: 50, min: 1, max: 10_000 },
  minPosts: { default: 1, min: 1, max: 100 },
} as const;

/** Kinds a genuine request for help may ask for without being bait. */
const EXCUSABLE: ReadonlySet<BaitKind> = new Set(['share', 'tag']);

interface BaitPost {
  id: string;
  kinds: BaitKind[];
  phrases: string[];
}

function baitIn(id: string, text: string): BaitPost | null {
  // Folded once for the eight phrase lists (each used to fold the text itself).
  const folded = foldText(text);
  const excused = baitExceptions.findInFolded(folded).length > 0;
  const kinds: BaitKind[] = [];
  const phrases: string[] = [];
  for (const kind of BAIT_KINDS) {
    if (excused && EXCUSABLE.has(kind)) continue;
    const found = baitByKind[kind].findInFolded(folded);
    if (found.length > 0) {
      kinds.push(kind);
      phrases.push(...found);
    }
  }
  return kinds.length > 0 ? { id, kinds, phrases } : null;
}

export const engagementBait = defineRule({
  id: 'engagement-bait',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const recent = ctx.posts.slice(0, t.recentPosts);
    if (recent.length < t.minPosts) return insufficient(tooFewPosts(recent.length, t.minPosts));

    const bait = recent
      .map(({ post }) => baitIn(post.id, post.text))
      .filter((b): b is BaitPost => b !== null)
      .sort((a, b) => b.kinds.length - a.kinds.length);
    const figures = {
      posts: recent.length,
      baitPosts: bait.length,
      kinds: [...new Set(bait.flatMap((b) => b.kinds))].join(', '),
    };
    const first = bait[0];
    if (!first) return verdict('pass', { figures, explanation: msg('rule.engagement-bait.explain.pass', figures) });
    const phrase = first.phrases[0] ?? '';
    return verdict(bait.length >= t.failPosts ? 'fail' : 'warn', {
      figures,
      evidencePostIds: bait.map((b) => b.id),
      explanation: msg('rule.engagement-bait.explain.found', { ...figures, phrase }),
      suggestion: msg('rule.engagement-bait.suggest', { phrase }),
      policy: baitPolicy(ctx.page.platform),
    });
  },
});
