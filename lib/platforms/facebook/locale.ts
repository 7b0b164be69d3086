/**
 * Facebook's words, per display language. Facebook renders the account's language and says which
 * in `<html lang>`; the table is picked from that (English when unknown). Count labels are regex
 * sources of whole-word alternatives for parseLabelledCount.
 *
 * Markers (shared/dom-facts.md): [S] seen in public sources or captures, [U] unverified (inferred
 * or a Facebook template), to be checked against a real capture before relying on it.
 */
export interface FacebookLocale {
  /** The page's language as `<html lang>` gives it: what the count parser reads numbers in. */
  lang: string;
  /** aria-label of the per-post ⋯ menu: one per post (2026 anchor). */
  postActions: string;
  /** "Comment by <name> <time>": groups name, time. */
  comment: RegExp;
  /** "Reply by <name> to <parent>'s comment <time>": groups name, parent, time. */
  reply: RegExp;
  /** The reactions total: "All reactions:50K". */
  allReactions: string;
  /** Per-type reaction labels end in this word: "Like: 46K people". */
  reactionPeople: string;
  comments: string;
  shares: string;
  /** A comment's reactions: "5 reactions; see who reacted to this". */
  commentReactions: string;
  /** Buttons every fully rendered post shows (aria-label or text): proof the footer is there. */
  postButtons: RegExp;
  /** Buttons under every rendered comment. */
  commentButtons: RegExp;
  /** The "See more" expander inside truncated text. */
  seeMore: RegExp;
  /** The word of an ad's label, whole and in any case: plain letters, it goes into patterns as is. */
  sponsored: string;
  followers: string;
  /** "Page · Bakery": group 1 is the category. */
  pageCategory: RegExp;
}

/** Time suffixes of comment labels: "2 days ago", "an hour ago", "just now", "yesterday". */
const EN_TIME = String.raw`(?:\d+|an?)\s+\S+\s+ago|just now|yesterday`;
/** Dutch: "2 dagen geleden", "een uur geleden" (dom-facts §2.3), "zojuist", "gisteren" [U]. */
const NL_TIME = String.raw`(?:\d+|een)\s+\S+\s+geleden|zojuist|gisteren`;

export const FACEBOOK_LOCALES: Record<'en' | 'nl', FacebookLocale> = {
  en: {
    lang: 'en',
    postActions: 'Actions for this post', // [S] live scan 2026-01-30; OpenCLI #2089 2026-07
    comment: new RegExp(String.raw`^Comment by (.+?)(?:\s+(${EN_TIME}))?$`, 'i'), // [S] 2022 → 2026
    reply: new RegExp(String.raw`^Reply by (.+?) to (.+?)['’]s? comment(?:\s+(${EN_TIME}))?$`, 'i'), // [S]
    allReactions: 'all reactions', // [S] "All reactions:50K 50K", 2026-01
    reactionPeople: 'people|person', // [S] "Like: 46K people", "Love: 3.7K people", 2026-01
    comments: 'comments?', // [S] "5.9K comments", 2026-01
    shares: 'shares?', // [S] "2.4K shares", 2026-01
    commentReactions: 'reactions?', // [S] "5 reactions; see who reacted to this"
    // [S] 2026-01 aria-labels "Like", "Leave a comment", "Send this to friends or post it on your
    // profile."; 2026-07 feeds dropped them (OpenCLI #2089), so the visible texts count too.
    postButtons: /^(?:Like|React|Comment|Share|Leave a comment|Send this to friends or post it on your profile\.?)$/i,
    commentButtons: /^(?:Like|Reply)$/i, // [S] the comment action row
    seeMore: /^(?:…\s*)?See more$/i, // [S] 2026-01
    sponsored: 'Sponsored', // [S] ATI isSponsoredPost.js 2020
    followers: 'followers?', // [S] "1.2M followers", OpenCLI profile.test.js 2026-07
    pageCategory: /^Page\s*[·•]\s*(.+)$/i, // [U] the Intro line "Page · Bakery"
  },
  nl: {
    lang: 'nl',
    postActions: 'Acties voor dit bericht', // [U] Dutch wording of the ⋯ menu label
    comment: new RegExp(String.raw`^Opmerking van (.+?)(?:\s+(${NL_TIME}))?$`, 'i'), // [S] disrex v1.1, 2025-10
    reply: new RegExp(String.raw`^Antwoord van (.+?) op de opmerking van (.+?)(?:\s+(${NL_TIME}))?$`, 'i'), // [S] same
    allReactions: 'alle reacties', // [U] dom-facts §3
    reactionPeople: 'personen|persoon', // [U] "Vind ik leuk: 46K personen"
    comments: 'opmerkingen|opmerking', // [U] Facebook NL calls comments "opmerkingen"
    shares: 'keer gedeeld', // [S] FB Clean My Feeds nl template "# keer gedeeld"
    commentReactions: 'reacties|reactie', // [U] "5 reacties; bekijk wie er heeft gereageerd"
    postButtons: /^(?:Vind ik leuk|Reageren|Opmerking plaatsen|Delen|Opmerking|Verzenden)$/i, // [U]
    commentButtons: /^(?:Vind ik leuk|Beantwoorden|Reageren)$/i, // [U]
    seeMore: /^(?:…\s*)?Meer weergeven$/i, // [U]
    sponsored: 'Gesponsord', // [U]
    followers: 'volgers', // [U] dom-facts §2.4 (label known, header not captured)
    pageCategory: /^Pagina\s*[·•]\s*(.+)$/i, // [U]
  },
};

const byLang = new Map<string, FacebookLocale>();

export function facebookLocale(doc: Document): FacebookLocale {
  const lang = doc.documentElement.getAttribute('lang') || 'en';
  let locale = byLang.get(lang);
  if (!locale) {
    locale = { ...(lang.slice(0, 2).toLowerCase() === 'nl' ? FACEBOOK_LOCALES.nl : FACEBOOK_LOCALES.en), lang };
    byLang.set(lang, locale);
  }
  return locale;
}

/**
 * Post menus in every language we know. Finding cards does not depend on the page language: the
 * labels are distinctive sentences, and a feed in one language with a stray English string still
 * yields its posts.
 */
export const ALL_POST_ACTION_LABELS: readonly string[] = Object.values(FACEBOOK_LOCALES).map((l) => l.postActions);

/** Comment and reply labels in every language we know: such articles are never posts. */
export function isCommentLabel(label: string): boolean {
  return Object.values(FACEBOOK_LOCALES).some((l) => l.comment.test(label) || l.reply.test(label));
}
