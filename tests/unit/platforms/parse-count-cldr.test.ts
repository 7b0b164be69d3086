/**
 * The suffix tables of lib/platforms/shared/parse-count.ts against CLDR, as the running ICU has it
 * (`Intl.NumberFormat(locale, { notation: 'compact' })`), over every language LinkedIn or Facebook
 * is offered in:
 * - without a language, every compact rendering of every one of them reads as its count or null:
 *   so the language-independent forms are unambiguous across all of them;
 * - with its language, each table language reads its own renderings, and reads them right.
 * Deterministic: every locale, a fixed ladder of counts; the random version is
 * tests/unit/fuzz/parse-count.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/platforms/shared/parse-count';

/**
 * Languages offered by LinkedIn or Facebook for which the ICU has compact data, and the regions
 * whose compact forms differ from their language's. Tongan is not among them (neither site offers
 * it); its "k" (10⁵) and "m" (10⁴) would otherwise make "1.2K" and "1.2M" ambiguous.
 */
const SITE_LOCALES = [
  ...'af am ar az be bg bn br bs ca cs cy da de el en eo es et eu fa ff fi fil fo fr fy ga gd gl gu ha he hi hr hu hy ia id ig is it ja jv ka kk km kn ko ku ky lb lo lt lv mg mk ml mn mr ms mt my nb ne nl nn no or pa pl ps pt qu rm ro ru rw sc sd se si sk sl so sq sr sr-Latn sv sw ta te tg th tk tr tt ug uk ur uz vi wo xh yo zh zh-Hant zu'.split(' '),
  ...['en-GB', 'en-IN', 'en-AU', 'en-ZA', 'es-MX', 'es-419', 'es-US', 'pt-BR', 'pt-PT', 'pt-AO', 'fr-CA', 'fr-CH', 'de-CH', 'de-AT', 'it-CH', 'nl-BE', 'zh-TW', 'zh-HK', 'ms-SG', 'az-Cyrl', 'uz-Cyrl', 'bs-Cyrl', 'sw-CD'],
].filter((locale) => Intl.NumberFormat.supportedLocalesOf([locale]).length > 0);

/** The languages parse-count.ts has a table for (and the regions it lists apart). */
const TABLE_LOCALES = ['en', 'en-GB', 'en-IN', 'nl', 'nl-BE', 'de', 'de-CH', 'fr', 'fr-CA', 'es', 'es-MX', 'it', 'pt-BR', 'pt-PT', 'pl', 'tr', 'id', 'fil', 'cs', 'sk', 'ro'];

const LADDER: number[] = [];
for (let e = 3; e <= 9; e++) for (const m of [1, 1.2, 4.5, 12, 45, 120, 450]) LADDER.push(Math.round(m * 10 ** e));

function compact(locale: string, n: number): string {
  return new Intl.NumberFormat(locale, { notation: 'compact' }).format(n);
}

/** Compact output is rounded to 2 significant digits (or whole units): at most ~5 % off. */
function rightOrNull(value: number | null, n: number): boolean {
  return value === null || Math.abs(value - n) <= n * 0.0501 + 1;
}

describe('parse-count suffixes against CLDR', () => {
  it(`finds the site languages in this ICU (${SITE_LOCALES.length})`, () => {
    expect(SITE_LOCALES.length).toBeGreaterThan(100);
  });

  it('without a language: every compact rendering of every site language is its count or null', () => {
    const wrong: string[] = [];
    for (const locale of SITE_LOCALES) {
      for (const n of LADDER) {
        const text = compact(locale, n);
        const value = parseCount(text);
        if (!rightOrNull(value, n)) wrong.push(`${locale} ${JSON.stringify(text)} → ${value} (count ${n})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('with its language: every table language reads its own renderings, right', () => {
    const wrong: string[] = [];
    const unread: string[] = [];
    for (const locale of TABLE_LOCALES) {
      for (const n of LADDER) {
        const text = compact(locale, n);
        const value = parseCount(text, locale);
        if (!rightOrNull(value, n)) wrong.push(`${locale} ${JSON.stringify(text)} → ${value} (count ${n})`);
        // "12.000 M" (Galician-style grouped mantissas) aside, every rendering up to 5 billion reads
        else if (value === null && n <= 5e9 && /^\d+(?:[.,]\d{1,2})?\D*$/.test(text.replace(/\s/g, ''))) unread.push(`${locale} ${JSON.stringify(text)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(unread).toEqual([]);
  });

  it('the page language decides what a suffix means', () => {
    expect(parseCount('1,2 B', 'tr')).toBe(1200); // bin
    expect(parseCount('1,2 M', 'id')).toBe(1_200_000_000); // miliar
    expect(parseCount('1,2 M', 'fr')).toBe(1_200_000);
    expect(parseCount('1,2 mil.', 'cs')).toBe(1_200_000); // milion
    expect(parseCount('1,2 mil', 'es')).toBe(1200); // mil
    expect(parseCount('12 t', 'da')).toBeNull(); // Danish tusind: no Danish table, and "t" is ambiguous
    expect(parseCount('12 mln', 'et')).toBe(12_000_000); // no Estonian table, but "mln" is a million everywhere
    expect(parseCount('1,2 bi', 'pt-BR')).toBe(1_200_000_000);
    expect(parseCount('1,2 bi', 'pt_PT')).toBeNull(); // 1.2 trillion
    expect(parseCount('1,2 bi', 'pt')).toBeNull(); // which Portuguese?
    expect(parseCount('1,2 tys.', 'pl-PL')).toBe(1200);
    expect(parseCount('1,2 jt', 'in_ID')).toBe(1_200_000); // LinkedIn's tag for Indonesian
  });

  it('without a language, only unambiguous forms read', () => {
    expect(parseCount('1.2K')).toBe(1200);
    expect(parseCount('1,2 k')).toBe(1200);
    expect(parseCount('1.2M')).toBe(1_200_000); // no language writes "1.2M" for another magnitude
    expect(parseCount('1,2 M')).toBeNull(); // French million, Indonesian miliar
    expect(parseCount('12M')).toBeNull(); // English million, Javanese milyar
    expect(parseCount('1,2 B')).toBeNull(); // Turkish bin, Spanish billón
    expect(parseCount('12 t')).toBeNull(); // Danish tusind, Vietnamese tỷ, Indonesian triliun
    expect(parseCount('5h')).toBeNull(); // a time, not 5 thousand (Kurdish "h")
    expect(parseCount('1,2 bi')).toBeNull();
  });
});
