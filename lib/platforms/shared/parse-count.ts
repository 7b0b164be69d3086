/**
 * Locale-aware parsing of the count strings LinkedIn and Facebook render ("2,948", "1.234",
 * "1.2K", "1,2K", "1,2 mln.", "5.9K comments", "All reactions:50K").
 *
 * Rules (shared/dom-facts.md §3):
 * - With a magnitude suffix the separator is a decimal point: "1,2K" and "1.2K" are both 1200.
 *   (Public parsers that delete commas first turn "1,2K" into 12000; we don't.)
 * - Without a suffix a separator followed by exactly three digits is grouping: "1,234" = "1.234".
 *   Counts are integers, so "1,5" without a suffix is not a count we understand: null, not a guess.
 * - What a suffix means depends on the language: "1,2 B" is 1.2 thousand in Turkish (bin) and 1.2
 *   trillion in Spanish (billón), "1,2 M" 1.2 million in French and 1.2 billion in Indonesian
 *   (miliar). Callers pass the page's language (`<html lang>`); see `suffixExponent`.
 * - Anything not understood is null. Never 0 for "not found", never a guessed magnitude.
 */

import { remember } from './query-all';
import { cleanText } from './text';

/**
 * Compact-number suffixes of the languages the sites are used in most and of those whose suffixes
 * mean another magnitude elsewhere (Turkish "B" is bin, Indonesian "M" miliar, Czech and Romanian
 * "mil." milion), as CLDR writes them (`Intl.NumberFormat(lang, { notation:
 * 'compact' })`), the power of ten after each: "mln6" is ×10⁶. Trailing dots are left out (within
 * one language "mln" and "mln." are one word), and so are the powers of 10¹² and up (beyond any
 * count, so null either way) unless the suffix means less elsewhere ("B": Spanish billón). A region
 * whose forms differ has its own entry ("pt-br"); the bare language then holds only what its
 * regions agree on: Brazilian "bi" is 10⁹, European Portuguese "Bi" 10¹². "tsd" (German Facebook)
 * is a site form, not CLDR. tests/unit/platforms/parse-count-cldr.test.ts checks every table
 * against the CLDR data of the running ICU.
 */
const MLN = 'k3 mln6 mld9';
const LANGUAGE_SUFFIXES: Readonly<Record<string, string>> = {
  en: 'k3 m6 b9 bn9 l5 cr7', // en-GB "1.2bn", en-IN lakh (L) and crore (Cr)
  nl: MLN,
  it: MLN,
  de: 'tsd3 mio6 mrd9',
  fr: 'k3 m6 md9 g9 bn12', // fr-CA "1,2 G"
  es: 'mil3 k3 m6 b12', // "1200 M" is 1.2 billion
  pt: 'mil3 mi6 m6 mm9',
  'pt-br': 'mil3 mi6 bi9',
  pl: 'tys3 mln6 mld9',
  tr: 'b3 mn6 mr9', // bin, milyon, milyar
  id: 'rb3 jt6 m9', // ribu, juta, miliar
  cs: 'tis3 mil6 mld9',
  ro: 'k3 mil6 mld9',
};

/** Other tags of the same table: LinkedIn writes Indonesian "in"; Slovak writes as Czech. */
const ALIASES: Readonly<Record<string, string>> = { in: 'id', sk: 'cs', fy: 'nl', tl: 'en', fil: 'en' };

/**
 * Without a language, or in one the tables above lack (Swedish, Hungarian, …): only forms that mean the same in every CLDR
 * language LinkedIn or Facebook is offered in (parse-count-cldr.test.ts checks this against the
 * ICU's CLDR data), as rendered, dots included: Spanish "1,2 mil" is 1200, Czech "1,2 mil." 1.2
 * million. Single letters other than K are left out: "5h", "2d", "1y" are times on the sites.
 * "M", "B" and "bn" differ between languages ("1,2 M" is a million in French and a billion in
 * Indonesian) but not in every rendered shape: no CLDR language writes "1.2M" (point, no space)
 * for anything but a million. Those are keyed # decimal separator, space (_), suffix.
 */
const UNAMBIGUOUS = 'k3 mil3 tys.3 tis.3 mln6 mln.6 mil.6 mio.6 mi6 mn6 mld9 mld.9 mlrd9 mlrd.9 mrd9 mrd.9 md9 #.m6 #._m6 #.b9 #b9 #,b9 #.bn9 #bn9';

/** Above this a "count" is a parsing accident (or a planted digit run), not engagement. */
const MAX_PLAUSIBLE_COUNT = 5e9;

function table(spec: string): Map<string, number> {
  return new Map(spec.split(' ').map((entry) => [entry.replace(/\d+$/, '').replace('_', ' '), Number(/\d+$/.exec(entry)?.[0])]));
}

const LANGUAGES = new Map(Object.entries(LANGUAGE_SUFFIXES).map(([lang, spec]) => [lang, table(spec)]));
const ANY_LANGUAGE = table(UNAMBIGUOUS);

const NUMBER_CORE = String.raw`\d{1,3}(?:[.,' ]\d{3})+|\d+(?:[.,]\d+)?`;
/** Every suffix of every table, longest first, with an optional dot. */
const SUFFIX = `(?:${[...new Set([...LANGUAGES.values(), ANY_LANGUAGE].flatMap((t) => [...t.keys()].map((s) => s.replace(/^#[.,]?\s?|\.$/g, ''))))]
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

/**
 * `number [suffix]` with the suffix not glued to a following letter ("12 mensen" is not 12M).
 * Named groups: `count`, `space` (between number and suffix) and `suffix`.
 */
export const COUNT_PATTERN = String.raw`(?<count>${NUMBER_CORE})(?<space>\s?)(?:(?<suffix>${SUFFIX})(?![\p{L}]))?\+?`;

/** The table of a page language ("nl", "nl-NL", "pt_BR"): its region's, else its language's. */
function languageTable(lang: string | null | undefined): Map<string, number> | undefined {
  const tag = (lang ?? '').toLowerCase().replace(/_/g, '-');
  const base = tag.split('-')[0] ?? '';
  return LANGUAGES.get(ALIASES[tag] ?? tag) ?? LANGUAGES.get(ALIASES[base] ?? base);
}

/**
 * The power of ten a suffix stands for, or null when it is unknown or ambiguous. The page's own
 * language decides first; otherwise only a form that is unambiguous across CLDR counts.
 */
function suffixExponent(suffix: string, numberText: string, spaced: boolean, lang: string | null | undefined): number | null {
  const key = suffix.toLowerCase();
  const bare = key.replace(/\.$/, '');
  return (
    languageTable(lang)?.get(bare) ??
    ANY_LANGUAGE.get(`#${/[.,]/.exec(numberText)?.[0] ?? ''}${spaced ? ' ' : ''}${key}`) ??
    ANY_LANGUAGE.get(key) ??
    // "1,2 tys" without its dot is still tys.; a dot after a dotless form may be a full stop
    (key === bare ? ANY_LANGUAGE.get(`${key}.`) : undefined) ??
    null
  );
}

/**
 * Converts a matched number and optional suffix into an integer count, or null. `spaced`: a space
 * stood between them (it tells "1.2M" from "1,2 M", see UNAMBIGUOUS).
 */
export function toCount(numberText: string, suffix: string | undefined, lang?: string | null, spaced = false): number | null {
  let value: number;
  if (suffix) {
    const exponent = suffixExponent(suffix, numberText, spaced, lang);
    if (exponent === null) return null;
    // A compact number has at most one decimal separator and never a three-digit group.
    if (!/^\d+(?:[.,]\d{1,2})?$/.test(numberText)) return null;
    value = Math.round(Number(numberText.replace(',', '.')) * 10 ** exponent);
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

function fromMatch(match: RegExpExecArray | null, lang: string | null | undefined): number | null {
  const groups = match?.groups;
  if (!groups?.count) return null;
  return toCount(groups.count, groups.suffix, lang, groups.space !== '');
}

const WHOLE_COUNT = new RegExp(`^${COUNT_PATTERN}$`, 'iu');

/**
 * Parses a string that is only a count ("2,948", "1,2K", "1,2 mln."), else null. `lang` is the
 * page's language (`<html lang>`); without it only unambiguous suffixes are read.
 */
export function parseCount(raw: string | null | undefined, lang?: string | null): number | null {
  if (raw == null) return null;
  return fromMatch(WHOLE_COUNT.exec(cleanText(raw)), lang);
}

/**
 * A number alone or with a short suffix ("99999999999", "1,2 B", "12 tn"): a count, whether or
 * not it can be read. Readers keep a count that is shown this way unknown rather than 0.
 */
export function looksLikeCount(text: string): boolean {
  return /^[^\p{L}\d%]*\d[\d.,' ]*(?:\p{L}{1,4}\.?)?\+?[^\p{L}\d%]*$/u.test(text);
}

/**
 * Per label source: the label alone, and the "N <label>" and "<label>: N" patterns. Both patterns
 * need the label to match somewhere in the text, so a text without it is answered by the small
 * pattern; the large ones (the number core and Unicode letter classes, a few milliseconds each
 * for V8 to compile) are built on the first text that has the label.
 */
interface LabelPatterns {
  label: RegExp;
  counts?: readonly [RegExp, RegExp];
}
const labelled = new Map<string, LabelPatterns>();

function labelPatterns(labels: string): LabelPatterns {
  return remember(labelled, labels, () => ({ label: new RegExp(labels, 'iu') }));
}

function countPatterns(patterns: LabelPatterns, labels: string): readonly [RegExp, RegExp] {
  patterns.counts ??= [
    new RegExp(String.raw`(?:^|[^\p{L}\p{N}.,])${COUNT_PATTERN}\s*(?:${labels})(?![\p{L}])`, 'iu'),
    new RegExp(String.raw`(?:^|[^\p{L}])(?:${labels})\s*:\s*${COUNT_PATTERN}(?![.,']?\d|\s\d{3}(?!\d)|\s*\p{L})`, 'iu'),
  ];
  return patterns.counts;
}

/**
 * Finds "N <label>" (e.g. "2,948 reactions", "13 comments on Ada's post", "12 keer gedeeld")
 * or "<label>: N" (e.g. "All reactions:50K") in a short string. `labels` is a regex source of
 * alternatives (without capturing groups) matched as a whole word, so "comments?" does not match
 * "commentaires". In "<label>: N" a word right after the number is a magnitude we do not know
 * ("All reactions:5 bi"), or another count's label ("Alle reacties: 28 opmerkingen"): null; so is
 * a number cut short ("4,1 млн" is not 4).
 */
export function parseLabelledCount(raw: string | null | undefined, labels: string, lang?: string | null): number | null {
  if (raw == null) return null;
  const text = cleanText(raw);
  const patterns = labelPatterns(labels);
  if (!patterns.label.test(text)) return null;
  for (const pattern of countPatterns(patterns, labels)) {
    const match = pattern.exec(text);
    if (match) return fromMatch(match, lang);
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
