/**
 * Finds post cards in both markup generations (dom-facts §2.1, §6 "Facebook 1. Posts"):
 * - 2026: no `role="article"` on posts. Each post has exactly one "Actions for this post" menu;
 *   the card is the highest ancestor of that menu holding no other post menu, never a landmark,
 *   never the page header (OpenCLI #2089 / PR #2126, 2026-07).
 * - 2020 → about 2025: `[role="article"]` not nested in another article and not labelled as a
 *   comment. Those posts usually carry the menu too, and then the climb reaches past the article;
 *   only the outermost card is kept.
 */
import { isCommentLabel } from './locale';
import { CARD } from './selectors';

/** Ancestors we never climb into: landmarks and the page header. */
function isBoundary(el: Element): boolean {
  return el.tagName === 'BODY' || CARD.landmarkRoles.has(el.getAttribute('role') ?? '');
}

/** A post menu or the page heading: what a card may hold only once. */
const FOREIGN = `${CARD.postActions}, ${CARD.pageHeading}`;

/**
 * Does parent hold, beside child, another post menu or the page heading? Looks only at the other
 * children, and `querySelector` stops at the first hit. The siblings are walked one by one, not
 * copied: at the feed list the first sibling already answers, so a list of 1,000 cards costs one
 * step instead of a 1,000-element copy per card.
 */
function holdsMoreThan(parent: Element, child: Element): boolean {
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling !== child && (sibling.matches(FOREIGN) || sibling.querySelector(FOREIGN))) return true;
  }
  return false;
}

/** The highest ancestor of a post menu that holds only that menu. */
function cardOfMenu(menu: Element): Element {
  let card = menu;
  for (let parent = menu.parentElement; parent && !isBoundary(parent); parent = parent.parentElement) {
    if (holdsMoreThan(parent, card)) break;
    card = parent;
  }
  return card;
}

function isPostArticle(article: Element): boolean {
  if (isCommentLabel(article.getAttribute('aria-label') ?? '')) return false;
  return article.parentElement?.closest(CARD.article) == null;
}

/** True when a comes before b in document order. */
function precedes(a: Element, b: Element): boolean {
  return (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0;
}

/**
 * The elements not inside another one, in document order. Sorted first, an ancestor comes before
 * everything in its subtree and the kept elements never nest, so an element lies inside some kept
 * one exactly when it lies inside the last one kept: one contains() per element instead of one per
 * pair (a 1,000-post page made that a million calls).
 */
function outermostInOrder(elements: Iterable<Element>): Element[] {
  const sorted = [...new Set(elements)].sort((a, b) => (precedes(a, b) ? -1 : 1));
  const kept: Element[] = [];
  for (const el of sorted) {
    const last = kept[kept.length - 1];
    if (!last?.contains(el)) kept.push(el);
  }
  return kept;
}

export function findCards(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const menu of Array.from(root.querySelectorAll(CARD.postActions))) found.push(cardOfMenu(menu));
  // Under a part of the page (a changed node) a menu card may enclose root: let it claim articles
  // that are really its comments.
  const partial = root.nodeType === 1;
  for (const article of Array.from(root.querySelectorAll(CARD.article))) {
    if (isPostArticle(article)) found.push(partial ? (cardOf(article) ?? article) : article);
  }
  return outermostInOrder(found);
}

/** The card enclosing node (or node itself), or null when node is outside every post. */
export function cardOf(node: Element): Element | null {
  let menuCard: Element | null = null;
  for (let el: Element | null = node; el && !isBoundary(el); el = el.parentElement) {
    const menus = el.matches(CARD.postActions) ? [el] : Array.from(el.querySelectorAll(CARD.postActions));
    if (menus.length > 1) break; // a list of posts, not one post
    const [menu] = menus;
    if (menu) {
      menuCard = cardOfMenu(menu);
      break;
    }
  }
  if (menuCard?.contains(node)) return menuCard;
  let article = node.closest(CARD.article);
  while (article && !isPostArticle(article)) article = article.parentElement?.closest(CARD.article) ?? null;
  return article;
}

/** Which generation a card is: the names ParseHealth counts per page. */
export function markupOf(card: Element): 'article' | 'actions-menu' {
  const article = card.matches(CARD.article) ? card : card.querySelector(`${CARD.article}:not([aria-label])`);
  return article && isPostArticle(article) ? 'article' : 'actions-menu';
}
