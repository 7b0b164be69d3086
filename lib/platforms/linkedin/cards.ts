/**
 * Finding post cards in either markup generation, per card (dom-facts §6 steps 1–2):
 * - legacy: the outermost `data-urn` / `data-id` update;
 * - SDUI: from each per-post control menu ("Open control menu for post by …", the hook that
 *   survived 2024 → 2026 on both stacks) climb to the highest ancestor that still holds exactly
 *   one, stopping at feed landmarks; the card is the highest of those that LinkedIn marks as a
 *   unit (`role="listitem"` or a `componentkey`). Module cards have no control menu, so they are
 *   never cards (Feedhacker FH-053).
 * - SDUI, any language: `expanded…FeedType_…` wrappers (2026-05 → 2026-08) that hold post content,
 *   for pages whose control-menu label is in a language locale.ts does not know.
 * Unknown markup yields no cards; nothing here throws on strange input.
 */
import { ALL_CONTROL_MENU_PREFIXES } from './locale';
import { RESHARE, insideZone } from './scope';
import { LEGACY, PROFILE_LINK, SDUI } from './selectors';
import { queryAll } from '../shared/query-all';

export const CONTROL_MENU = ALL_CONTROL_MENU_PREFIXES.map((prefix) => `button[aria-label^="${prefix}"]`).join(', ');

const LEGACY_CARD = LEGACY.card;
const POST_CONTENT = `${SDUI.text}, ${PROFILE_LINK}`;

/** Control menus of the card's own post (a reshared original may carry its own), at most
 *  `enough` of them: callers only tell none, one and several apart, and a feed list holds
 *  hundreds, each costing a `closest` to rule out a reshare. */
function ownMenus(el: Element, enough = 2): Element[] {
  // Every CONTROL_MENU match is a <button>; the live collection is walked lazily, so a search
  // that has found enough stops instead of matching the whole subtree as querySelectorAll does.
  const buttons = el.getElementsByTagName('button');
  const own: Element[] = [];
  // No `length`: it would count every button first.
  for (let i = 0, button = buttons[0]; button && own.length < enough; button = buttons[++i]) {
    if (button.matches(CONTROL_MENU) && !insideZone(button, el, RESHARE)) own.push(button);
  }
  return own;
}

/** From one SDUI control menu to its card, or null when the menu belongs to a legacy card. */
function cardOfMenu(menu: Element): Element | null {
  if (menu.closest(LEGACY_CARD)) return null;
  const chain: Element[] = [];
  for (let el = menu.parentElement; el && !el.matches(SDUI.landmarks); el = el.parentElement) {
    if (ownMenus(el).length !== 1) break;
    chain.push(el);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const el = chain[i];
    if (el?.matches(SDUI.unit)) return el;
  }
  return chain[chain.length - 1] ?? null;
}

function isKeyedCard(el: Element): boolean {
  return el.matches(SDUI.keyedCard) && el.querySelector(POST_CONTENT) !== null && ownMenus(el).length <= 1;
}

/** Drops every element that lies inside another one of the list; keeps document order. */
function outermostOf(elements: Iterable<Element>): Element[] {
  const all = new Set(elements);
  const kept = [...all].filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (all.has(up)) return false;
    return true;
  });
  return kept.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

function within(root: ParentNode, selector: string): Element[] {
  const found = queryAll(root, selector);
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

export function findCards(root: ParentNode): Element[] {
  const candidates: Element[] = within(root, LEGACY_CARD);
  for (const menu of within(root, CONTROL_MENU)) {
    const card = cardOfMenu(menu);
    if (card) candidates.push(card);
  }
  for (const keyed of within(root, SDUI.keyedCard)) {
    if (isKeyedCard(keyed)) candidates.push(keyed);
  }
  // A card found from a menu deep inside root may reach above root; keep only cards under it.
  return outermostOf(candidates.filter((card) => !isElement(root) || root.contains(card)));
}

/** The SDUI card around node found from the nearest control menu above it, if node is in one. */
function menuCardAround(node: Element): Element | null {
  for (let el: Element | null = node; el && !el.matches(SDUI.landmarks); el = el.parentElement) {
    const menus = ownMenus(el);
    if (menus.length === 0) continue;
    const card = menus.length === 1 && menus[0] ? cardOfMenu(menus[0]) : null;
    return card?.contains(node) ? card : null;
  }
  return null;
}

/** The outermost card holding node (or node itself), in either generation. On the SDUI
 *  post-detail page the comments sit beside the card, not in it (lhremote PR #803), so a change
 *  there belongs to the screen's one card. */
export function cardOf(node: Element): Element | null {
  const candidates: Element[] = [];
  for (let el = node.closest(LEGACY_CARD); el; el = el.parentElement?.closest(LEGACY_CARD) ?? null) candidates.push(el);
  for (let el = node.closest(SDUI.keyedCard); el; el = el.parentElement?.closest(SDUI.keyedCard) ?? null) {
    if (isKeyedCard(el)) candidates.push(el);
  }
  const fromMenu = menuCardAround(node);
  if (fromMenu) candidates.push(fromMenu);
  const outer = outermostOf(candidates)[0];
  if (outer) return outer;
  const screen = node.closest(SDUI.detailScreen);
  if (!screen) return null;
  const cards = findCards(screen);
  return cards.length === 1 ? (cards[0] ?? null) : null;
}

export type Markup = 'legacy' | 'sdui';

/** Which generation a card is written in: legacy when it carries the BEM update or its urn. */
export function markupOf(card: Element): Markup {
  const legacy = `${LEGACY_CARD}, ${LEGACY.update}`;
  return card.matches(legacy) || card.querySelector(legacy) ? 'legacy' : 'sdui';
}
