import { describe, expect, it } from 'vitest';
import { classifyComment, commentFingerprint } from '../../../../lib/analysis/text/generic-comment';

describe('generic comments', () => {
  it('classifies emoji-only, stock praise and name-only comments', () => {
    expect(classifyComment('👏👏👏', false)).toBe('emoji-only');
    expect(classifyComment('Great post!', false)).toBe('stock-praise');
    expect(classifyComment('Mooi! 🔥', false)).toBe('stock-praise');
    expect(classifyComment('Goed bezig Jan!', false)).toBe('stock-praise');
    expect(classifyComment('Top!', false)).toBe('stock-praise');
    expect(classifyComment('@Piet Jansen', false)).toBe('mention-only');
    expect(classifyComment('Anna de Vries', false)).toBe('mention-only');
  });

  it('calls a short comment generic only when it is also pasted under other posts', () => {
    expect(classifyComment('Yes, on Tuesday', false)).toBeNull();
    expect(classifyComment('Count me in', true)).toBe('short-duplicate');
  });

  it('never calls a real comment generic, even when it contains praise words', () => {
    for (const text of [
      'Great post! We tried the same with our suppliers and delivery went down to two days.',
      'Mooi initiatief, maar hoe regelen jullie dat met de gemeente?',
      'Interesting — what did it cost?',
    ]) {
      expect(classifyComment(text, true), text).toBeNull();
    }
  });

  it('leaves a one-word answer alone unless it is pasted around', () => {
    expect(classifyComment('Amsterdam', false)).toBeNull();
  });

  it('fingerprints comments without case, accents or emoji', () => {
    expect(commentFingerprint('Goed bezig! 👏')).toBe(commentFingerprint('goed   BEZIG'));
    expect(commentFingerprint('👏👏')).toBe('👏👏');
  });
});
