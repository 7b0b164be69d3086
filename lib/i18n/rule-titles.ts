import { formatMsg, type Locale } from '../analysis/messages/format';
import type { RuleId } from '../analysis/model';

/** A check's short name, from the analysis catalogues so the report and its messages agree. */
export function ruleTitle(id: RuleId, locale: Locale): string {
  return formatMsg({ key: `rule.${id}.title` }, locale);
}

/** What a check flags, in a sentence (the settings page shows it under the title). */
export function ruleDescription(id: RuleId, locale: Locale): string {
  return formatMsg({ key: `rule.${id}.flags` }, locale);
}
