/** Settings plus what follows from them: the interface language and the analysis options. */
import { useMemo } from 'react';
import type { AnalyzeOptions } from '../analysis/model';
import type { Locale } from '../i18n';
import type { Settings } from '../settings/defaults';
import { analyzeOptionsOf, localeOf } from '../settings/apply';
import { useSettings, type SettingsState } from './use-settings';

export interface Preferences extends SettingsState {
  locale: Locale;
  /** Undefined until the settings are read, so no report is computed with the wrong ones. */
  options: AnalyzeOptions | undefined;
}

/**
 * `browserLanguage`: `browser.i18n.getUILanguage()`, used when the language is 'auto'.
 * `initial`: settings already read and sanitised, shown at once (the popup).
 */
export function usePreferences(browserLanguage: string | undefined, initial?: Settings): Preferences {
  const { settings, update } = useSettings(initial);
  const locale = localeOf(settings ?? { language: 'auto' }, browserLanguage);
  const options = useMemo(() => (settings ? analyzeOptionsOf(settings) : undefined), [settings]);
  return { settings, update, locale, options };
}
