/**
 * What belongs to a post and what only sits inside its card. A card also holds its comments and,
 * for a reshare, the embedded original with its own author, text, links and ids; reading any of
 * those as the post's own is the classic mistake (lhremote PR #803 credited a Premium upsell as
 * the author; Feedhacker refused a reshare's urn). Every field reader asks for *own* elements.
 */
import { cleanText } from '../shared/text';
import type { LinkedInLocale } from './locale';
import { COMMENTS, LEGACY, SDUI } from './selectors';

export const RESHARE = `${LEGACY.reshare}, ${SDUI.reshare}`;
/** Where the post's own words are: never read as labels, counts or times. */
export const TEXT_ZONE = `${SDUI.text}, ${LEGACY.text.join(', ')}`;
/** A card's comment section: the comments themselves and the lists that hold them. */
export const COMMENT_ZONE = `${COMMENTS.container}, ${COMMENTS.section}`;
/** Subtrees inside a card that are not the post itself: comments and a reshared original. */
export const FOREIGN = `${COMMENT_ZONE}, ${RESHARE}`;

export interface CardScope {
  readonly card: Element;
  readonly locale: LinkedInLocale;
  /** selector → every element of the card inside (or being) a match; each built once per read. */
  readonly zones: Map<string, Set<Element>>;
}

export function cardScope(card: Element, locale: LinkedInLocale): CardScope {
  return { card, locale, zones: new Map() };
}

/** Whether el lies in (or is) an element matching selector below the card. One set per selector
 *  per read instead of a `closest()` walk per element: a card holds hundreds of elements. */
export function inZone(scope: CardScope, el: Element, selector: string): boolean {
  let zone = scope.zones.get(selector);
  if (!zone) {
    zone = new Set();
    for (const top of Array.from(scope.card.querySelectorAll(selector))) {
      if (zone.has(top)) continue;
      zone.add(top);
      for (const inner of Array.from(top.querySelectorAll('*'))) zone.add(inner);
    }
    scope.zones.set(selector, zone);
  }
  return zone.has(el);
}

/** The card's elements matching selector that belong to the post itself. */
export function own(scope: CardScope, selector: string): Element[] {
  return Array.from(scope.card.querySelectorAll(selector)).filter((el) => !inZone(scope, el, FOREIGN));
}

/** The first own element of the first selector that has one. */
export function firstOwn(scope: CardScope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = own(scope, selector)[0];
    if (found) return found;
  }
  return null;
}

/** True when el lies inside a subtree matching `zones` that starts strictly below root. */
export function insideZone(el: Element, root: Element, zones: string): boolean {
  const zone = el.parentElement?.closest(zones);
  return zone != null && zone !== root && root.contains(zone);
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
