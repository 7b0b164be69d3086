/**
 * What belongs to a post and what only sits inside its card. A card also holds its comments and,
 * for a reshare, the embedded original with its own author, text, links and ids; reading any of
 * those as the post's own is the classic mistake (lhremote PR #803 credited a Premium upsell as
 * the author; Feedhacker refused a reshare's urn). Every field reader asks for *own* elements.
 */
import { cleanText } from '../shared/text';
import type { LinkedInLocale } from './locale';
import { COMMENTS, LEGACY, SDUI } from './selectors';

export interface CardScope {
  card: Element;
  locale: LinkedInLocale;
  /** Subtrees inside the card that are not the post itself: comments and a reshared original. */
  foreign: string;
}

export const RESHARE = `${LEGACY.reshare}, ${SDUI.reshare}`;
/** Where the post's own words are: never read as labels, counts or times. */
export const TEXT_ZONE = `${SDUI.text}, ${LEGACY.text.join(', ')}`;
/** A card's comment section: the comments themselves and the lists that hold them. */
export const COMMENT_ZONE = `${COMMENTS.container}, ${COMMENTS.section}`;

export function cardScope(card: Element, locale: LinkedInLocale): CardScope {
  return { card, locale, foreign: `${COMMENT_ZONE}, ${RESHARE}` };
}

/** True when el lies inside a subtree matching `zones` that starts strictly below root. */
export function insideZone(el: Element, root: Element, zones: string): boolean {
  const zone = el.parentElement?.closest(zones);
  return zone != null && zone !== root && root.contains(zone);
}

/** Elements under root matching selector that are not inside one of the zones below root. */
export function ownElements(root: Element, selector: string, zones: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter((el) => !insideZone(el, root, zones) && !el.matches(zones));
}

/** The first own element of the first selector that has one. */
export function firstOwn(scope: CardScope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = ownElements(scope.card, selector, scope.foreign)[0];
    if (found) return found;
  }
  return null;
}

export function own(scope: CardScope, selector: string): Element[] {
  return ownElements(scope.card, selector, scope.foreign);
}

/** Elements whose only children are text: where LinkedIn puts each visible or hidden string. */
export function isLeaf(el: Element): boolean {
  return el.childElementCount === 0 && (el.textContent ?? '').trim() !== '';
}

/** The line an element sits on: its first ancestor below `card` that shows more text than it. */
export function lineOf(el: Element, card: Element): { el: Element; text: string } | null {
  const own = cleanText(el.textContent ?? '');
  for (let line = el.parentElement; line && line !== card; line = line.parentElement) {
    const text = cleanText(line.textContent ?? '');
    if (text !== own) return { el: line, text };
  }
  return null;
}

/** The text of el with its leaves kept apart: `<span>Ada</span><span>Author</span>` is "Ada Author". */
export function spacedText(el: Element): string {
  if (el.childElementCount === 0) return cleanText(el.textContent ?? '');
  const parts: string[] = [];
  for (const node of Array.from(el.querySelectorAll('*'))) {
    if (node.childElementCount === 0) parts.push(node.textContent ?? '');
  }
  return cleanText(parts.join(' '));
}
