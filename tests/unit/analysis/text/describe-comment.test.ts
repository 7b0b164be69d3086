import { describe, expect, it } from 'vitest';
import { isEmojiOnly, stripEmoji } from '../../../../lib/analysis/text/emoji';
import { classifyComment, commentFingerprint, describeComment, type GenericKind } from '../../../../lib/analysis/text/generic-comment';
import { genericPraise } from '../../../../lib/analysis/text/lexicon';
import { foldText, wordsOf } from '../../../../lib/analysis/text/normalize';

/** classifyComment as written before describeComment shared the work between checks (issue 7). */
function classifyTheLongWay(text: string, repeated: boolean): GenericKind | null {
  if (isEmojiOnly(text)) return 'emoji-only';
  const words = wordsOf(stripEmoji(text));
  if (words.length === 0) return null;
  if (words.length <= 5) {
    const praise = genericPraise.find(text);
    const leftover = wordsOf(stripEmoji(genericPraise.remove(text)));
    if (praise.length > 0 && leftover.length <= 1) return 'stock-praise';
  }
  const mentionOnly =
    /^(?:\s*(?:@[\p{L}\p{N}_.-]+(?:\s\p{Lu}[\p{L}'-]*)*|\p{Lu}[\p{L}'-]+(?:\s(?:van|de|der|den|ten|ter|le|la)){0,2}\s\p{Lu}[\p{L}'-]+)[\s,&]*)+$/u;
  if (mentionOnly.test(text.trim())) return 'mention-only';
  if (repeated && words.length <= 3) return 'short-duplicate';
  return null;
}

const TEXTS = [
  '',
  '   ',
  '!!!',
  '👏',
  '👏👏 🔥',
  '#1',
  'Great post!',
  'GREAT   post!!',
  'Great post, Jan',
  'Great post, Jan and Piet',
  'Top Jan!',
  'Goed bezig!',
  'Mooi zo 👍',
  'Gefeliciteerd!',
  'Geïnteresseerd!',
  'Thanks for sharing',
  'Thanks for sharing this with us',
  '@Jan Jansen',
  '@jan',
  'Piet de Vries Anna Smit',
  'Anna de Vries',
  'Amsterdam',
  'Yes, on Tuesday',
  'Count me in',
  "It's well-known",
  'a--b c-d',
  'Same here',
  'We did the same tour last spring, the second day is the hardest.',
  'How long did the certification take you? We are considering the same route.',
  'Interesting — what did it cost?',
  'Café ½ ﬁne',
  'We’re in',
  'wow\u00a0wow',
  'Love this 👏',
  'Heel herkenbaar, wij hadden precies hetzelfde probleem met onze leverancier.',
];

describe('describeComment', () => {
  it('classifies every text exactly as the check-by-check version did', () => {
    for (const text of TEXTS) {
      for (const repeated of [false, true]) {
        expect(classifyComment(text, repeated), `${JSON.stringify(text)} repeated=${repeated}`).toBe(classifyTheLongWay(text, repeated));
      }
    }
  });

  it('fingerprints every text exactly as commentFingerprint does', () => {
    for (const text of TEXTS) {
      const longWay = wordsOf(foldText(stripEmoji(text))).join(' ') || foldText(text).replace(/\s/g, '');
      expect(describeComment(text).fingerprint, JSON.stringify(text)).toBe(longWay);
      expect(commentFingerprint(text), JSON.stringify(text)).toBe(longWay);
    }
  });
});
