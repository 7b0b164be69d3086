/** Kinds of engagement bait Facebook named in its December 2017 announcement, plus two more. */
export const BAIT_KINDS = ['vote', 'react', 'share', 'tag', 'comment', 'puzzle', 'reach'] as const;
export type BaitKind = (typeof BAIT_KINDS)[number];

/**
 * The words one language contributes to the text checks. Phrases are matched on folded text
 * (lower case, no accents) at word boundaries, so write them lower case and without accents.
 */
export interface Lexicon {
  /** Calls to buy: one is enough to call a post promotional ("bestel nu", "shop now"). */
  salesCallsToAction: readonly string[];
  /** Sales vocabulary: two of these (or one and a shop link) make a post promotional. */
  salesWords: readonly string[];
  /** Asking for likes, shares, tags, comments or votes; "only smart people can solve this". */
  bait: Readonly<Record<BaitKind, readonly string[]>>;
  /** Facebook's exceptions to bait: genuine requests for help, missing persons, fundraising. */
  baitExceptions: readonly string[];
  /** Stock praise that says nothing about the post ("great post", "goed bezig"). */
  genericPraise: readonly string[];
  /** Invitations to answer that carry no question mark ("let us know", "laat het weten"). */
  questionInvitations: readonly string[];
  /** Corporate news phrasing ("proud to announce", "persbericht"). */
  corporateNews: readonly string[];
}
