import type { PostItem } from '../model';
import { editDistanceWithin } from './edit-distance';
import { foldText } from './normalize';

// A '#' not glued to a word or an HTML entity ("&#39;"), followed by letters, marks or digits in
// any script ("#ondernemen", "#café", "#日本"). Pure numbers ("#1") are not hashtags.
const HASHTAG = /(?<![\p{L}\p{N}_&#])#([\p{L}\p{M}\p{N}_]+)/gu;

export function extractHashtags(text: string): string[] {
  const tags: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1] ?? '';
    if (/\p{L}/u.test(tag)) tags.push(tag);
  }
  return tags;
}

/** The reader's hashtags when it found any, else the ones written in the text. */
export function hashtagsOf(post: PostItem): string[] {
  return post.hashtags.length > 0 ? post.hashtags : extractHashtags(post.text);
}

/**
 * The words inside a hashtag, from its capitals, digits and underscores:
 * "WeAreHiring" → we, are, hiring; "dit_is_een_zin" → dit, is, een, zin. An all-lowercase run
 * stays one word; the length check catches those.
 */
export function hashtagWords(tag: string): string[] {
  return tag
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L})/gu, '$1 $2')
    .split(/[_\s]+/u)
    .filter((word) => word.length > 0);
}

/** A whole sentence written as one hashtag (#ditwaseengeweldigedag, #WeAreSoProudOfOurTeam). */
export function isSentenceHashtag(tag: string, maxChars: number, maxWords: number): boolean {
  return tag.length > maxChars || hashtagWords(tag).length >= maxWords;
}

/** Case- and accent-blind key of a hashtag, without trailing digits ("#Marketing2025"). */
export function hashtagKey(tag: string): string {
  return foldText(tag).replace(/_/g, '').replace(/\d+$/u, '');
}

const MIN_STEM = 4;

/**
 * Two tags that say the same thing: equal keys, one the stem of the other ("marketing" and
 * "marketingtips"), or a typo apart ("ondernemer"/"ondernemen", "startup"/"startups").
 */
export function areNearDuplicates(a: string, b: string): boolean {
  return areNearDuplicateKeys(hashtagKey(a), hashtagKey(b));
}

/** areNearDuplicates on keys already made with hashtagKey. */
function areNearDuplicateKeys(ka: string, kb: string): boolean {
  if (ka.length === 0 || kb.length === 0) return false;
  if (ka === kb) return true;
  const [shorter, longer] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (shorter.length >= MIN_STEM && longer.startsWith(shorter)) return true;
  const allowed = shorter.length >= 8 ? 2 : shorter.length >= MIN_STEM ? 1 : 0;
  return allowed > 0 && editDistanceWithin(ka, kb, allowed) <= allowed;
}

/** Pairs look at most at this many tags of one post, so a 500-tag post cannot stall analysis. */
const MAX_TAGS_COMPARED = 40;

/**
 * Near-duplicate pairs within one post's hashtags, in order of appearance. Each tag's key is made
 * once (not once per pair); `keyOf` lets a caller share keys across posts.
 */
export function nearDuplicatePairs(tags: readonly string[], keyOf: (tag: string) => string = hashtagKey): Array<[string, string]> {
  const considered = tags.slice(0, MAX_TAGS_COMPARED);
  const keys = considered.map(keyOf);
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < considered.length; i++) {
    for (let j = i + 1; j < considered.length; j++) {
      if (areNearDuplicateKeys(keys[i] ?? '', keys[j] ?? '')) pairs.push([considered[i] ?? '', considered[j] ?? '']);
    }
  }
  return pairs;
}
