/**
 * LinkedIn renders the account's display language (not the browser's); `<html lang>` says which.
 * Each entry is a regex source of alternatives matched as whole words by parseLabelledCount.
 * Add a language by adding an entry; anything not understood is reported as missing, not guessed.
 *
 * English strings are verified against captures (dom-facts §1.2, §3). Dutch strings marked [U]
 * follow dom-facts §1.6 (LinkedIn NL uses "reacties" for comments) but were not seen in a capture.
 */
export interface LinkedInLocale {
  reactions: string;
  comments: string;
  reposts: string;
  impressions: string;
  followers: string;
  employees: string;
  /** Text of the "Promoted" label on sponsored cards. */
  promoted: RegExp;
  /** Header text of a reshare ("X reposted this"). */
  reposted: RegExp;
}

export const LINKEDIN_LOCALES: Record<'en' | 'nl', LinkedInLocale> = {
  en: {
    reactions: 'reactions?',
    comments: 'comments?',
    reposts: 'reposts?',
    impressions: 'impressions?',
    followers: 'followers?',
    employees: 'employees?',
    promoted: /^\s*(?:Promoted|Sponsored)\s*$/i,
    reposted: /\breposted this\b/i,
  },
  nl: {
    reactions: 'reacties op|interessant|reactions?', // [U] the reactions count label in NL
    comments: 'reacties|reactie|opmerkingen', // [U] LinkedIn NL says "reacties" for comments
    reposts: 'reposts?|keer gedeeld', // [U]
    impressions: 'weergaven|impressies', // [U]
    followers: 'volgers',
    employees: 'medewerkers|werknemers',
    promoted: /^\s*(?:Gepromoot|Gesponsord|Promoted)\s*$/i, // [U]
    reposted: /\bheeft dit gerepost\b|\breposted this\b/i, // [U]
  },
};

export function linkedinLocale(doc: Document): LinkedInLocale {
  const lang = (doc.documentElement.getAttribute('lang') ?? 'en').slice(0, 2).toLowerCase();
  return lang === 'nl' ? LINKEDIN_LOCALES.nl : LINKEDIN_LOCALES.en;
}
