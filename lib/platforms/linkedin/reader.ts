/**
 * The LinkedIn reader: finds post cards, picks the parser for the card's markup generation and
 * reads the page header. One entry point for the collector; everything LinkedIn-specific lives in
 * this folder.
 */
import type { CardResult, PageTarget, PlatformReader } from '../types';
import { outermost } from '../shared/visible-text';
import { linkedinLocale } from './locale';
import { linkedinTarget } from './page-kind';
import { readCompanyHeader } from './parse-header';
import { readLegacyCard } from './parse-post';
import { LEGACY } from './selectors';

function readCard(card: Element, now: number): CardResult {
  try {
    return readLegacyCard(card, linkedinLocale(card.ownerDocument), now);
  } catch {
    // Markup we do not understand must never throw into the page; it counts as unreadable.
    return { kind: 'skipped', reason: 'unreadable', markup: 'unknown' };
  }
}

export const linkedinReader: PlatformReader = {
  platform: 'linkedin',
  targetFor: linkedinTarget,
  findCards: (root) => outermost(root, LEGACY.card),
  cardOf: (node) => {
    let card = node.closest(LEGACY.card);
    for (let outer = card?.parentElement?.closest(LEGACY.card); outer; outer = outer.parentElement?.closest(LEGACY.card)) {
      card = outer;
    }
    return card;
  },
  readCard,
  readHeader: (doc: Document, target: PageTarget) =>
    target.surface === 'company' ? readCompanyHeader(doc, linkedinLocale(doc)) : null,
};
