import { describe, expect, it } from 'vitest';
import { countPatternWarmUp } from '../../../lib/collector/warm-up';
import { parseLabelledCount } from '../../../lib/platforms/shared/parse-count';

describe('countPatternWarmUp', () => {
  it('is one step per distinct label source, and does nothing until stepped', () => {
    const steps = countPatternWarmUp(['reactions?', 'comments?', 'reactions?'], 'en');
    expect([...steps]).toHaveLength(2);
  });

  it('leaves parsing as it was', () => {
    expect(parseLabelledCount('1,234 reactions', 'reactions?', 'en')).toBe(1234);
    for (const step of countPatternWarmUp(['reactions?'], 'en')) expect(step).toBeUndefined();
    expect(parseLabelledCount('1,234 reactions', 'reactions?', 'en')).toBe(1234);
    expect(parseLabelledCount('', 'reactions?', 'en')).toBeNull();
  });
});
