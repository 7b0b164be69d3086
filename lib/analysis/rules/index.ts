import type { RuleId } from '../model';
import { hashtagOveruse } from './hashtag-overuse';
import { pendingRule } from './pending';
import { defaultsOf, type Rule } from './rule';
import { salesOnlyTimeline } from './sales-only-timeline';

/** Every rule by its stable id. A meta-test keeps this, the files, the tests and docs in step. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  'hollow-engagement': pendingRule('hollow-engagement'),
  'engagement-spike': pendingRule('engagement-spike'),
  'same-circle': pendingRule('same-circle'),
  'generic-comments': pendingRule('generic-comments'),
  'engagement-vs-audience': pendingRule('engagement-vs-audience'),
  'burst-then-silence': pendingRule('burst-then-silence'),
  'hashtag-overuse': hashtagOveruse,
  'sales-only-timeline': salesOnlyTimeline,
  'broadcast-only': pendingRule('broadcast-only'),
  'engagement-bait': pendingRule('engagement-bait'),
  'automated-feel': pendingRule('automated-feel'),
  'posting-cadence': pendingRule('posting-cadence'),
};

/** A rule's default thresholds, e.g. for the settings page. */
export function defaultThresholds(id: RuleId): Record<string, number> {
  return defaultsOf(RULES[id].thresholds);
}
