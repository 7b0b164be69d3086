import type { RuleId } from '../model';
import { automatedFeel } from './automated-feel';
import { broadcastOnly } from './broadcast-only';
import { burstThenSilence } from './burst-then-silence';
import { engagementBait } from './engagement-bait';
import { engagementSpike } from './engagement-spike';
import { engagementVsAudience } from './engagement-vs-audience';
import { genericComments } from './generic-comments';
import { hashtagOveruse } from './hashtag-overuse';
import { hollowEngagement } from './hollow-engagement';
import { postingCadence } from './posting-cadence';
import { defaultsOf, type Rule } from './rule';
import { salesOnlyTimeline } from './sales-only-timeline';
import { sameCircle } from './same-circle';

/** Every rule by its stable id. A meta-test keeps this, the files, the tests and docs in step. */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  'hollow-engagement': hollowEngagement,
  'engagement-spike': engagementSpike,
  'same-circle': sameCircle,
  'generic-comments': genericComments,
  'engagement-vs-audience': engagementVsAudience,
  'burst-then-silence': burstThenSilence,
  'hashtag-overuse': hashtagOveruse,
  'sales-only-timeline': salesOnlyTimeline,
  'broadcast-only': broadcastOnly,
  'engagement-bait': engagementBait,
  'automated-feel': automatedFeel,
  'posting-cadence': postingCadence,
};

/** A rule's default thresholds, e.g. for the settings page. */
export function defaultThresholds(id: RuleId): Record<string, number> {
  return defaultsOf(RULES[id].thresholds);
}
