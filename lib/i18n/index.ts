/**
 * Interface language: Dutch or English, the browser's language by default and switchable in the
 * settings. Both catalogues have the same keys (the Dutch one is typed against the English one,
 * and tests/unit/i18n checks it at run time too).
 */
import type { Locale } from '../analysis/messages/format';
import { uiEn, type UiKey } from './ui-en';
import { uiNl } from './ui-nl';

export type { Locale, UiKey };

export const LOCALES: readonly Locale[] = ['en', 'nl'];

export const UI_CATALOGUES: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { en: uiEn, nl: uiNl };

/** Number and date notation per interface language ("1.234" and "20-11-2026" in Dutch). */
export const INTL_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', nl: 'nl-NL' };

export function localeFromLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

// "{name}" inserts a parameter; "{name|one|other}" picks a word by whether the number is 1.
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^{}]*))?\}/g;

export function t(locale: Locale, key: UiKey, params: Readonly<Record<string, string | number>> = {}): string {
  const numberFormat = new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits: 1 });
  return UI_CATALOGUES[locale][key].replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined && other !== undefined) return value === 1 ? one : other;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

/** A date in the interface language, e.g. "20 Nov 2026" / "20 nov 2026". */
export function formatDate(locale: Locale, epochMs: number): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: 'numeric', month: 'short', year: 'numeric' }).format(epochMs);
}

/** A share 0..1 as a percentage in the interface language, e.g. "12,5%". */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { maximumFractionDigits }).format(value);
}
