import type { RuleId } from '../analysis/model';
import type { Locale } from '../analysis/messages/format';

/** The short name of each test on the report card, per language. */
export const RULE_TITLES: Record<Locale, Record<RuleId, string>> = {
  en: {
    'hollow-engagement': 'Hollow engagement',
    'engagement-spike': 'Engagement spikes',
    'same-circle': 'The same small circle',
    'generic-comments': 'Generic comments',
    'engagement-vs-audience': 'Engagement vs audience',
    'burst-then-silence': 'Burst, then silence',
    'hashtag-overuse': 'Hashtag overuse',
    'sales-only-timeline': 'Sales-only timeline',
    'broadcast-only': 'Broadcasting, not talking',
    'engagement-bait': 'Engagement bait',
    'automated-feel': 'Automated feel',
    'posting-cadence': 'Posting cadence',
  },
  nl: {
    'hollow-engagement': 'Holle interactie',
    'engagement-spike': 'Pieken in interactie',
    'same-circle': 'Steeds dezelfde kleine kring',
    'generic-comments': 'Nietszeggende reacties',
    'engagement-vs-audience': 'Interactie versus publiek',
    'burst-then-silence': 'Eerst een golf, dan stilte',
    'hashtag-overuse': 'Te veel hashtags',
    'sales-only-timeline': 'Alleen maar verkopen',
    'broadcast-only': 'Zenden in plaats van praten',
    'engagement-bait': 'Vragen om likes en shares',
    'automated-feel': 'Voelt geautomatiseerd',
    'posting-cadence': 'Postfrequentie',
  },
};
