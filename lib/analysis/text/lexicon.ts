import { en } from './lexicons/en';
import { nl } from './lexicons/nl';
import { BAIT_KINDS, type BaitKind, type Lexicon } from './lexicons/types';
import { phraseMatcher, type PhraseMatcher } from './phrases';

/**
 * Every language is checked on every text: Dutch pages post in English and back, and looking for
 * both costs one regular expression per list.
 */
export const LEXICONS: readonly Lexicon[] = [en, nl];

function combined(pick: (lexicon: Lexicon) => readonly string[]): PhraseMatcher {
  return phraseMatcher(LEXICONS.flatMap(pick));
}

export const salesCallsToAction = combined((l) => l.salesCallsToAction);
export const salesWords = combined((l) => l.salesWords);
export const baitExceptions = combined((l) => l.baitExceptions);
export const genericPraise = combined((l) => l.genericPraise);
export const questionInvitations = combined((l) => l.questionInvitations);
export const corporateNews = combined((l) => l.corporateNews);

export const baitByKind: Readonly<Record<BaitKind, PhraseMatcher>> = Object.fromEntries(
  BAIT_KINDS.map((kind) => [kind, combined((l) => l.bait[kind])]),
) as Record<BaitKind, PhraseMatcher>;
