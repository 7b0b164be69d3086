import { describe, expect, it } from 'vitest';
import { foldText } from '../../../../lib/analysis/text/normalize';

/** The full folding, written out as it was before the plain-ASCII shortcut (issue 7). */
function foldTheLongWay(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('foldText', () => {
  it('folds case, accents, curly quotes and whitespace', () => {
    expect(foldText('  Geïnteresseerd?\n  We’re  ÉÉN team ')).toBe("geinteresseerd? we're een team");
  });

  it('gives the same result on plain ASCII as the full Unicode folding', () => {
    const samples = [
      '',
      '   ',
      'Great Post!',
      '\tTabs\tand\r\nnew lines\f\v',
      "It's 20% OFF -- code SUMMER20 @ https://Example.com/Shop?Q=1",
      'ALL CAPS #WeAreHiring',
      Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join(''),
    ];
    for (const text of samples) expect(foldText(text), JSON.stringify(text)).toBe(foldTheLongWay(text));
  });

  it('still folds text with any non-ASCII character in full', () => {
    for (const text of ['Café', 'ﬁne', '½ price', 'non\u00a0breaking', 'İstanbul', '👏 Top']) {
      expect(foldText(text), text).toBe(foldTheLongWay(text));
    }
  });
});
