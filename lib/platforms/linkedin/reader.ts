/**
 * The LinkedIn reader: finds post cards of either markup generation, reads each with the hooks of
 * its own generation, and reads the page header. One entry point for the collector; everything
 * LinkedIn-specific lives in this folder.
 */
import type { CardResult, PlatformReader } from '../types';
import { cardOf, findCards } from './cards';
import { linkedinLocale } from './locale';
import { linkedinTarget } from './page-kind';
import { readHeader } from './parse-header';
import { readPostCard } from './parse-post';

function readCard(card: Element, now: number): CardResult {
  try {
    return readPostCard(card, linkedinLocale(card.ownerDocument), now);
  } catch {
    // Markup we do not understand must never throw into the page; it counts as unreadable.
    return { kind: 'skipped', reason: 'unreadable', markup: 'unknown' };
  }
}

/** Unknown markup is no cards, never an exception. */
function safeFindCards(root: ParentNode): Element[] {
  try {
    return findCards(root);
  } catch {
    return [];
  }
}

function safeCardOf(node: Element): Element | null {
  try {
    return cardOf(node);
  } catch {
    return null;
  }
}

export const linkedinReader: PlatformReader = {
  platform: 'linkedin',
  targetFor: linkedinTarget,
  findCards: safeFindCards,
  cardOf: safeCardOf,
  readCard,
  readHeader: (doc, target) => readHeader(doc, target, linkedinLocale(doc)),
};
