/**
 * Locale-aware parsing of the count strings LinkedIn and Facebook render ("2,948", "1.234",
 * "1.2K", "1,2K", "1,2 mln.", "5.9K comments", "All reactions:50K").
 *
 * Rules (shared/dom-facts.md §3):
 * - With a magnitude suffix the separator is a decimal point: "1,2K" and "1.2K" are both 1200.
 *   (Public parsers that delete commas first turn "1,2K" into 12000; we don't.)
 * - Without a suffix a separator followed by exactly three digits is grouping: "1,234" = "1.234".
 *   Counts are integers, so "1,5" without a suffix is not a count we understand: null, not a guess.
 * - Anything not understood is null. Never 0 for "not found".
 */

import { cleanText } from './text';

/** Magnitude suffixes seen on the two sites in the languages we meet (EN, NL, DE, FR, ES, IT, PT). */
const SUFFIX_MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:k|mil|tsd\.?|d)$/i, 1e3],
  [/^(?:m|mln\.?|mio\.?|mi|mn)$/i, 1e6],
  [/^(?:b|mld\.?|md\.?|mrd\.?|bn)$/i, 1e9],
];

/** Above this a "count" is a parsing accident (or a planted digit run), not engagement. */
const MAX_PLAUSIBLE_COUNT = 5e9;

const NUMBER_CORE = String.raw`\d{1,3}(?:[.,' ]\d{3})+|\d+(?:[.,]\d+)?`;
const SUFFIX = String.raw`k|mil|tsd\.?|mln\.?|mio\.?|mi|mn|m|mld\.?|mrd\.?|md\.?|bn|b`;

/** `number [suffix]` with the suffix not glued to a following letter ("12 mensen" is not 12M). */
export const COUNT_PATTERN = String.raw`(${NUMBER_CORE})\s?(?:(${SUFFIX})(?![\p{L}]))?\+?`;

function suffixMultiplier(suffix: string): number | null {
  for (const [pattern, multiplier] of SUFFIX_MULTIPLIERS) {
    if (pattern.test(suffix)) return multiplier;
  }
  return null;
}

/** Converts a matched number and optional suffix into an integer count, or null. */
export function toCount(numberText: string, suffix: string | undefined): number | null {
  let value: number;
  if (suffix) {
    const multiplier = suffixMultiplier(suffix);
    if (multiplier === null) return null;
    // A compact number has at most one decimal separator and never a three-digit group.
    if (!/^\d+(?:[.,]\d{1,2})?$/.test(numberText)) return null;
    value = Math.round(Number(numberText.replace(',', '.')) * multiplier);
  } else if (/^\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/.test(numberText)) {
    value = Number(numberText.replace(/[.,' ]/g, ''));
  } else if (/^\d+$/.test(numberText)) {
    if (numberText.length > 1 && numberText.startsWith('0')) return null;
    value = Number(numberText);
  } else {
    return null;
  }
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_PLAUSIBLE_COUNT) return null;
  return value;
}

/** Parses a string that is only a count ("2,948", "1,2K", "1,2 mln."), else null. */
export function parseCount(raw: string | null | undefined): number | null {
  if (raw == null) return null;
  const text = cleanText(raw);
  const match = new RegExp(`^${COUNT_PATTERN}$`, 'iu').exec(text);
  if (!match?.[1]) return null;
  return toCount(match[1], match[2]);
}

/**
 * Finds "N <label>" (e.g. "2,948 reactions", "13 comments on Ada's post", "12 keer gedeeld")
 * or "<label>: N" (e.g. "All reactions:50K") in a short string. `labels` is a regex source of
 * alternatives matched as a whole word, so "comments?" does not match "commentaires".
 */
export function parseLabelledCount(raw: string | null | undefined, labels: string): number | null {
  if (raw == null) return null;
  const text = cleanText(raw);
  const after = new RegExp(String.raw`(?:^|[^\p{L}\p{N}.,])${COUNT_PATTERN}\s*(?:${labels})(?![\p{L}])`, 'iu');
  const before = new RegExp(String.raw`(?:^|[^\p{L}])(?:${labels})\s*:\s*${COUNT_PATTERN}`, 'iu');
  for (const pattern of [after, before]) {
    const match = pattern.exec(text);
    if (match?.[1]) return toCount(match[1], match[2]);
  }
  return null;
}

/** "201-500 employees" → {min 201, max 500}; "10,001+ employees" → {min 10001, max null}. */
export function parseBand(raw: string | null | undefined): { min: number; max: number | null } | null {
  if (raw == null) return null;
  const text = cleanText(raw);
  const range = /(\d[\d.,]*)\s*[-–—]\s*(\d[\d.,]*)/u.exec(text);
  if (range?.[1] && range[2]) {
    const min = toCount(range[1], undefined);
    const max = toCount(range[2], undefined);
    if (min === null || max === null || max < min) return null;
    return { min, max };
  }
  const open = /(\d[\d.,]*)\s*\+/u.exec(text);
  if (open?.[1]) {
    const min = toCount(open[1], undefined);
    return min === null ? null : { min, max: null };
  }
  return null;
}
