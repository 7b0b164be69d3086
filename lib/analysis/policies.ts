import { msg } from './messages/msg';
import type { Platform, PolicyCitation } from './model';

/**
 * Platform policies a warning can cite. Each is a published statement by the platform itself;
 * the message catalogues carry the title, with its date, in both languages.
 */
export const POLICIES = {
  facebookEngagementBait: {
    id: 'facebook-2017-12-engagement-bait',
    platform: 'facebook',
    date: '2017-12',
    title: msg('policy.facebook-2017-12-engagement-bait'),
  },
  facebookOverlyPromotional: {
    id: 'facebook-2015-01-overly-promotional',
    platform: 'facebook',
    date: '2015-01',
    title: msg('policy.facebook-2015-01-overly-promotional'),
  },
  linkedinReactionBegging: {
    id: 'linkedin-2022-reaction-begging',
    platform: 'linkedin',
    date: '2022',
    title: msg('policy.linkedin-2022-reaction-begging'),
  },
  linkedinPods: {
    id: 'linkedin-2025-engagement-pods',
    platform: 'linkedin',
    date: '2025',
    title: msg('policy.linkedin-2025-engagement-pods'),
  },
} as const satisfies Record<string, PolicyCitation>;

/** The policy against asking for reactions, shares, tags or comments on this platform. */
export function baitPolicy(platform: Platform): PolicyCitation {
  return platform === 'facebook' ? POLICIES.facebookEngagementBait : POLICIES.linkedinReactionBegging;
}

/** Only Facebook has published a policy on overly promotional page posts. */
export function promotionalPolicy(platform: Platform): PolicyCitation | null {
  return platform === 'facebook' ? POLICIES.facebookOverlyPromotional : null;
}

/** Only LinkedIn has said it targets engagement pods by name. */
export function podPolicy(platform: Platform): PolicyCitation | null {
  return platform === 'linkedin' ? POLICIES.linkedinPods : null;
}
