/**
 * Property tests of the count parser across locales: whatever `Intl.NumberFormat` prints for a
 * count — grouped ("1.234.567", "1 234 567") or compact ("1,2 mln.", "12 k", "1200 M") — parses
 * back to that count (within compact rounding) or to null. Never to another magnitude.
 *
 * CLAIMED: the languages lib/platforms/shared/parse-count.ts says it meets (EN, NL, DE, FR, ES,
 * IT, PT). OTHER: locales LinkedIn and Facebook also render in; bare counts beside the reaction
 * icons are read in any language, so a wrong magnitude there reaches the report too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount, parseLabelledCount } from '../../../lib/platforms/shared/parse-count';

const RUNS = Number(process.env.ECHT_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.ECHT_FUZZ_SEED ?? 20261120);

export const CLAIMED = ['en-US', 'en-GB', 'nl-NL', 'nl-BE', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-BE', 'fr-CA', 'es-ES', 'es-MX', 'it-IT', 'pt-BR', 'pt-PT'];
export const OTHER = [
  'sv-SE', 'pl-PL', 'da-DK', 'nb-NO', 'fi-FI', 'ru-RU', 'uk-UA', 'ja-JP', 'ko-KR', 'zh-CN', 'ar-EG', 'he-IL', 'hi-IN', 'en-IN',
  'th-TH', 'vi-VN', 'el-GR', 'hu-HU', 'ms-MY', 'lt-LT', 'lv-LV', 'et-EE', 'sl-SI', 'bg-BG', 'af-ZA', 'en-ZA', 'is-IS',
];
/** Locales whose compact suffixes the parser reads as another magnitude: reported, see RELIABILITY.md K3. */
export const WRONG_MAGNITUDE = ['tr-TR', 'id-ID', 'cs-CZ', 'sk-SK', 'hr-HR', 'ro-RO', 'sr-Latn-RS', 'bs-BA'];

const count = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1000, max: 999_999 }), fc.integer({ min: 1_000_000, max: 5_000_000_000 }));

/** Compact output is rounded to 2 significant digits (or whole units): at most ~5 % off. */
function withinCompactRounding(parsed: number, n: number): boolean {
  if (n < 1000) return parsed === n;
  return Math.abs(parsed - n) <= n * 0.0501 + 1;
}

function compact(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { notation: 'compact' }).format(n);
}

function grouped(locale: string, n: number): string {
  return n.toLocaleString(locale);
}

type Form = 'grouped' | 'compact' | 'count sentence' | 'label: count';
const FORMS: Form[] = ['grouped', 'compact', 'count sentence'];

/** Every form of `n` in `locale` parses to n (within compact rounding) or null. */
function checkLocale(locale: string, forms: Form[] = FORMS): void {
  fc.assert(
    fc.property(count, (n) => {
      const c = compact(locale, n);
      const g = grouped(locale, n);
      const cases: Record<Form, [string, number | null, boolean]> = {
        grouped: [g, parseCount(g), true],
        compact: [c, parseCount(c), false],
        'count sentence': [`${c} reactions`, parseLabelledCount(`${c} reactions`, 'reactions?'), false],
        'label: count': [`All reactions:${c}`, parseLabelledCount(`All reactions:${c}`, 'all reactions'), false],
      };
      for (const form of forms) {
        const [text, value, exact] = cases[form];
        const ok = value === null || (exact ? value === n : withinCompactRounding(value, n));
        expect(ok, `${locale} ${form} ${JSON.stringify(text)} → ${value} (count ${n})`).toBe(true);
      }
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe('parseCount across locales', () => {
  for (const locale of CLAIMED) {
    it(`${locale}: grouped, compact and "N reactions" round-trip or are null`, () => checkLocale(locale));
  }

  it('the claimed locales are actually read, not just refused (round-trip rate)', () => {
    for (const locale of ['en-US', 'nl-NL', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR']) {
      let read = 0;
      const samples = [7, 86, 312, 1234, 5900, 12_345, 50_000, 1_234_567, 12_000_000];
      for (const n of samples) if (parseCount(compact(locale, n)) !== null && parseCount(grouped(locale, n)) !== null) read++;
      expect(read, locale).toBeGreaterThanOrEqual(samples.length - 1);
    }
  });

  for (const locale of OTHER) {
    it(`${locale}: never a wrong magnitude`, () => checkLocale(locale));
  }

  for (const locale of WRONG_MAGNITUDE) {
    // Known parser issue K3 (reported): these suffixes mean another magnitude in this language.
    it.fails(`${locale}: never a wrong magnitude (KNOWN ISSUE K3)`, () => checkLocale(locale, [...FORMS, 'label: count']));
  }

  it('"All reactions:N" holds for the languages whose compact suffixes the parser knows', () => {
    for (const locale of ['en-US', 'en-GB', 'nl-NL', 'de-DE', 'fr-FR', 'es-ES', 'it-IT']) checkLocale(locale, ['label: count']);
  });

  // Known parser issue K4 (reported): in "label: N" the text after the number is not checked, so
  // an unknown magnitude word is dropped: "All reactions:5 bi" (pt-BR, 5 billion) → 5.
  it.fails('"All reactions:N" never drops an unknown magnitude word (KNOWN ISSUE K4)', () => {
    for (const locale of ['pt-BR', 'pt-PT', 'sv-SE', 'pl-PL', 'ru-RU', 'ja-JP']) checkLocale(locale, ['label: count']);
  });
  // The minimal failing inputs of K3 and K4, as reported (each fails today; remove .fails when fixed).
  it.fails('K4: "All reactions:5 bi" (pt-BR, 5 billion) is 5 billion or null', () => {
    expect([null, 5e9]).toContain(parseLabelledCount('All reactions:5 bi', 'all reactions'));
  });
  it.fails('K4: "All reactions:12 tys." (pl-PL, 12 thousand) is 12,000 or null', () => {
    expect([null, 12_000]).toContain(parseLabelledCount('All reactions:12 tys.', 'all reactions'));
  });
  it.fails('K3: "1,2 B" (tr-TR, 1.2 thousand) is not 1.2 billion', () => {
    expect(parseCount('1,2 B')).not.toBe(1_200_000_000);
  });
  it.fails('K3: "1,2 M" (id-ID, 1.2 billion) is not 1.2 million', () => {
    expect(parseCount('1,2\u00a0M')).not.toBe(1_200_000);
  });

  it('never more than 5 billion, never negative, never fractional', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,  \u00a0\u202f\'kKmMbB+-e'.split('')), maxLength: 24 }), (s) => {
        const v = parseCount(s);
        expect(v === null || (Number.isSafeInteger(v) && v >= 0 && v <= 5e9)).toBe(true);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });

  it('huge digit runs are refused, not truncated', () => {
    for (const s of ['99999999999', '18446744073709551616', '1'.repeat(40), '9999999999999999K', '12345678901234567890 M', '5000000001', '5,000,000,001']) {
      expect(parseCount(s), s).toBeNull();
      expect(parseLabelledCount(`${s} reactions`, 'reactions?'), s).toBeNull();
    }
  });
});
