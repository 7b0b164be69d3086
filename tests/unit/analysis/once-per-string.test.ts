import { describe, expect, it } from 'vitest';
import { oncePerString } from '../../../lib/analysis/once-per-string';

describe('oncePerString', () => {
  it('computes each distinct string once and returns the same value after', () => {
    const seen: string[] = [];
    const upper = oncePerString((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect(['a', 'b', 'a', 'a', 'b', ''].map(upper)).toEqual(['A', 'B', 'A', 'A', 'B', '']);
    expect(seen).toEqual(['a', 'b', '']);
  });

  it('caches null like any other value', () => {
    let calls = 0;
    const never = oncePerString(() => {
      calls += 1;
      return calls > 100 ? true : null;
    });
    never('x');
    never('x');
    expect(calls).toBe(1);
  });
});
