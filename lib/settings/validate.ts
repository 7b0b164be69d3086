/**
 * Turns whatever is in storage (or an imported file) into valid settings, field by field: a
 * field that is missing or wrong falls back to its default and the rest is kept. One bad
 * threshold never resets the others.
 */
import { RULE_IDS, type RuleId } from '../analysis/model';
import { RULES } from '../analysis/rules';
import { DEFAULT_SETTINGS, LANGUAGE_CHOICES, RETENTION_DAYS, type LanguageChoice, type RuleOverrides, type Settings } from './defaults';

type Bag = Readonly<Record<string, unknown>>;

function isBag(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLanguage(value: unknown): value is LanguageChoice {
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(value);
}

/** Whether a threshold value is one the rule accepts (the same test the analysis applies). */
export function isValidThreshold(id: RuleId, field: string, value: unknown): value is number {
  const spec = RULES[id].thresholds[field];
  return spec !== undefined && typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max;
}

function cleanThresholds(id: RuleId, raw: unknown): Record<string, number> | undefined {
  if (!isBag(raw)) return undefined;
  const kept: Record<string, number> = {};
  for (const [field, value] of Object.entries(raw)) {
    // A value equal to the default is not stored: a later, better default then reaches the user.
    if (isValidThreshold(id, field, value) && value !== RULES[id].thresholds[field]?.default) kept[field] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function cleanRule(id: RuleId, raw: unknown): RuleOverrides | undefined {
  if (!isBag(raw)) return undefined;
  const overrides: RuleOverrides = {};
  if (raw.enabled === false) overrides.enabled = false;
  const thresholds = cleanThresholds(id, raw.thresholds);
  if (thresholds) overrides.thresholds = thresholds;
  return Object.keys(overrides).length > 0 ? overrides : undefined;
}

function cleanRules(raw: unknown): Settings['rules'] {
  if (!isBag(raw)) return {};
  const rules: Settings['rules'] = {};
  for (const id of RULE_IDS) {
    const overrides = cleanRule(id, raw[id]);
    if (overrides) rules[id] = overrides;
  }
  return rules;
}

function cleanRetention(raw: unknown): number {
  const valid = typeof raw === 'number' && Number.isInteger(raw) && raw >= RETENTION_DAYS.min && raw <= RETENTION_DAYS.max;
  return valid ? raw : RETENTION_DAYS.default;
}

export function sanitizeSettings(raw: unknown): Settings {
  const bag = isBag(raw) ? raw : {};
  return {
    language: isLanguage(bag.language) ? bag.language : DEFAULT_SETTINGS.language,
    badges: typeof bag.badges === 'boolean' ? bag.badges : DEFAULT_SETTINGS.badges,
    retentionDays: cleanRetention(bag.retentionDays),
    hashCommenterNames: typeof bag.hashCommenterNames === 'boolean' ? bag.hashCommenterNames : DEFAULT_SETTINGS.hashCommenterNames,
    rules: cleanRules(bag.rules),
  };
}
