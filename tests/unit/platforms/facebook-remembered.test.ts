import { describe, expect, it } from 'vitest';
import { remembered } from '../../../lib/platforms/facebook/remembered';

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
