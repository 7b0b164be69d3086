import { describe, expect, it } from 'vitest';
import { countPatternWarmUp, labelSample, textPatternWarmUp, warmUpChain } from '../../../lib/collector/warm-up';
import { parseLabelledCount } from '../../../lib/platforms/shared/parse-count';
import { parseRelativeTime } from '../../../lib/platforms/shared/relative-time';
import { hashtagsInText } from '../../../lib/platforms/shared/text';

describe('warm-up steps', () => {
  it('count patterns: four steps per distinct label source', () => {
    expect([...countPatternWarmUp(['reactions?', 'comments?', 'reactions?'], 'en')]).toHaveLength(8);
  });

  it('leave parsing as it was', () => {
    expect(parseLabelledCount('1,234 reactions', 'reactions?', 'en')).toBe(1234);
    for (const step of warmUpChain(countPatternWarmUp(['reactions?'], 'en'), textPatternWarmUp('en'))) expect(step).toBeUndefined();
    expect(parseLabelledCount('1,234 reactions', 'reactions?', 'en')).toBe(1234);
    expect(parseLabelledCount('', 'reactions?', 'en')).toBeNull();
  });

  it('leave hashtags and times in two-byte texts (the kind a warm-up step now also meets) as they were', () => {
    const before = [hashtagsInText('Vers brood… #bakkerij #café'), parseRelativeTime('3 Nov 2025 …', 0)];
    for (const step of textPatternWarmUp('nl')) expect(step).toBeUndefined();
    expect([hashtagsInText('Vers brood… #bakkerij #café'), parseRelativeTime('3 Nov 2025 …', 0)]).toEqual(before);
    expect(before[0]).toEqual(['bakkerij', 'café']);
  });

  it('a chain runs nothing until stepped, then its parts in order', () => {
    const ran: string[] = [];
    function* part(name: string): Generator<void> {
      ran.push(name);
      yield;
    }
    const chain = warmUpChain(part('a'), part('b'));
    expect(ran).toEqual([]);
    chain.next();
    expect(ran).toEqual(['a']);
    expect([...chain]).toHaveLength(1);
    expect(ran).toEqual(['a', 'b']);
  });
});

describe('labelSample', () => {
  it('is a word each label source matches', () => {
    const sources = ['reactions?', 'pages?|min read|minutes? read|repl(?:y|ies)', "pagina[’']?s|min\\.? lezen", 'all reactions', 'keer gedeeld'];
    for (const labels of sources) expect(new RegExp(labels, 'iu').test(labelSample(labels))).toBe(true);
    expect(sources.map(labelSample)).toEqual(['reactions', 'pages', 'paginas', 'all reactions', 'keer gedeeld']);
  });

  it('makes the warm-up texts count texts the parser reads', () => {
    expect(parseLabelledCount(`1 ${labelSample('reposts?')}`, 'reposts?', 'en')).toBe(1);
    expect(parseLabelledCount(`${labelSample('all reactions')}: 1`, 'all reactions', 'en')).toBe(1);
  });
});
