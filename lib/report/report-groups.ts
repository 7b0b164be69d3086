/**
 * The report card's order: problems first (failures before warnings, heavier checks first), then
 * passes, then checks that could not judge or are switched off.
 */
import { RULE_WEIGHTS } from '../analysis/score';
import type { Report, RuleId, RuleResult } from '../analysis/model';

export interface ReportGroups {
  problems: RuleResult[];
  passed: RuleResult[];
  /** Not enough data, or switched off in the settings. */
  quiet: RuleResult[];
}

const STATUS_ORDER = { fail: 0, warn: 1, pass: 2, insufficient: 3 } as const;

export function groupResults(report: Report, switchedOff: ReadonlySet<RuleId>): ReportGroups {
  const sorted = [...report.results].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || RULE_WEIGHTS[b.id] - RULE_WEIGHTS[a.id],
  );
  return {
    problems: sorted.filter((r) => !switchedOff.has(r.id) && (r.status === 'fail' || r.status === 'warn')),
    passed: sorted.filter((r) => !switchedOff.has(r.id) && r.status === 'pass'),
    quiet: sorted.filter((r) => switchedOff.has(r.id) || r.status === 'insufficient'),
  };
}
