import { describe, expect, it } from 'vitest';
import { containsEmoji, isEmojiOnly } from '../../../../lib/analysis/text/emoji';

describe('emoji', () => {
  it('recognises emoji-only comments, including skin tones, flags and joined emoji', () => {
    for (const text of ['👏👏', '🔥 🙌!', '👍🏽', '🇳🇱🇳🇱', '👨‍👩‍👧', '❤️']) expect(isEmojiOnly(text), text).toBe(true);
  });

  it('does not call text, digits or a hashtag emoji', () => {
    for (const text of ['Top 👏', '100', '#1', '', '...']) expect(isEmojiOnly(text), text).toBe(false);
    expect(containsEmoji('2024')).toBe(false);
  });
});
