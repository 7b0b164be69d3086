/**
 * Warm-up steps for the count patterns a reader needs on its first card.
 *
 * parseLabelledCount builds two case-insensitive Unicode patterns per label source, and V8
 * compiles a pattern on its first run and again (to native code) on its second. On a fresh page all
 * of them fell due inside the first card read: 24 ms for LinkedIn's nine labels, measured in Node's
 * V8 (0.3 ms once compiled), the bulk of the longest calls into the content script in the bench
 * trace. One label per step spreads that over small slices before the first card is read
 * (CollectorOptions.warmUp). The patterns are cached by label source, so these are the very
 * objects the reader uses later.
 */
import { parseLabelledCount } from '../platforms/shared/parse-count';

export function* countPatternWarmUp(labelSources: readonly string[], lang: string): Generator<void> {
  for (const labels of new Set(labelSources)) {
    parseLabelledCount('', labels, lang); // first run: compiled
    parseLabelledCount('0', labels, lang); // second run: compiled to native code
    yield;
  }
}
