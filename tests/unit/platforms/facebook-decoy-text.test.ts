import { describe, expect, it } from 'vitest';
import { isDecoyText } from '../../../lib/platforms/shared/text';

describe('isDecoyText (Facebook 2026 anti-scraping decoys, OpenCLI #2089)', () => {
  it.each(['84736251', '12345678901234', ' 73829104 ', '8\u200b4736251', 'a b c d e', '8 4 7 3 6 2', 'S p o n s o r e d'])(
    'decoy: %j',
    (text) => {
      expect(isDecoyText(text)).toBe(true);
    },
  );

  it.each([
    '',
    '1234567', // seven digits: a real count or year can be this long
    'Call 0612345678 to book', // a phone number inside a sentence stays
    'Class of 2024',
    'a b c', // three letters are too few to call
    '👍 👍 👍 👍', // a row of emoji is a reaction, not a decoy
    '5.9K comments',
    'Harbour Lane Bakery',
  ])('real text: %j', (text) => {
    expect(isDecoyText(text)).toBe(false);
  });
});
