/**
 * Interface language: Dutch or English, the browser's language by default. Both catalogues have
 * the same keys (the Dutch one is typed against the English one, and a test checks it too).
 */
import type { Locale } from '../analysis/messages/format';
import { uiEn, type UiKey } from './ui-en';
import { uiNl } from './ui-nl';

export type { Locale, UiKey };

const CATALOGUES: Record<Locale, Record<UiKey, string>> = { en: uiEn, nl: uiNl };

export function localeFromLanguage(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const numberFormat = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB');
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}
