import { buildContext } from '../../../lib/analysis/context';
import type { Timeline } from '../../../lib/analysis/model';
import type { Rule, ThresholdSpecs, Verdict } from '../../../lib/analysis/rules/rule';
import { resolveThresholds } from '../../../lib/analysis/rules/rule';

/** Runs one rule on a timeline with its defaults, optionally overriding some thresholds. */
export function run<S extends ThresholdSpecs>(
  rule: Rule<S>,
  tl: Timeline,
  overrides: Partial<Record<keyof S, number>> = {},
): Verdict {
  return rule.evaluate(buildContext(tl), resolveThresholds(rule.thresholds, overrides));
}
