/**
 * What belongs to a post and what only sits inside its card. A card also holds its comments and,
 * for a reshare, the embedded original with its own author, text, links and ids; reading any of
 * those as the post's own is the classic mistake (lhremote PR #803 credited a Premium upsell as
 * the author; Feedhacker refused a reshare's urn). Every field reader asks for *own* elements.
 */
import { cleanText, cleanTextOf } from '../shared/text';
import type { LinkedInLocale } from './locale';
import { COMMENTS, LEGACY, SDUI } from './selectors';
import { queryAll, remember } from '../shared/query-all';

export const RESHARE = `${LEGACY.reshare}, ${SDUI.reshare}`;
/** Where the post's own words are: never read as labels, counts or times. */
export const TEXT_ZONE = `${SDUI.text}, ${LEGACY.text.join(', ')}`;
/** A card's comment section: the comments themselves and the lists that hold them. */
export const COMMENT_ZONE = `${COMMENTS.container}, ${COMMENTS.section}`;
/** Never part of a post's or comment's text: the "…more" controls of both generations. */
export const NOT_TEXT = `${SDUI.textMore}, ${LEGACY.seeMore}`;
/** Media and link-preview hooks of both generations, every kind. */
export const MEDIA = [...LEGACY.media, ...SDUI.media].map(([, selector]) => selector).join(', ');
/** Subtrees inside a card that are not the post itself: comments and a reshared original. */
export const FOREIGN = `${COMMENT_ZONE}, ${RESHARE}`;

export interface CardScope {
  readonly card: Element;
  readonly locale: LinkedInLocale;
  /** selector → the zone: its outermost elements below the card; each looked up once per read. */
  readonly zones: Map<string, Zone>;
  /** selector → every element below the card matching it; each queried once per read, for both
   *  `own` and the zone of that selector. */
  readonly found: Map<string, Element[]>;
  /** selector → the card's own elements matching it; each looked up once per read. */
  readonly owned: Map<string, Element[]>;
  /** element → its cleaned text: the lines of a card's links share their ancestors, whose texts
   *  (up to the whole post) would otherwise be cleaned once per link. */
  readonly texts: Map<Element, string>;
}

export interface Line {
  el: Element;
  text: string;
}

/** Subtrees of a card that match one selector. Usually none or a handful of roots, even in a card
 *  of hundreds of elements; only a zone of many roots (say every link of twenty comments) gets
 *  the set of all its elements, where one lookup beats a `contains` walk per root. */
interface Zone {
  roots: Element[];
  members?: Set<Element>;
}

const ROOTS_WALKED = 8;

export function cardScope(card: Element, locale: LinkedInLocale): CardScope {
  return { card, locale, zones: new Map(), found: new Map(), owned: new Map(), texts: new Map() };
}

/** Part → the selector list it is a run of, for lists that every read of a post queries anyway
 *  (own() asks for FOREIGN; text, author and count readers for TEXT_ZONE's zone). An element
 *  matching the part matches the list, so the part's matches are the list's matches that match
 *  the part, in the same order: the card is not matched against its selectors a second time. */
const WHOLE_OF = new Map<string, string>();

/** The parts recorded so far, for the test that each is a run of its whole's items. */
export const recordedParts: ReadonlyMap<string, string> = WHOLE_OF;

/** Lets `below` read each of parts (each a run of whole's comma-separated items) out of whole. */
export function partsOf(whole: string, parts: readonly string[]): void {
  for (const part of parts) WHOLE_OF.set(part, whole);
}
partsOf(FOREIGN, [RESHARE, COMMENT_ZONE, COMMENTS.container, COMMENTS.section]);
partsOf(TEXT_ZONE, [SDUI.text, ...LEGACY.text]);

/** Every element below the card matching selector, in document order (one query per read). */
export function below(scope: CardScope, selector: string): Element[] {
  return remember(scope.found, selector, () => {
    const whole = WHOLE_OF.get(selector);
    return whole ? below(scope, whole).filter((el) => el.matches(selector)) : queryAll(scope.card, selector);
  });
}

/** The outermost matches of selector strictly below the card, in document order. */
function zoneRoots(scope: CardScope, selector: string): Element[] {
  const roots: Element[] = [];
  for (const match of below(scope, selector)) {
    // Document order: a match nested in an earlier root is nested in the last root kept.
    const last = roots[roots.length - 1];
    if (!last?.contains(match)) roots.push(match);
  }
  return roots;
}

/** Whether el lies in (or is) an element matching selector below the card. */
export function inZone(scope: CardScope, el: Element, selector: string): boolean {
  const zone = zoneOf(scope, selector);
  if (zone.roots.length <= ROOTS_WALKED) {
    for (const root of zone.roots) if (root.contains(el)) return true;
    return false;
  }
  zone.members ??= membersOf(zone.roots);
  return zone.members.has(el);
}

function zoneOf(scope: CardScope, selector: string): Zone {
  return remember(scope.zones, selector, () => ({ roots: zoneRoots(scope, selector) }));
}

function membersOf(roots: readonly Element[]): Set<Element> {
  const members = new Set<Element>();
  for (const root of roots) {
    members.add(root);
    for (const inner of queryAll(root, '*')) members.add(inner);
  }
  return members;
}

/** The card's elements matching selector that belong to the post itself. Several fields ask for
 *  the same selector (profile links, for one), so each answer is kept for the read; callers
 *  only read the list. */
export function own(scope: CardScope, selector: string): Element[] {
  return remember(scope.owned, selector, () => {
    const all = below(scope, selector);
    return zoneOf(scope, FOREIGN).roots.length === 0 ? all : all.filter((el) => !inZone(scope, el, FOREIGN));
  });
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

/** The line an element sits on: its first ancestor below the card that shows more text than it
 *  (a read does not change the page, so each element's text is cleaned once per read). */
export function lineOf(el: Element, scope: CardScope): Line | null {
  const textOf = (e: Element) => remember(scope.texts, e, () => cleanTextOf(e));
  const own = textOf(el);
  for (let line = el.parentElement; line && line !== scope.card; line = line.parentElement) {
    const text = textOf(line);
    if (text !== own) return { el: line, text };
  }
  return null;
}

/** The text of el with its leaves kept apart: `<span>Ada</span><span>Author</span>` is "Ada Author". */
export function spacedText(el: Element): string {
  if (el.childElementCount === 0) return cleanTextOf(el);
  const parts: string[] = [];
  for (const node of queryAll(el, '*')) {
    if (node.childElementCount === 0) parts.push(node.textContent ?? '');
  }
  return cleanText(parts.join(' '));
}
