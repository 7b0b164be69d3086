import { describe, expect, it } from 'vitest';
import { parseBand, parseCount, parseLabelledCount } from '../../../lib/platforms/shared/parse-count';

describe('parseCount: every bare example from dom-facts §3', () => {
  it.each([
    ['2,948', 2948],
    ['150', 150],
    ['4,932', 4932],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.2K', 1200],
    ['1,2K', 1200],
    ['12K', 12000],
    ['123K', 123000],
    ['50K', 50000],
    ['1.2M', 1200000],
    ['1,2\u00a0mln.', 1200000],
    ['1,2 Mio.', 1200000],
    ['1,2\u00a0k', 1200],
    ['1\u202f234\u202f567', 1234567],
    ['1,2 mil', 1200],
    ['1,2 Mln', 1200000],
    ['0', 0],
  ])('%s → %d', (raw, expected) => {
    expect(parseCount(raw)).toBe(expected);
  });

  it.each(['', 'abc', '1,5', '1.2.3', '12345678901234567890', '--', '1,2KK', '007'])(
    'refuses %j instead of guessing',
    (raw) => {
      expect(parseCount(raw)).toBeNull();
    },
  );

  it('ignores zero-width and bidi characters planted inside numbers', () => {
    expect(parseCount('1\u200b,\u202e2\u200dK')).toBe(1200);
  });

  it('does not repeat the public parsers\u2019 known bugs', () => {
    // facebook-scraper / OpenCLI delete commas first: "1,2K" became 12000.
    expect(parseCount('1,2K')).not.toBe(12000);
    // FB Clean My Feeds parseInt("1,234") gave 1.
    expect(parseCount('1,234')).toBe(1234);
  });
});

describe('parseLabelledCount', () => {
  const reactions = 'reactions?|reacties';
  const comments = 'comments?|reacties|opmerkingen';
  it.each([
    ['2,948 reactions', reactions, 2948],
    ['13 comments on Arjun V Paul .\u2019s post', comments, 13],
    ['1.2K reactions', reactions, 1200],
    ['2.948 reactions', reactions, 2948],
    ['All reactions:50K 50K', 'all reactions|alle reacties', 50000],
    ['Alle reacties: 1,2K', 'all reactions|alle reacties', 1200],
    ['5.9K comments', comments, 5900],
    ['12 keer gedeeld', 'keer gedeeld|shares?', 12],
    ['1 comment', comments, 1],
  ])('%s → %d', (raw, labels, expected) => {
    expect(parseLabelledCount(raw, labels)).toBe(expected);
  });

  it('does not read other languages\u2019 look-alike words as a label', () => {
    expect(parseLabelledCount('241 commentaires', 'comments?')).toBeNull();
    expect(parseLabelledCount('241 Kommentare', 'comments?')).toBeNull();
  });

  it('returns null when the label is absent', () => {
    expect(parseLabelledCount('Like', reactions)).toBeNull();
  });
});

describe('parseBand', () => {
  it.each([
    ['201-500 employees', { min: 201, max: 500 }],
    ['2\u201310 employees', { min: 2, max: 10 }],
    ['10,001+ employees', { min: 10001, max: null }],
    ['51-200 medewerkers', { min: 51, max: 200 }],
  ])('%s', (raw, expected) => {
    expect(parseBand(raw)).toEqual(expected);
  });
  it('rejects an inverted band', () => {
    expect(parseBand('500-201 employees')).toBeNull();
  });
});
