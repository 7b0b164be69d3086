/**
 * The header of a Page or profile (dom-facts §2.4): its name, followers ("1.2M followers",
 * "1,2K volgers") and the category of a Page ("Page · Bakery"). Read from `[role="main"]` outside
 * the post cards. The Page's likes ("4.3K likes", "vind-ik-leuks") are another number: followers
 * that cannot be read are null, never the likes.
 */
import type { PageHeaderObservation } from '../types';
import { parseLabelledCount } from '../shared/parse-count';
import { cleanText } from '../shared/text';
import { findCards } from './find-cards';
import type { FacebookLocale } from './locale';
import { readableLine } from './readable-text';
import { HEADER } from './selectors';

/** Short texts of main outside the post cards, in document order. */
function headerStrings(main: Element): string[] {
  const cards = new Set(findCards(main));
  const strings: string[] = [];
  const walker = main.ownerDocument.createTreeWalker(main, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => (cards.has(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.length > 0 && text.length <= 60) strings.push(cleanText(text));
  }
  return strings;
}

function nameOf(doc: Document, locale: FacebookLocale): string | null {
  const heading = doc.querySelector(HEADER.name);
  const name = heading ? readableLine(heading, locale) : '';
  if (name) return name;
  for (const selector of HEADER.avatarLabel) {
    const label = cleanText(doc.querySelector(selector)?.getAttribute('aria-label') ?? '');
    if (label) return label;
  }
  return null;
}

function firstCount(strings: readonly string[], labels: string, lang: string): number | null {
  for (const s of strings) {
    const value = parseLabelledCount(s, labels, lang);
    if (value !== null) return value;
  }
  return null;
}

function categoryOf(doc: Document, strings: readonly string[], locale: FacebookLocale): string | null {
  for (const s of strings) {
    const category = locale.pageCategory.exec(s)?.[1];
    if (category) return cleanText(category);
  }
  const link = doc.querySelector(HEADER.categoryLink);
  return link ? cleanText(link.textContent ?? '') || null : null;
}

export function readPageHeader(doc: Document, locale: FacebookLocale): PageHeaderObservation | null {
  const main = doc.querySelector(HEADER.main);
  if (!main) return null;
  const strings = headerStrings(main);
  const linkText = (selector: string) => cleanText(doc.querySelector(selector)?.textContent ?? '');
  const followers =
    parseLabelledCount(linkText(HEADER.followersLink), locale.followers, locale.lang) ??
    firstCount(strings, locale.followers, locale.lang);
  const name = nameOf(doc, locale);
  const industry = categoryOf(doc, strings, locale);
  if (name === null && followers === null && industry === null) return null;
  return { name, followers, employeeBand: null, industry };
}
