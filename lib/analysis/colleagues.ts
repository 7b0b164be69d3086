import { foldText } from './text/normalize';

// Legal forms and filler that headlines usually leave out ("Acme B.V." → "acme").
const LEGAL_FORMS =
  /(?<![\p{L}\p{N}])(?:b\.?v\.?|n\.?v\.?|v\.?o\.?f\.?|ltd\.?|limited|inc\.?|gmbh|llc|plc|s\.?a\.?|holding|group|the)(?![\p{L}\p{N}])/gu;

/** Names this short ("AB", "Q") would match half of all headlines. */
const MIN_NAME_CHARS = 3;

/**
 * Recognises colleagues: commenters whose headline names the page's company ("Sales at Acme",
 * "Verkoper bij Acme BV"). Colleagues supporting their employer is normal, so the circle checks
 * count them apart instead of counting them as a pod.
 */
export function colleagueMatcher(companyName: string | null): (headline: string | null) => boolean {
  const core = companyName ? foldText(companyName).replace(LEGAL_FORMS, ' ').replace(/\s+/g, ' ').trim() : '';
  if (core.length < MIN_NAME_CHARS) return () => false;
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  return (headline) => headline !== null && pattern.test(foldText(headline));
}
