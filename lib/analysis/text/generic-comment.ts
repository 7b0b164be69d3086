import { containsEmoji, stripEmoji } from './emoji';
import { genericPraise } from './lexicon';
import { foldText, isAscii, wordsOf } from './normalize';

/** Why a comment counts as hollow (see the generic-comments rule). */
export type GenericKind = 'emoji-only' | 'stock-praise' | 'mention-only' | 'short-duplicate';

/** Stock praise is short by nature: longer comments that happen to contain "great" are real. */
const MAX_PRAISE_WORDS = 5;
/** "Top Jan!" is still stock praise: one leftover word may be a name. */
const MAX_LEFTOVER_WORDS = 1;
const MAX_SHORT_WORDS = 3;

// Only names: "@Jan Jansen", or two to four capitalised words and nothing else ("Jan Jansen
// Piet de Vries"). One capitalised word alone is too often a real answer ("Amsterdam").
const MENTION_ONLY =
  /^(?:\s*(?:@[\p{L}\p{N}_.-]+(?:\s\p{Lu}[\p{L}'-]*)*|\p{Lu}[\p{L}'-]+(?:\s(?:van|de|der|den|ten|ter|le|la)){0,2}\s\p{Lu}[\p{L}'-]+)[\s,&]*)+$/u;

/**
 * What a comment's text alone says about it, worked out once per text: its fingerprint, its
 * hollow kind as far as the text decides it, and whether it would count as a short duplicate
 * should the same words appear under another post (which only the whole timeline knows).
 */
export interface CommentText {
  readonly fingerprint: string;
  readonly kind: Exclude<GenericKind, 'short-duplicate'> | null;
  readonly shortIfRepeated: boolean;
}

function fingerprintOf(text: string, withoutEmoji: string): string {
  return wordsOf(foldText(withoutEmoji)).join(' ') || foldText(text).replace(/\s/g, '');
}

/** The text as compared across posts for "the same comment again". */
export function commentFingerprint(text: string): string {
  return fingerprintOf(text, stripEmoji(text));
}

/**
 * Reads a comment's text once: stripping emoji, folding and word splitting are each done one time
 * and shared by the fingerprint and every shape check (they used to be repeated per check).
 */
export function describeComment(text: string): CommentText {
  const ascii = isAscii(text);
  // Emoji all lie above U+007F: plain ASCII has none to strip.
  const withoutEmoji = ascii ? text : stripEmoji(text);
  const words = wordsOf(withoutEmoji);
  // On ASCII, folding only lowers case and squeezes whitespace, which never joins or splits a
  // word: the folded words are these words in lower case.
  const fingerprint = ascii && words.length > 0 ? words.join(' ').toLowerCase() : fingerprintOf(text, withoutEmoji);
  if (words.length === 0) {
    return { fingerprint, kind: !ascii && containsEmoji(text) ? 'emoji-only' : null, shortIfRepeated: false };
  }
  if (words.length <= MAX_PRAISE_WORDS) {
    const folded = foldText(text);
    const praise = genericPraise.findInFolded(folded);
    if (praise.length > 0 && wordsOf(stripEmoji(genericPraise.removeFromFolded(folded))).length <= MAX_LEFTOVER_WORDS) {
      return { fingerprint, kind: 'stock-praise', shortIfRepeated: false };
    }
  }
  if (MENTION_ONLY.test(text.trim())) return { fingerprint, kind: 'mention-only', shortIfRepeated: false };
  return { fingerprint, kind: null, shortIfRepeated: words.length <= MAX_SHORT_WORDS };
}

/** A described comment's hollow kind, once it is known whether its words appear under other posts. */
export function genericKindOf(described: CommentText, repeatedOnOtherPosts: boolean): GenericKind | null {
  return described.kind ?? (repeatedOnOtherPosts && described.shortIfRepeated ? 'short-duplicate' : null);
}

/**
 * Whether a comment is hollow, and why. The shapes themselves combine signals (short *and*
 * content-free); a short comment outside the lexicon only counts when the same words also appear
 * under another post, so a terse but real answer ("Yes, on Tuesday") is never called generic.
 */
export function classifyComment(text: string, repeatedOnOtherPosts: boolean): GenericKind | null {
  return genericKindOf(describeComment(text), repeatedOnOtherPosts);
}
