import type { AnalysisContext } from '../context';
import { listParam, msg } from '../messages/msg';
import { oncePerString } from '../once-per-string';
import type { Msg } from '../model';
import { hashtagKey, hashtagsOf, isSentenceHashtag, nearDuplicatePairs } from '../text/hashtags';
import { defineRule, insufficient, verdict, type ThresholdValues } from './rule';
import { tooFewPosts } from './shared';

/**
 * Platform guidance: LinkedIn reportedly recommends up to three hashtags (practitioners say 3–5);
 * on Facebook 1–2 outperformed 3–5 (Socialbakers, 200K posts). Seed 004: many look-alike tags,
 * whole sentences as hashtags and nonsense tags irritate readers.
 */
export const THRESHOLDS = {
  linkedinWarnAbove: { default: 3, min: 0, max: 30 },
  linkedinFailAbove: { default: 5, min: 0, max: 30 },
  facebookWarnAbove: { default: 2, min: 0, max: 30 },
  facebookFailAbove: { default: 5, min: 0, max: 30 },
  /** Share of posts with a problem (over the limit, look-alikes, a sentence) that warns. */
  problemPostShare: { default: 0.3, min: 0, max: 1 },
  sentenceChars: { default: 20, min: 5, max: 100 },
  sentenceWords: { default: 4, min: 2, max: 20 },
  /** A block this big pasted under most posts reads as copy-paste, whatever the limit. */
  blockMinTags: { default: 4, min: 2, max: 30 },
  blockPostShare: { default: 0.6, min: 0, max: 1 },
  minPosts: { default: 3, min: 1, max: 100 },
} as const;

type Limits = ThresholdValues<typeof THRESHOLDS>;

interface PostTags {
  id: string;
  tags: string[];
  overWarn: boolean;
  overFail: boolean;
  nearDuplicates: Array<[string, string]>;
  sentences: string[];
}

function inspectPosts(ctx: AnalysisContext, t: Limits, keyOf: (tag: string) => string): PostTags[] {
  const linkedin = ctx.page.platform === 'linkedin';
  const warnAbove = linkedin ? t.linkedinWarnAbove : t.facebookWarnAbove;
  const failAbove = linkedin ? t.linkedinFailAbove : t.facebookFailAbove;
  const isSentence = oncePerString((tag) => isSentenceHashtag(tag, t.sentenceChars, t.sentenceWords));
  return ctx.posts.map(({ post }) => {
    const tags = hashtagsOf(post);
    return {
      id: post.id,
      tags,
      overWarn: tags.length > warnAbove,
      overFail: tags.length > failAbove,
      nearDuplicates: nearDuplicatePairs(tags, keyOf),
      sentences: tags.filter(isSentence),
    };
  });
}

/** The most common identical set of hashtags (order ignored) of at least `minTags` tags. */
function mostPastedBlock(posts: readonly PostTags[], minTags: number, keyOf: (tag: string) => string) {
  const byBlock = new Map<string, PostTags[]>();
  for (const post of posts) {
    if (post.tags.length < minTags) continue;
    const block = [...new Set(post.tags.map(keyOf))].sort().join(' ');
    const group = byBlock.get(block) ?? [];
    group.push(post);
    byBlock.set(block, group);
  }
  let best: PostTags[] = [];
  for (const group of byBlock.values()) if (group.length > best.length) best = group;
  return best;
}

function hasProblem(post: PostTags): boolean {
  return post.overWarn || post.nearDuplicates.length > 0 || post.sentences.length > 0;
}

function suggestionFor(worst: PostTags | undefined, block: PostTags[], blockFlagged: boolean): Msg | null {
  if (worst?.overWarn) {
    return msg('rule.hashtag-overuse.suggest.replace', {
      count: worst.tags.length,
      tags: listParam(worst.tags.map((tag) => `#${tag}`), 12),
    });
  }
  const blockTags = block[0]?.tags ?? [];
  if (blockFlagged) {
    return msg('rule.hashtag-overuse.suggest.block', {
      blockSize: blockTags.length,
      tags: listParam(blockTags.map((tag) => `#${tag}`)),
    });
  }
  const sentence = worst?.sentences[0];
  if (sentence !== undefined) return msg('rule.hashtag-overuse.suggest.sentence', { tag: `#${sentence}` });
  const pair = worst?.nearDuplicates[0];
  if (pair) return msg('rule.hashtag-overuse.suggest.near-duplicates', { first: `#${pair[0]}`, second: `#${pair[1]}` });
  return null;
}

export const hashtagOveruse = defineRule({
  id: 'hashtag-overuse',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    if (ctx.posts.length < t.minPosts) return insufficient(tooFewPosts(ctx.posts.length, t.minPosts));

    const keyOf = oncePerString(hashtagKey);
    const posts = inspectPosts(ctx, t, keyOf);
    const linkedin = ctx.page.platform === 'linkedin';
    const limit = linkedin ? t.linkedinWarnAbove : t.facebookWarnAbove;
    // Most telling first: the most hashtags, then the most look-alikes and sentences.
    const problems = posts
      .filter(hasProblem)
      .sort(
        (a, b) =>
          b.tags.length - a.tags.length ||
          b.nearDuplicates.length + b.sentences.length - (a.nearDuplicates.length + a.sentences.length),
      );
    const block = mostPastedBlock(posts, t.blockMinTags, keyOf);
    const blockFlagged = block.length >= 2 && block.length >= t.blockPostShare * posts.length;
    const overFail = posts.filter((post) => post.overFail).length;

    const figures = {
      posts: posts.length,
      postsWithHashtags: posts.filter((post) => post.tags.length > 0).length,
      limit,
      maxTags: posts.reduce((max, post) => Math.max(max, post.tags.length), 0),
      overPosts: posts.filter((post) => post.overWarn).length,
      overFailPosts: overFail,
      nearDuplicatePairs: posts.reduce((sum, post) => sum + post.nearDuplicates.length, 0),
      sentenceTags: posts.reduce((sum, post) => sum + post.sentences.length, 0),
      blockPosts: blockFlagged ? block.length : 0,
      blockSize: blockFlagged ? (block[0]?.tags.length ?? 0) : 0,
    };

    // Failing takes too many tags; look-alikes and sentences on their own only ever warn.
    const share = (count: number) => count / posts.length;
    const found = problems.length > 0;
    const status =
      found && (share(overFail) >= t.problemPostShare || share(figures.overPosts) >= 2 * t.problemPostShare)
        ? 'fail'
        : (found && share(problems.length) >= t.problemPostShare) || blockFlagged
          ? 'warn'
          : 'pass';
    if (status === 'pass') {
      return verdict('pass', { figures, explanation: msg('rule.hashtag-overuse.explain.pass', figures) });
    }
    const explainBlock = blockFlagged && figures.overPosts === 0;
    return verdict(status, {
      figures,
      evidencePostIds: (explainBlock ? block : problems).map((post) => post.id),
      explanation: msg(explainBlock ? 'rule.hashtag-overuse.explain.block' : 'rule.hashtag-overuse.explain.found', figures),
      suggestion: suggestionFor(problems[0], block, blockFlagged),
    });
  },
});
