import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../lib/platforms/shared/text';

/** cleanText written out in full, as it was before its plain-ASCII shortcut (issue 7). */
function cleanTheLongWay(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u202F\u2007\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('cleanText gives what the full passes give, shortcut or not', () => {
  it.each([
    '',
    '  All reactions:  ',
    'Like',
    '\tline\none\r\n',
    '5.9K\u00a0comments',
    'Ha\u200brbour Lane',
    '\uff21\uff22 fullwidth',
    '𝐁𝐨𝐥𝐝 name',
    'ﬁne ligature',
    'café\u0301',
    '\u00ad soft hyphen',
    'a\u2009b\u202fc',
    '\x7f delete',
    '\v vertical \f feed',
  ])('%j', (raw) => {
    expect(cleanText(raw)).toBe(cleanTheLongWay(raw));
  });

  it('on every ASCII character and the whitespace it collapses', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (let i = 0; i < all.length; i++) {
      const raw = ` ${all.slice(i)}  ${all.slice(0, i)} `;
      expect(cleanText(raw)).toBe(cleanTheLongWay(raw));
    }
  });
});
