import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { healthyPost, timeline } from './builders';

/** analyze() must stay near-linear in posts: no rule may compare every post with every other. */
describe('performance', () => {
  const build = (count: number) => timeline(Array.from({ length: count }, (_, i) => healthyPost(i)), { followers: 800 });

  it('analyses 10,000 posts with their comments and snapshots in a few seconds', () => {
    const tl = build(10_000);
    const started = performance.now();
    const report = analyze(tl);
    const elapsed = performance.now() - started;
    expect(report.basis.posts).toBe(10_000);
    expect(elapsed).toBeLessThan(8_000);
  });

  it('grows about linearly: ten times the posts costs well under a hundred times the time', () => {
    const time = (count: number) => {
      const tl = build(count);
      const started = performance.now();
      analyze(tl);
      return performance.now() - started;
    };
    time(500); // warm up the JIT and the lexicon regular expressions
    const small = time(1_000);
    const large = time(10_000);
    expect(large / small).toBeLessThan(30);
  });
});
