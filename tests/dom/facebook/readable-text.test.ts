/**
 * readableText / readableLine read the page's nodes in place. They must give exactly what the
 * first version gave: visibleText over a copy of the element with the decoys removed. That
 * version is kept here as the reference and compared on every element of every saved page and on
 * hand-made edge cases (an expander inside a dropped part, emoji in skipped parts, decoys beside
 * real text).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facebookLocale, type FacebookLocale } from '../../../lib/platforms/facebook/locale';
import { readableLine, readableText } from '../../../lib/platforms/facebook/readable-text';
import { cleanText, isDecoyText } from '../../../lib/platforms/shared/text';
import { visibleText } from '../../../lib/platforms/shared/visible-text';
import { loadFixture } from './load-fixture';

function referenceCopy(root: Element, locale: FacebookLocale): { copy: Element; truncated: boolean } {
  const copy = root.cloneNode(true) as Element;
  let truncated = false;
  const originals = Array.from(root.querySelectorAll('*'));
  const twins = Array.from(copy.querySelectorAll('*'));
  originals.forEach((el, i) => {
    const twin = twins[i];
    if (!twin) return;
    const emoji = el.tagName === 'IMG' && /emoji/i.test(el.getAttribute('src') ?? '') ? el.getAttribute('alt') : null;
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    const invisible = style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
    if (emoji !== null) {
      twin.replaceWith(copy.ownerDocument.createTextNode(emoji));
    } else if (el.matches('[role="button"]') && locale.seeMore.test(cleanText(el.textContent ?? ''))) {
      truncated = true;
      twin.remove();
    } else if (el.tagName.toLowerCase() === 'svg' || isDecoyText(el.textContent ?? '') || invisible) {
      twin.remove();
    }
  });
  const walker = copy.ownerDocument.createTreeWalker(copy, 4);
  const decoys: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (isDecoyText(node.nodeValue ?? '')) decoys.push(node);
  for (const node of decoys) node.parentNode?.removeChild(node);
  return { copy, truncated };
}

function referenceText(root: Element, locale: FacebookLocale): string {
  const { copy, truncated } = referenceCopy(root, locale);
  const text = visibleText(copy);
  return truncated ? text.replace(/\s*(?:…|\.\.\.)$/u, '') : text;
}

function referenceLine(root: Element, locale: FacebookLocale): string {
  return cleanText(visibleText(referenceCopy(root, locale).copy));
}

function expectSameOnEveryElement(doc: Document): number {
  const locale = facebookLocale(doc);
  const elements = Array.from(doc.body.querySelectorAll('*'));
  for (const el of elements) {
    expect(readableText(el, locale)).toBe(referenceText(el, locale));
    expect(readableLine(el, locale)).toBe(referenceLine(el, locale));
  }
  return elements.length;
}

const FIXTURES = readdirSync(join(__dirname, '../../fixtures/facebook')).filter((name) => name.endsWith('.html'));

describe('readableText reads in place what the copy-and-prune reference read', () => {
  it.each(FIXTURES)('every element of %s', (name) => {
    expect(expectSameOnEveryElement(loadFixture(name))).toBeGreaterThan(50);
  });

  it('hand-made edge cases', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `
      <div id="a">Hello <span>84736251</span> world<div role="button">See more</div></div>
      <div id="b"><span class="x">12345678</span><span>Real</span> text…<span style="display:none"><span role="button">See more</span></span></div>
      <div id="c"><button><img src="/emoji.php/v9/1f389.png" alt="🎉"></button>Party <img src="https://static.xx.fbcdn.net/images/emoji.php/v9/t/1f600.png" alt="😀"> time</div>
      <div id="d" role="button"><span>S p o n s o r e d</span><svg><text>Ad</text></svg><span style="visibility:hidden">hidden</span><p>Line one<br>Line two</p></div>
      <div id="e">8<!-- comment -->4736251 <span>a b c d e</span><b>ab</b> <img src="/emoji.php/x.png" alt="1 2 3 4"><img src="/photo.jpg" alt="A photo"></div>
      <div id="f"><span hidden>secret</span><span class="sr-only">twin</span><template><b>t</b></template><ul><li>one</li><li>two…</li></ul><div role="button">…See more</div></div>`;
    expect(expectSameOnEveryElement(document)).toBeGreaterThan(20);
    const locale = facebookLocale(document);
    expect(readableText(document.getElementById('a') as Element, locale)).toBe('Hello world');
    expect(readableText(document.getElementById('c') as Element, locale)).toBe('Party 😀 time');
  });
});
