/**
 * The text a person reads in a Facebook element, with the scraper decoys taken out (dom-facts §2.2
 * "Decoy text (2026)"): zero-width and bidi characters (cleanText), whole nodes of long digit runs
 * or spaced single letters, nodes styled invisible, and SVG. Emoji drawn as images keep their
 * character; "See more" expanders are dropped.
 *
 * The page's DOM is never touched. This reads the page's own nodes in one walk and gives exactly
 * what `visibleText` (shared/visible-text.ts) gives on a copy with the decoys removed: each decoy
 * is skipped where the copy would have lost it. No copy, no second list of every element.
 */
import { cleanMultiline, cleanText, isDecoyText } from '../shared/text';
import { ALWAYS_SKIPPED, BLOCKS } from '../shared/visible-text';
import type { FacebookLocale } from './locale';
import { POST } from './selectors';

function isStyledInvisible(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

const EMOJI_SRC = /emoji/i;

/** Emoji are `<img alt="🎉" src=".../emoji.php/...">`; photos' alt texts are descriptions. */
function emojiOf(el: Element): string | null {
  if (el.tagName !== 'IMG' || !EMOJI_SRC.test(el.getAttribute('src') ?? '')) return null;
  return el.getAttribute('alt');
}

function isExpander(el: Element, locale: FacebookLocale): boolean {
  return el.matches(POST.expander) && locale.seeMore.test(cleanText(el.textContent ?? ''));
}

/** SVG holds icons, badge titles ("Verified account") and letters drawn for ads, never text. */
function isDropped(el: Element, locale: FacebookLocale): boolean {
  return isExpander(el, locale) || el.tagName.toLowerCase() === 'svg' || isDecoyText(el.textContent ?? '') || isStyledInvisible(el);
}

/** The raw text of root's readable nodes, with visibleText's line breaks around blocks. */
function readableParts(root: Element, locale: FacebookLocale, parts: string[]): void {
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) {
      const value = child.nodeValue ?? '';
      if (!isDecoyText(value)) parts.push(value);
      continue;
    }
    if (child.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const el = child as Element;
    // The copy replaced an emoji image with its character, checked as any other text node.
    const emoji = emojiOf(el);
    if (emoji !== null) {
      if (!isDecoyText(emoji)) parts.push(emoji);
      continue;
    }
    // Skipped or dropped, nothing of it is read: the cheap test first.
    if (el.matches(ALWAYS_SKIPPED) || isDropped(el, locale)) continue;
    if (el.tagName === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) parts.push('\n');
    readableParts(el, locale, parts);
    if (block) parts.push('\n');
  }
}

function readable(root: Element, locale: FacebookLocale): string {
  const parts: string[] = [];
  readableParts(root, locale, parts);
  return cleanMultiline(parts.join(''));
}

/**
 * Did root hold a "See more" expander anywhere below it, even inside a part that is not read?
 * (The copy was marked truncated by every expander it met, read or not.)
 */
function hasExpander(root: Element, locale: FacebookLocale): boolean {
  for (const el of Array.from(root.querySelectorAll(POST.expander))) {
    if (emojiOf(el) === null && isExpander(el, locale)) return true;
  }
  return false;
}

/** Multi-line readable text of a post body or comment, without "See more" and its "…". */
export function readableText(root: Element, locale: FacebookLocale): string {
  const text = readable(root, locale);
  return hasExpander(root, locale) ? text.replace(/\s*(?:…|\.\.\.)$/u, '') : text;
}

/** One-line readable text of a name, label or link. */
export function readableLine(root: Element, locale: FacebookLocale): string {
  return cleanText(readable(root, locale));
}
