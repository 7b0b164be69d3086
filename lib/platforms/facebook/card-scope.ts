/**
 * What belongs to the post itself inside a card. A card also holds the visible comments (each a
 * `[role="article"]` with a "Comment by …" label) and, on a share, the embedded original post with
 * its own author, text and links. Every field of the post is read from its own part only.
 */
import { isCommentLabel } from './locale';
import { pageRefOf } from './page-kind';
import { CARD, POST } from './selectors';

export interface CardScope {
  card: Element;
  /** Comment and reply articles, outermost first, in document order. */
  comments: Element[];
  /** The embedded original of a shared post, or null. */
  shared: Element | null;
  /** Answers of ownAll per selector: a card's fields ask for the same elements more than once. */
  found: Map<string, Element[]>;
  /** The post bodies that can hold an element of the card, for inMessage. */
  messages: Element[] | null;
}

const MESSAGE = POST.message.join(',');

/**
 * el.closest(message) !== null for an element of the card, without walking every ancestor up to
 * the document: a body holding el is either above the card (then it holds the whole card) or in
 * the card, and there are a card's few bodies to ask.
 */
export function inMessage(scope: CardScope, el: Element): boolean {
  if (!scope.messages) {
    const { card } = scope;
    const above = card.parentElement?.closest(MESSAGE);
    scope.messages = above ? [above] : card.matches(MESSAGE) ? [card, ...Array.from(card.querySelectorAll(MESSAGE))] : Array.from(card.querySelectorAll(MESSAGE));
  }
  return scope.messages.some((message) => message.contains(el));
}

/** A comment article: labelled as one, or any article nested in another (replies, other locales). */
function isCommentArticle(article: Element, card: Element): boolean {
  if (isCommentLabel(article.getAttribute('aria-label') ?? '')) return true;
  const outer = article.parentElement?.closest(CARD.article);
  return outer != null && card.contains(outer);
}

function inside(el: Element, containers: readonly Element[]): boolean {
  return containers.some((c) => c.contains(el));
}

/** The post header's author links: one per heading, in document order. */
function headerLinks(card: Element, comments: readonly Element[]): Element[] {
  const headings = new Set<Element>();
  const links: Element[] = [];
  for (const el of Array.from(card.querySelectorAll(POST.authorLink.join(',')))) {
    const link = el.closest('a[href]') ?? el;
    // A bold mention inside the text is not a heading.
    if (inside(link, comments) || link.closest(MESSAGE) || !pageRefOf(link.getAttribute('href'))) continue;
    const heading = link.closest(POST.authorHeading) ?? link;
    if (headings.has(heading)) continue;
    headings.add(heading);
    links.push(link);
  }
  return links;
}

/**
 * A share embeds the original under a second author heading. Its subtree is the highest ancestor
 * of that heading that does not reach the sharer's own heading. "Alice is with Bob" keeps both
 * links in one heading, so it is not a share.
 */
function sharedOriginal(card: Element, comments: readonly Element[]): Element | null {
  const [own, ...others] = headerLinks(card, comments);
  if (!own) return null;
  const ownHeading = own.closest(POST.authorHeading) ?? own;
  for (const link of others) {
    if (ownHeading.contains(link)) continue;
    let root: Element = link;
    while (root.parentElement && root.parentElement !== card && !root.parentElement.contains(ownHeading)) {
      root = root.parentElement;
    }
    if (root.querySelector(POST.textBlock)) return root;
  }
  return null;
}

export function scopeOf(card: Element): CardScope {
  const comments = Array.from(card.querySelectorAll(CARD.article)).filter(
    (article) => article !== card && isCommentArticle(article, card),
  );
  return { card, comments, shared: sharedOriginal(card, comments), found: new Map(), messages: null };
}

/** True when el is part of the post itself: not a comment, not the embedded shared original. */
export function isOwn(scope: CardScope, el: Element): boolean {
  return !inside(el, scope.comments) && !(scope.shared?.contains(el) ?? false);
}

/** A NodeList as an array: an indexed loop, cheaper than Array.from's iterator. */
function listed(nodes: NodeListOf<Element>): Element[] {
  const all = new Array<Element>(nodes.length);
  for (let i = 0; i < nodes.length; i++) all[i] = nodes[i] as Element;
  return all;
}

/**
 * Elements of the post itself matching selector, in document order. Asked again for the same
 * selector it gives the same list (the page does not change while a card is read), so the list
 * is read-only.
 */
export function ownAll(scope: CardScope, selector: string): readonly Element[] {
  let found = scope.found.get(selector);
  if (!found) {
    const all = listed(scope.card.querySelectorAll(selector));
    // A card without comments or a shared original is all its own: nothing to filter out.
    found = scope.comments.length === 0 && scope.shared === null ? all : all.filter((el) => isOwn(scope, el));
    scope.found.set(selector, found);
  }
  return found;
}
