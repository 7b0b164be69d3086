import type { PostView } from '../context';
import { msg, percent } from '../messages/msg';
import type { Msg } from '../model';
import { withoutUrls, wordsOf } from '../text/normalize';
import { templateGroupsOfWords, templateWords } from '../text/template';
import { defineRule, insufficient, verdict } from './rule';
import { rankByCount, tooFewPosts } from './shared';

/**
 * Seed 004: automating posts loses the "social" — followers notice posts not written by a person.
 * Two strong signs (the same template over and over; bare links without a word) and one
 * supporting sign: posts going out at the same minute of the hour, as schedulers do. Scheduling
 * alone is fine (the seed itself says so), so it only ever strengthens a strong sign.
 */
export const THRESHOLDS = {
  /** Word-triple overlap (Jaccard) at which two posts share a template. */
  similarity: { default: 0.4, min: 0.1, max: 1 },
  templateShare: { default: 0.4, min: 0, max: 1 },
  templateFailShare: { default: 0.7, min: 0, max: 1 },
  linkOnlyShare: { default: 0.3, min: 0, max: 1 },
  sameMinuteShare: { default: 0.6, min: 0, max: 1 },
  /** Posts with no more words than this around their link count as a bare link. */
  linkOnlyMaxWords: { default: 3, min: 0, max: 50 },
  recentPosts: { default: 100, min: 5, max: 10_000 },
  minPosts: { default: 6, min: 2, max: 1000 },
} as const;

const SAMPLE_WORDS = 6;
/** A shared opening this long says more about the template than any one post's first words. */
const MIN_SHARED_OPENING = 3;

/** The opening words the posts of a template share, else the first words of one of them. */
function templateSample(wordLists: ReadonlyArray<readonly string[]>): string {
  const [first = [], ...rest] = wordLists;
  let shared = Math.min(first.length, SAMPLE_WORDS);
  for (const words of rest) {
    let i = 0;
    while (i < shared && words[i] === first[i]) i++;
    shared = i;
  }
  return first.slice(0, shared >= MIN_SHARED_OPENING ? shared : SAMPLE_WORDS).join(' ');
}

function isBareLink(view: PostView, maxWords: number): boolean {
  const { post } = view;
  const hasLink = post.links.length > 0 || /https?:\/\//u.test(post.text);
  const words = wordsOf(withoutUrls(post.text).replace(/#[\p{L}\p{M}\p{N}_]+/gu, ' '));
  return hasLink && words.length <= maxWords;
}

const MINUTE = 60_000;
/** The largest time a Date can hold (ECMAScript TimeClip); beyond it getUTCMinutes() is NaN. */
const MAX_TIME = 8.64e15;

/**
 * new Date(ms).getUTCMinutes() by arithmetic, as the standard defines it (TimeClip truncates to an
 * integer, then floor(t / one minute) modulo 60, never negative), without making a Date per post.
 */
export function utcMinuteOf(ms: number): number {
  if (!(Math.abs(ms) <= MAX_TIME)) return Number.NaN;
  const minutes = Math.floor(Math.trunc(ms) / MINUTE) % 60;
  return minutes < 0 ? minutes + 60 : minutes + 0;
}

/** The minute of the hour most posts with an exact time went out at, and how many. */
function commonMinute(views: readonly PostView[]): { minute: number; posts: number; timed: number } {
  const minutes = views.flatMap(({ post }) =>
    post.publishedAt !== null && !post.publishedAtApprox ? [String(utcMinuteOf(post.publishedAt))] : [],
  );
  const [top] = rankByCount(minutes);
  return {
    minute: top === undefined ? 0 : Number(top),
    posts: minutes.filter((m) => m === top).length,
    timed: minutes.length,
  };
}

export const automatedFeel = defineRule({
  id: 'automated-feel',
  thresholds: THRESHOLDS,
  evaluate(ctx, t) {
    const recent = ctx.posts.slice(0, t.recentPosts);
    if (recent.length < t.minPosts) return insufficient(tooFewPosts(recent.length, t.minPosts));

    // Each post's template words, split once for grouping and for the sample in the suggestion.
    const words = recent.map((v) => templateWords(v.post.text));
    const groups = templateGroupsOfWords(words, t.similarity).filter((g) => g.length >= 3);
    const templated = groups.flat();
    const bareLinks = recent.filter((v) => isBareLink(v, t.linkOnlyMaxWords));
    const minute = commonMinute(recent);

    const share = (n: number) => n / recent.length;
    const template = templated.length > 0 && share(templated.length) >= t.templateShare;
    const linkOnly = bareLinks.length > 0 && share(bareLinks.length) >= t.linkOnlyShare;
    const scheduled = minute.timed >= t.minPosts && minute.posts >= t.sameMinuteShare * minute.timed;
    const strong = Number(template) + Number(linkOnly);

    const figures = {
      posts: recent.length,
      templatePosts: templated.length,
      templateGroups: groups.length,
      templatePercent: percent(share(templated.length)),
      linkOnlyPosts: bareLinks.length,
      sameMinutePosts: scheduled ? minute.posts : 0,
      minute: minute.minute,
    };
    const status =
      strong === 0
        ? 'pass'
        : strong === 2 || scheduled || share(templated.length) >= t.templateFailShare
          ? 'fail'
          : 'warn';
    if (status === 'pass') {
      return verdict('pass', { figures, explanation: msg('rule.automated-feel.explain.pass', figures) });
    }

    const ids = (indexes: readonly number[]) => indexes.map((i) => recent[i]?.post.id ?? '');
    let suggestion: Msg;
    const largest = groups[0] ?? [];
    if (template) {
      const sample = templateSample(largest.map((i) => words[i] ?? []));
      suggestion = msg('rule.automated-feel.suggest.template', { templatePosts: largest.length, sample });
    } else {
      suggestion = msg('rule.automated-feel.suggest.link-only', figures);
    }
    return verdict(status, {
      figures,
      evidencePostIds: [...new Set([...(template ? ids(templated) : []), ...(linkOnly ? bareLinks.map((v) => v.post.id) : [])])],
      explanation: msg('rule.automated-feel.explain.found', figures),
      suggestion,
    });
  },
});
