/**
 * Warm-up steps for the patterns a reader runs on its first card.
 *
 * V8 compiles a regular expression on its first run (and again, to native code, once it runs
 * again), and Unicode ones are dear: parseLabelledCount builds two case-insensitive Unicode
 * patterns per label source (LinkedIn's nine labels: 24 ms cold, 0.3 ms warm, in Node's V8), the
 * hashtag pattern alone costs 4–8 ms, a date pattern 2 ms. On a fresh page all of that fell due
 * inside the first card reads, the longest calls into the content script in the bench trace.
 * Each step below compiles a few patterns; the collector runs the steps in slices of their own
 * before the first card is read (CollectorOptions.warmUp). The readers cache their patterns, so
 * these are the very objects the reader uses later; the functions called are pure.
 */
import { looksLikeCount, parseCount, parseLabelledCount } from '../platforms/shared/parse-count';
import { parseRelativeTime } from '../platforms/shared/relative-time';
import { hashtagsInText } from '../platforms/shared/text';

/**
 * A word the label source matches: its first alternative without regex syntax ("reactions?" →
 * "reactions", "pagina[’']?s" → "paginas"). parseLabelledCount builds its count patterns only
 * for a text that has the label, so the warm-up texts must have it; should a source defeat this
 * simple reading, its patterns are merely compiled later, on the first card that needs them.
 */
export function labelSample(labels: string): string {
  return (labels.split('|')[0] ?? '').replace(/\[[^\]]*\]\??|\\.|[?()]/g, '');
}

/** Four steps per label source the reader passes to parseLabelledCount, one compilation each. */
export function* countPatternWarmUp(labelSources: readonly string[], lang: string): Generator<void> {
  for (const labels of new Set(labelSources)) {
    const sample = labelSample(labels);
    // "N <label>" matches the first text; the second needs "<label>: N", the other pattern. Each
    // twice: V8 compiles a pattern on its first run and to native code on its second.
    for (const text of [`1 ${sample}`, `${sample}: 1`, `1 ${sample}`, `${sample}: 1`]) {
      parseLabelledCount(text, labels, lang);
      yield;
    }
  }
}

/** The shared patterns every card meets: hashtags, post times, bare counts. */
export function* textPatternWarmUp(lang: string): Generator<void> {
  // Any clock time compiles the same patterns; 0 spares a Date.now() in the bundle.
  const now = 0;
  // One text of bytes, one of two-byte characters: V8 compiles a pattern per kind of string, and
  // post texts with "…" or an emoji are of the second (the big Unicode classes, 1–1.5 ms more).
  hashtagsInText('#a b');
  hashtagsInText('#d…');
  yield;
  parseRelativeTime('2d', now);
  parseRelativeTime('2d', now);
  yield;
  // A label that is no time runs every time pattern: "just now" and "yesterday" are tried last,
  // so only such a label compiles them (the readers ask it of every count string, e.g.).
  parseRelativeTime('Nov 3', now);
  parseRelativeTime('x', now);
  yield;
  parseRelativeTime('x', now);
  yield;
  parseCount('1,2K', lang);
  looksLikeCount('12');
  yield;
}

/** The steps of several warm-ups, one after the other, as lazily as each. */
export function* warmUpChain(...parts: Iterable<void>[]): Generator<void> {
  for (const part of parts) yield* part;
}
