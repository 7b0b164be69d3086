import { wordsOf } from './normalize';

// Extended_Pictographic rather than \p{Emoji}: the latter also matches plain digits, '#' and '*'.
const EMOJI_PART =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu;

export function containsEmoji(text: string): boolean {
  return new RegExp(EMOJI_PART.source, 'u').test(text);
}

export function stripEmoji(text: string): string {
  return text.replace(EMOJI_PART, ' ');
}

/** "👏👏", "🔥 🙌!" — emoji and punctuation only, not a single word. */
export function isEmojiOnly(text: string): boolean {
  return containsEmoji(text) && wordsOf(stripEmoji(text)).length === 0;
}
