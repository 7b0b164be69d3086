/**
 * Reads the text a person sees in an element, per field, never from flattened page text.
 *
 * LinkedIn renders most strings twice, once for the eye (`aria-hidden="true"`) and once for screen
 * readers (`.visually-hidden`), so a naive textContent reads "Ada LovelaceAda Lovelace". We skip the
 * screen-reader twin, buttons ("…more") and anything the caller names as noise.
 */
import { cleanMultiline } from './text';

/** Never page text: code, styles, controls and screen-reader-only copies. Shared with Facebook's readable text. */
export const ALWAYS_SKIPPED = 'script, style, template, button, .visually-hidden, .sr-only, [hidden]';
/** Elements that start a new line of text. */
export const BLOCKS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'SECTION', 'ARTICLE']);

/** `replaced`: elements read as the given text instead of their content (as if the element were
 *  that text node), whatever they would otherwise be; lets a caller rewrite parts without a copy. */
export function visibleText(root: Element, extraSkip?: string, replaced?: ReadonlyMap<Element, string>): string {
  const skip = extraSkip ? `${ALWAYS_SKIPPED}, ${extraSkip}` : ALWAYS_SKIPPED;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    // Sibling links instead of a copy of childNodes: the walk never changes the tree.
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const replacement = replaced?.get(el);
        if (replacement !== undefined) {
          parts.push(replacement);
          continue;
        }
        if (el.matches(skip)) continue;
        if (el.tagName === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCKS.has(el.tagName);
        if (block) parts.push('\n');
        walk(el);
        if (block) parts.push('\n');
      }
    }
  };
  walk(root);
  return cleanMultiline(parts.join(''));
}

/** The first element matching any selector of an ordered list, scoped to root. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Elements under root matching selector that are not nested in another match (outermost only). */
export function outermost(root: ParentNode, selector: string): Element[] {
  const all = Array.from(root.querySelectorAll(selector));
  return all.filter((el) => !el.parentElement?.closest(selector));
}

/** A stable, short, non-cryptographic hash (FNV-1a, 32 bit) for ids of cards without one. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
