import { describe, expect, it } from 'vitest';
import { readQuality } from '../../../lib/report/read-quality';
import { posts, timeline } from '../analysis/builders';

const health = (fullyParsed: number, partlyParsed: number) => ({ cardsSeen: fullyParsed + partlyParsed, fullyParsed, partlyParsed, skipped: 0, missingFields: {}, markup: {} });

describe('readQuality', () => {
  it('no counts at all: unreadable, so the score is withheld', () => {
    const page = timeline(posts(6, () => ({ snapshots: [] })));
    expect(readQuality(page, health(0, 9))).toEqual({ kind: 'unreadable', cards: 9 });
  });

  it('many incomplete cards: a note; a few: nothing to say', () => {
    const page = timeline(posts(6));
    expect(readQuality(page, health(6, 4))).toEqual({ kind: 'partial', incompleteShare: 0.4 });
    expect(readQuality(page, health(9, 1))).toEqual({ kind: 'good' });
  });
});
