/**
 * The Facebook reader: finds post cards in both markup generations, reads them and the page
 * header. The collector's one entry point; everything Facebook-specific lives in this folder.
 */
import type { CardResult, PlatformReader } from '../types';
import { cardOf, findCards } from './find-cards';
import { facebookLocale } from './locale';
import { facebookTarget } from './page-kind';
import { readPageHeader } from './parse-header';
import { readPost } from './parse-post';

function readCard(card: Element, now: number): CardResult {
  try {
    return readPost(card, facebookLocale(card.ownerDocument), now);
  } catch {
    // Markup we do not understand must never throw into the page; it counts as unreadable.
    return { kind: 'skipped', reason: 'unreadable', markup: 'unknown' };
  }
}

export const facebookReader: PlatformReader = {
  platform: 'facebook',
  targetFor: facebookTarget,
  findCards,
  cardOf,
  readCard,
  readHeader: (doc, target) => {
    if (target.surface !== 'company') return null;
    try {
      return readPageHeader(doc, facebookLocale(doc));
    } catch {
      return null;
    }
  },
};
