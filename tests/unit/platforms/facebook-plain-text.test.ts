import { describe, expect, it } from 'vitest';
import { cleanLine, remembered } from '../../../lib/platforms/facebook/plain-text';
import { cleanText } from '../../../lib/platforms/shared/text';

describe('cleanLine gives what cleanText gives', () => {
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
    expect(cleanLine(raw)).toBe(cleanText(raw));
  });

  it('on every printable ASCII character and the whitespace cleanText collapses', () => {
    const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
    for (let i = 0; i < all.length; i++) expect(cleanLine(` ${all.slice(i)}  ${all.slice(0, i)} `)).toBe(cleanText(` ${all.slice(i)}  ${all.slice(0, i)} `));
  });
});

describe('remembered', () => {
  it('computes each key once and starts over when full', () => {
    const calls: string[] = [];
    const upper = remembered((key: string) => {
      calls.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b')]).toEqual(['A', 'A', 'B']);
    expect(calls).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C'); // full: forgets a and b
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers null results too', () => {
    let calls = 0;
    const none = remembered(() => {
      calls += 1;
      return null;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });
});
