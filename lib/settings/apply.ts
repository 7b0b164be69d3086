/** What the settings mean for the interface language and the analysis. */
import { RULE_IDS, type AnalyzeOptions, type RuleId } from '../analysis/model';
import { localeFromLanguage, type Locale } from '../i18n';
import type { Settings } from './defaults';

/** The interface language: the chosen one, or the browser's. */
export function localeOf(settings: Pick<Settings, 'language'>, browserLanguage: string | undefined): Locale {
  return settings.language === 'auto' ? localeFromLanguage(browserLanguage) : settings.language;
}

/** The per-rule switches and thresholds, in the shape `analyze()` takes. */
export function analyzeOptionsOf(settings: Pick<Settings, 'rules'>): AnalyzeOptions {
  return { rules: settings.rules };
}

/** The checks the user switched off: still listed on the report card, marked as off. */
export function switchedOffRules(options: AnalyzeOptions | undefined): Set<RuleId> {
  const off = new Set<RuleId>();
  for (const id of RULE_IDS) if (options?.rules?.[id]?.enabled === false) off.add(id);
  return off;
}
