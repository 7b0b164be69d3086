/**
 * LinkedIn renders the account's display language (not the browser's); `<html lang>` says which
 * (dom-facts §1.6). Every string the reader matches lives here, one entry per language, so adding a
 * language is adding an entry. Anything the table does not understand is reported as missing,
 * never guessed.
 *
 * Label fields are regex sources of alternatives matched as whole words by parseLabelledCount.
 * English is verified against captures (dom-facts §1.2–§1.4, §3). Dutch entries marked [U] follow
 * dom-facts §1.6 (LinkedIn NL says "reacties" for comments, "Interessant" for Like, "weergaven"
 * for views) but no Dutch LinkedIn page has been captured yet: check them against a live page.
 */
export interface LinkedInLocale {
  /** The page's language as `<html lang>` gives it ("nl-NL"): what the count parser reads numbers
   *  in ("1,2 mln."), also when the words fall back to English. */
  lang: string;
  /** Count labels. Dutch "reacties" means comments, so the Dutch reactions label is left out on
   *  purpose: the reactions count is read from the bare number beside the reaction icons. */
  reactions: string;
  comments: string;
  reposts: string;
  impressions: string;
  followers: string;
  employees: string;
  connections: string;
  /** aria-labels of a comment's controls ("5 Reactions on X’s comment", "Reply to X’s comment"):
   *  never the post's counts, wherever the comment's markup went. */
  aboutComment: RegExp;
  /** Votes under a poll: also how a poll is recognised when no poll markup is known. */
  pollVotes: string;
  /** Numbers in a card that are not engagement (document pages, reading time). */
  notEngagement: string;
  /** Header of a card shown because someone commented ("X commented on this"). */
  commentedOn: RegExp;
  /** "Jane Doe and 23 others" under a post: group 1 is the number of others. */
  othersReacted: RegExp;
  /** aria-label of the per-post overflow button, up to the author's name. */
  controlMenuPrefixes: readonly string[];
  /** aria-labels of the Like / Comment / Repost bar: proof that the card rendered completely. */
  actionBarLabels: readonly string[];
  /** The "Promoted" line of a sponsored card. */
  promoted: RegExp;
  /** Header text of a repost ("X reposted this"). */
  reposted: RegExp;
  /** Any header above the actor that names someone else ("X likes this", "X commented on this"). */
  socialHeader: RegExp;
  /** The badge beside a comment written by the post's author or page. */
  authorBadge: RegExp;
  /** Avatar labels that carry a name ("View Ada Lovelace’s profile"): the first group that
   *  matched is the name. */
  viewProfile: RegExp;
  /** One badge or degree at the end of an author line ("Verified Profile", "1st", "Author");
   *  removed repeatedly after cutting the line at its first bullet. */
  nameSuffix: RegExp;
}

const EN: LinkedInLocale = {
  lang: 'en',
  reactions: 'reactions?', // "2,948 reactions" (Sep 2024), "5 Reactions on X's comment"
  comments: 'comments?', // "221 comments", "13 comments on X’s post" (Aug 2025)
  reposts: 'reposts?', // "305 reposts" (Sep 2024)
  impressions: 'impressions?', // "352 impressions" (2026-09-23)
  followers: 'followers?', // "1,046 followers" (company actor line), "4,112 followers"
  employees: 'employees?', // "201-500 employees", "10,001+ employees"
  connections: 'connections?', // "500+ connections"
  aboutComment: /\b(?:on|to)\b.+\bcomment$/i, // "5 Reactions on Bram de Vries’ comment" (linkedin-spider)
  pollVotes: 'votes?', // LinkOff recognises polls by text (2026)
  notEngagement: 'pages?|min read|minutes? read|repl(?:y|ies)',
  commentedOn: /\bcommented on this\b/i, // Sep 2024 capture
  othersReacted: /\band (\d[\d.,]*) others?$/i,
  controlMenuPrefixes: ['Open control menu for post by '], // Sep 2024 → Sep 2026, both generations
  actionBarLabels: ['React Like', 'Unreact Like', 'Comment', 'Repost', 'Open reactions menu', 'Reaction button state'],
  promoted: /^(?:Promoted|Sponsored)(?: by .+)?$/i, // `<p>Promoted</p>` since 2026-03-15
  reposted: /\breposted this\b/i,
  // Anchored at the end: a headline such as "I love this job" in the author block is no header.
  socialHeader: /\b(?:(?:likes?|loves?|celebrates?|supports?|commented on|reposted|replied to(?: a comment on)?) this|finds? this (?:insightful|funny|interesting))$/i,
  authorBadge: /^Author$/i, // "Name Author" in the SDUI author block (lhremote PR #803)
  viewProfile: /^View (.+?)(?:’s|'s|’|')\s+profile\b/i, // `img[alt]` / svg aria-label, 2026
  nameSuffix: /\s+(?:(?:Verified|Premium)(?: Profile)?|1st|2nd|3rd\+?|Author|You)$/i, // Feedhacker 2026-09, lhremote #803
};

const NL: LinkedInLocale = {
  lang: 'nl',
  // [U] No Dutch reactions label was captured, and "reacties" is the comments word. Only the
  // English word is kept, for pages that mix languages; see the interface comment.
  reactions: 'reactions?',
  comments: 'reacties?|opmerkingen?', // [U] dom-facts §1.6: LinkedIn NL uses "reacties" for comments
  reposts: 'reposts?|keer gedeeld', // [U]
  impressions: 'weergaven|impressies', // [U] "weergaven" per schoolforsocialmedia.nl
  followers: 'volgers', // [U]
  employees: 'medewerkers|werknemers', // [U]
  connections: 'connecties|relaties', // [U]
  aboutComment: /\b(?:op|aan) de (?:reactie|opmerking) van\b|\b(?:on|to)\b.+\bcomment$/i, // [U]
  pollVotes: 'stemmen', // [U]
  notEngagement: 'pagina[’\']?s|min\\.? lezen|minuten lezen|antwoorden?', // [U]
  commentedOn: /\bheeft (?:hierop|op dit bericht) gereageerd\b/i, // [U]
  othersReacted: /\ben (\d[\d.,]*) anderen?$/i, // [U]
  controlMenuPrefixes: ['Open het bedieningsmenu voor bericht van '], // [U]
  actionBarLabels: ['Interessant', 'Reageren', 'Reposten', 'Opnieuw plaatsen'], // [U] except "Interessant" [S]
  promoted: /^(?:Gepromoot|Gesponsord|Promoted)(?: door .+)?$/i, // [U]
  reposted: /\bheeft dit (?:gerepost|opnieuw geplaatst)\b|\breposted this\b/i, // [U]
  socialHeader: /\b(?:vindt dit \p{L}+|vinden dit \p{L}+|heeft (?:hierop|op dit bericht) gereageerd|heeft dit (?:gerepost|opnieuw geplaatst)|steunt dit|viert dit)$/iu, // [U]
  authorBadge: /^Auteur$/i, // [U] named in the brief, not captured
  viewProfile: /^Profiel van (.+?) bekijken$|^Bekijk het profiel van (.+)$/i, // [U]
  nameSuffix: /\s+(?:(?:Geverifieerd|Premium)(?: profiel)?|1e|2e|3e\+?|Auteur)$/i, // [U]
};

export const LINKEDIN_LOCALES: Readonly<Record<'en' | 'nl', LinkedInLocale>> = { en: EN, nl: NL };

/** Control-menu prefixes of every language we know: a card is a card in any of them. */
export const ALL_CONTROL_MENU_PREFIXES: readonly string[] = Object.values(LINKEDIN_LOCALES).flatMap(
  (locale) => locale.controlMenuPrefixes,
);

const byLang = new Map<string, LinkedInLocale>();

/** The locale of the document, by `<html lang>` ("nl", "nl-NL", "nl_NL"); English otherwise. */
export function linkedinLocale(doc: Document): LinkedInLocale {
  const lang = doc.documentElement.getAttribute('lang') || 'en';
  let locale = byLang.get(lang);
  if (!locale) {
    locale = { ...(lang.slice(0, 2).toLowerCase() === 'nl' ? NL : EN), lang };
    byLang.set(lang, locale);
  }
  return locale;
}

/** The name in a control-menu label, in whichever known language it is written; else null. */
export function nameFromControlMenu(label: string | null | undefined): string | null {
  if (!label) return null;
  for (const prefix of ALL_CONTROL_MENU_PREFIXES) {
    if (label.startsWith(prefix)) return label.slice(prefix.length).trim() || null;
  }
  return null;
}
