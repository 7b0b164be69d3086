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
import { CARD, HEADER } from './selectors';

/** Every card is or holds its post menu or an article: an element with neither holds no card. */
const CARD_SIGN = `${CARD.postActions}, ${CARD.article}`;

/**
 * Is el one of findCards(main)? The cards are looked for only once the walk reaches an element
 * that could be or hold one: the header above the feed is answered without finding every card.
 */
function cardTest(main: Element): (el: Element) => boolean {
  let cards: Set<Element> | null = null;
  let cardFree: Element | null = null;
  return (el) => {
    if (!cards) {
      if (cardFree?.contains(el)) return false;
      if (!el.matches(CARD_SIGN) && !el.querySelector(CARD_SIGN)) {
        cardFree = el;
        return false;
      }
      cards = new Set(findCards(main));
    }
    return cards.has(el);
  };
}

/**
 * Short texts of main outside the post cards, in document order, produced one at a time: the
 * header sits at the top of main, so the readers below usually stop after a few strings instead of
 * taking the textContent of every element of a long feed.
 */
function* headerStrings(main: Element): Generator<string> {
  const isCard = cardTest(main);
  const walker = main.ownerDocument.createTreeWalker(main, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => (isCard(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.length > 0 && text.length <= 60) yield cleanText(text);
  }
}

/** The first followers count and the first "Page · <category>" line among strings (one pass). */
function countAndCategory(strings: Iterable<string>, locale: FacebookLocale, needFollowers: boolean): { followers: number | null; category: string | null } {
  let followers: number | null = null;
  let category: string | null = null;
  for (const s of strings) {
    if (needFollowers && followers === null) followers = parseLabelledCount(s, locale.followers, locale.lang);
    if (category === null) category = categoryIn(s, locale);
    if ((followers !== null || !needFollowers) && category !== null) break;
  }
  return { followers, category };
}

function categoryIn(s: string, locale: FacebookLocale): string | null {
  const category = locale.pageCategory.exec(s)?.[1];
  return category ? cleanText(category) : null;
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

export function readPageHeader(doc: Document, locale: FacebookLocale): PageHeaderObservation | null {
  const main = doc.querySelector(HEADER.main);
  if (!main) return null;
  const linkText = (selector: string) => cleanText(doc.querySelector(selector)?.textContent ?? '');
  const fromLink = parseLabelledCount(linkText(HEADER.followersLink), locale.followers, locale.lang);
  // The first matching string wins for each field, so one pass that stops once both are found
  // gives what two full passes gave.
  const found = countAndCategory(headerStrings(main), locale, fromLink === null);
  const followers = fromLink ?? found.followers;
  const name = nameOf(doc, locale);
  const industry = found.category ?? categoryLinkText(doc);
  if (name === null && followers === null && industry === null) return null;
  return { name, followers, employeeBand: null, industry };
}

function categoryLinkText(doc: Document): string | null {
  const link = doc.querySelector(HEADER.categoryLink);
  return link ? cleanText(link.textContent ?? '') || null : null;
}
