import type { Msg } from '../model';
import { en, type MessageKey } from './en';
import { nl } from './nl';

export type Locale = 'en' | 'nl';

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, nl };

const NUMBER_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', nl: 'nl-NL' };

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

// "{name}" inserts a parameter; "{name|one|other}" picks a word by whether the number is 1.
const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^{}]*))?\}/g;

/**
 * Renders a message in a locale: numbers in that locale's notation ("1.234" in Dutch), a missing
 * parameter left visible as "{name}" rather than silently dropped, and an unknown key shown as
 * the key itself so a gap in a catalogue is noticed, not hidden.
 */
export function formatMsg(msg: Msg, locale: Locale): string {
  if (!isMessageKey(msg.key)) return msg.key;
  const numberFormat = new Intl.NumberFormat(NUMBER_LOCALES[locale], { maximumFractionDigits: 2 });
  const params = msg.params ?? {};
  return CATALOGUES[locale][msg.key].replace(
    PLACEHOLDER,
    (whole, name: string, singular?: string, plural?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (singular !== undefined && plural !== undefined) return value === 1 ? singular : plural;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    },
  );
}
