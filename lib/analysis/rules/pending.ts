import { msg } from '../messages/msg';
import type { RuleId } from '../model';
import { defineRule, insufficient, type Rule } from './rule';

/** Placeholder while a rule is being written: honest about it, and never scored. */
export function pendingRule(id: RuleId): Rule {
  return defineRule({
    id,
    thresholds: {},
    evaluate: () => insufficient(msg('common.not-available-yet')),
  });
}
