import { describe, expect, it } from 'vitest';
import {
  areNearDuplicates,
  extractHashtags,
  hashtagWords,
  isSentenceHashtag,
  nearDuplicatePairs,
} from '../../../../lib/analysis/text/hashtags';

describe('hashtags', () => {
  it('extracts hashtags in any script, not numbers, anchors or entities', () => {
    expect(extractHashtags('Vandaag #ondernemen in #café #日本 — nr #1, see page#top and &#39;quote')).toEqual([
      'ondernemen',
      'café',
      '日本',
    ]);
  });

  it('splits hashtags into words by capitals, digits and underscores', () => {
    expect(hashtagWords('WeAreHiring')).toEqual(['We', 'Are', 'Hiring']);
    expect(hashtagWords('dit_is_een_zin')).toEqual(['dit', 'is', 'een', 'zin']);
    expect(hashtagWords('top100Bedrijven')).toEqual(['top', '100', 'Bedrijven']);
  });

  it('recognises sentence hashtags by length or word count', () => {
    expect(isSentenceHashtag('SoProud', 20, 4)).toBe(false);
    expect(isSentenceHashtag('WeAreSoProud', 20, 4)).toBe(true);
        expect(isSentenceHashtag('ditwaseengeweldigedagvooriedereen', 20, 4)).toBe(true);
    expect(isSentenceHashtag('marketing', 20, 4)).toBe(false);
  });

  it('sees stems, plurals, typos and case as near-duplicates, but not unrelated short tags', () => {
    expect(areNearDuplicates('marketing', 'MarketingTips')).toBe(true);
    expect(areNearDuplicates('ondernemer', 'ondernemen')).toBe(true);
    expect(areNearDuplicates('startup', 'startups')).toBe(true);
    expect(areNearDuplicates('Marketing2025', 'marketing')).toBe(true);
    expect(areNearDuplicates('ai', 'aitools')).toBe(false);
    expect(areNearDuplicates('sales', 'salt')).toBe(false);
    expect(areNearDuplicates('utrecht', 'bakery')).toBe(false);
  });

  it('lists near-duplicate pairs within one post', () => {
    expect(nearDuplicatePairs(['socialmedia', 'socialmediamarketing', 'bakery'])).toEqual([
      ['socialmedia', 'socialmediamarketing'],
    ]);
  });
});
