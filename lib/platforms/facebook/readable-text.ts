/**
 * The text a person reads in a Facebook element, with the scraper decoys taken out (dom-facts §2.2
 * "Decoy text (2026)"): zero-width and bidi characters (cleanText), whole nodes of long digit runs
 * or spaced single letters, nodes styled invisible, and SVG. Emoji drawn as images keep their
 * character; "See more" expanders are dropped.
 *
 * The page's DOM is never touched: decoys are removed from a copy.
 */
import { cleanText, isDecoyText } from '../shared/text';
import { visibleText } from '../shared/visible-text';
import type { FacebookLocale } from './locale';
import { POST } from './selectors';

function isStyledInvisible(el: Element): boolean {
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

/** Emoji are `<img alt="🎉" src=".../emoji.php/...">`; photos' alt texts are descriptions. */
function emojiOf(el: Element): string | null {
  if (el.tagName !== 'IMG' || !/emoji/i.test(el.getAttribute('src') ?? '')) return null;
  return el.getAttribute('alt');
}

function isExpander(el: Element, locale: FacebookLocale): boolean {
  return el.matches(POST.expander) && locale.seeMore.test(cleanText(el.textContent ?? ''));
}

interface Pruned {
  copy: Element;
  /** A "See more" expander was there: the text ends in a truncation "…". */
  truncated: boolean;
}

/** A copy of root without decoys, invisible nodes and expanders, with emoji images as text. */
function prunedCopy(root: Element, locale: FacebookLocale): Pruned {
  const copy = root.cloneNode(true) as Element;
  let truncated = false;
  // cloneNode keeps document order, so the nth element of both lists is the same node.
  const originals = Array.from(root.querySelectorAll('*'));
  const twins = Array.from(copy.querySelectorAll('*'));
  originals.forEach((el, i) => {
    const twin = twins[i];
    if (!twin) return;
    const emoji = emojiOf(el);
    if (emoji !== null) {
      twin.replaceWith(copy.ownerDocument.createTextNode(emoji));
    } else if (isExpander(el, locale)) {
      truncated = true;
      twin.remove();
    } else if (el.tagName.toLowerCase() === 'svg' || isDecoyText(el.textContent ?? '') || isStyledInvisible(el)) {
      // SVG holds icons, badge titles ("Verified account") and letters drawn for ads, never text.
      twin.remove();
    }
  });
  const walker = copy.ownerDocument.createTreeWalker(copy, 4 /* NodeFilter.SHOW_TEXT */);
  const decoys: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isDecoyText(node.nodeValue ?? '')) decoys.push(node);
  }
  for (const node of decoys) node.parentNode?.removeChild(node);
  return { copy, truncated };
}

/** Multi-line readable text of a post body or comment, without "See more" and its "…". */
export function readableText(root: Element, locale: FacebookLocale): string {
  const { copy, truncated } = prunedCopy(root, locale);
  const text = visibleText(copy);
  return truncated ? text.replace(/\s*(?:…|\.\.\.)$/u, '') : text;
}

/** One-line readable text of a name, label or link. */
export function readableLine(root: Element, locale: FacebookLocale): string {
  return cleanText(visibleText(prunedCopy(root, locale).copy));
}
