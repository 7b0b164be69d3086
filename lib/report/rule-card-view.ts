/** A rule's result in the reader's language, ready for the RuleCard component. */
import { formatMsg } from '../analysis/messages/format';
import type { RuleId, RuleResult, RuleStatus } from '../analysis/model';
import { t, type Locale } from '../i18n';
import { ruleTitle } from '../i18n/rule-titles';

/** One test of the report card, already in the reader's language. */
export interface RuleCardView {
  id: RuleId;
  status: RuleStatus;
  title: string;
  statusLabel: string;
  explanation: string;
  suggestion: string | null;
  /** "Evidence: 3 posts", when posts are named. */
  evidence: string | null;
  evidencePostIds: string[];
  /** "Regulars: Ann, Bo" / "Colleagues, counted apart: Cas" (same-circle, generic comments). */
  people: string[];
  policy: string | null;
}

const STATUS_KEY = { pass: 'statusPass', warn: 'statusWarn', fail: 'statusFail', insufficient: 'statusInsufficient' } as const;
/** Names shown per list: enough to recognise the circle, short enough for 400 px. */
const MAX_NAMES = 6;

function names(list: readonly string[]): string {
  return list.length > MAX_NAMES ? `${list.slice(0, MAX_NAMES).join(', ')}, …` : list.join(', ');
}

export function ruleCardView(result: RuleResult, locale: Locale, switchedOff: boolean): RuleCardView {
  const problem = result.status === 'warn' || result.status === 'fail';
  const people: string[] = [];
  if (problem && result.evidenceCommenters.length > 0) people.push(t(locale, 'evidenceCommenters', { names: names(result.evidenceCommenters) }));
  if (result.colleagueCommenters && result.colleagueCommenters.length > 0) {
    people.push(t(locale, 'colleagueCommenters', { names: names(result.colleagueCommenters) }));
  }
  return {
    id: result.id,
    status: result.status,
    title: ruleTitle(result.id, locale),
    statusLabel: switchedOff ? t(locale, 'statusOff') : t(locale, STATUS_KEY[result.status]),
    explanation: formatMsg(result.explanation, locale),
    suggestion: result.suggestion ? formatMsg(result.suggestion, locale) : null,
    evidence: problem && result.evidencePostIds.length > 0 ? t(locale, 'evidence', { count: result.evidencePostIds.length }) : null,
    evidencePostIds: problem ? result.evidencePostIds : [],
    people,
    policy: result.policy ? formatMsg(result.policy.title, locale) : null,
  };
}
