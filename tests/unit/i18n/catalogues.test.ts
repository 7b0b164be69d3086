/** Both languages have every string, with the same placeholders, everywhere the user reads. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../lib/analysis/model';
import { RULES } from '../../../lib/analysis/rules';
import { LOCALES, t, UI_CATALOGUES } from '../../../lib/i18n';
import { ruleDescription, ruleTitle } from '../../../lib/i18n/rule-titles';
import { THRESHOLD_LABELS } from '../../../lib/i18n/threshold-labels';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe('interface catalogues', () => {
  it('English and Dutch have the same keys, none empty', () => {
    expect(Object.keys(UI_CATALOGUES.nl).sort()).toEqual(Object.keys(UI_CATALOGUES.en).sort());
    for (const locale of LOCALES) for (const text of Object.values(UI_CATALOGUES[locale])) expect(text.trim()).not.toBe('');
  });

  it('every key uses the same placeholders in both languages', () => {
    for (const [key, english] of Object.entries(UI_CATALOGUES.en)) {
      expect(placeholders(UI_CATALOGUES.nl[key as keyof typeof UI_CATALOGUES.nl]), key).toEqual(placeholders(english));
    }
  });

  it('formats numbers and plurals per language', () => {
    expect(t('en', 'postsAnalyzed', { count: 1 })).toBe('post analysed');
    expect(t('nl', 'postsShown', { shown: 1234, total: 2000 })).toBe('1.234 van 2.000 berichten');
    expect(t('en', 'postsShown', { shown: 1234, total: 2000 })).toBe('Showing 1,234 of 2,000 posts');
  });
});

describe('rule names and threshold labels', () => {
  it('every rule has a title and a description in both languages', () => {
    for (const locale of LOCALES) {
      for (const id of RULE_IDS) {
        expect(ruleTitle(id, locale)).not.toMatch(/^rule\./);
        expect(ruleDescription(id, locale)).not.toMatch(/^rule\./);
      }
    }
  });

  it('every threshold of every rule has a label in both languages', () => {
    for (const id of RULE_IDS) {
      for (const field of Object.keys(RULES[id].thresholds)) {
        for (const locale of LOCALES) expect(THRESHOLD_LABELS[locale], `${id}.${field} (${locale})`).toHaveProperty(field);
      }
    }
    expect(Object.keys(THRESHOLD_LABELS.nl).sort()).toEqual(Object.keys(THRESHOLD_LABELS.en).sort());
  });
});

describe('manifest strings (public/_locales)', () => {
  const messages = (locale: string) => JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('English and Dutch name and describe the extension', () => {
    expect(Object.keys(messages('nl')).sort()).toEqual(Object.keys(messages('en')).sort());
    for (const locale of LOCALES) {
      expect(messages(locale).extName?.message).toBeTruthy();
      expect(messages(locale).extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });
});
