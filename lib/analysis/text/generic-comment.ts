import { isEmojiOnly, stripEmoji } from './emoji';
import { genericPraise } from './lexicon';
import { foldText, wordsOf } from './normalize';

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

/** The text as compared across posts for "the same comment again". */
export function commentFingerprint(text: string): string {
  return wordsOf(foldText(stripEmoji(text))).join(' ') || foldText(text).replace(/\s/g, '');
}

/**
 * Whether a comment is hollow, and why. The shapes themselves combine signals (short *and*
 * content-free); a short comment outside the lexicon only counts when the same words also appear
 * under another post, so a terse but real answer ("Yes, on Tuesday") is never called generic.
 */
export function classifyComment(text: string, repeatedOnOtherPosts: boolean): GenericKind | null {
  if (isEmojiOnly(text)) return 'emoji-only';
  const words = wordsOf(stripEmoji(text));
  if (words.length === 0) return null;
  if (words.length <= MAX_PRAISE_WORDS) {
    const praise = genericPraise.find(text);
    const leftover = wordsOf(stripEmoji(genericPraise.remove(text)));
    if (praise.length > 0 && leftover.length <= MAX_LEFTOVER_WORDS) return 'stock-praise';
  }
  if (MENTION_ONLY.test(text.trim())) return 'mention-only';
  if (repeatedOnOtherPosts && words.length <= MAX_SHORT_WORDS) return 'short-duplicate';
  return null;
}
