/**
 * The page header: name, followers, employee band, industry (companies) and followers (people).
 *
 * Legacy company top card first: its info items come unlabelled and in varying order, so each is
 * classified by what it says (dom-facts §1.5). Where those classes are absent (the SDUI company
 * page, whose top card was never captured [U], and the recent-activity side card) the same
 * classification runs over the short text lines of the page outside its post cards: the name is
 * the first heading, and industry the first number-free item on the followers line.
 */
import type { PageHeaderObservation, PageTarget } from '../types';
import { parseBand, parseLabelledCount } from '../shared/parse-count';
import { cleanText, cleanTextOf } from '../shared/text';
import { firstMatch } from '../shared/visible-text';
import type { LinkedInLocale } from './locale';
import { HEADER, LEGACY } from './selectors';
import { queryAll } from '../shared/query-all';

interface Line {
  el: Element;
  text: string;
}

/** Short text lines of the page outside post cards, navigation and sidebars; capped. */
function headerLines(doc: Document): Line[] {
  const region = firstMatch(doc, HEADER.region);
  if (!region) return [];
  const skip = `${HEADER.notHeader}, ${LEGACY.card}, ${LEGACY.update}`;
  const lines: Line[] = [];
  const walker = doc.createTreeWalker(region, 1 /* SHOW_ELEMENT */, {
    acceptNode: (node) => ((node as Element).matches(skip) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let node = walker.nextNode(); node && lines.length < 400; node = walker.nextNode()) {
    const el = node as Element;
    if (el.childElementCount > 0 || el.matches('.visually-hidden, button')) continue;
    const text = cleanTextOf(el);
    if (text && text.length <= 120) lines.push({ el, text });
  }
  return lines;
}

function isIndustryCandidate(text: string, name: string | null): boolean {
  return text !== name && !/\d/.test(text) && !/^[·•|,]$/.test(text) && text.length <= 60;
}

function classify(items: Line[], locale: LinkedInLocale, name: string | null): Omit<PageHeaderObservation, 'name'> {
  let followers: number | null = null;
  let employeeBand: PageHeaderObservation['employeeBand'] = null;
  let followersLine: Element | null = null;
  const employeesWord = new RegExp(`(?:${locale.employees})(?![\\p{L}])`, 'iu');
  for (const item of items) {
    const count = parseLabelledCount(item.text, locale.followers, locale.lang);
    if (count !== null && followers === null) {
      followers = count;
      followersLine = item.el.parentElement;
    } else if (employeesWord.test(item.text)) {
      employeeBand ??= parseBand(item.text);
    }
  }
  // The industry shares the followers line and comes first on it (legacy order: industry,
  // location, followers, employees). [U] for SDUI.
  const line = followersLine ? items.filter((item) => followersLine?.contains(item.el)) : [];
  const industry = line.find((item) => isIndustryCandidate(item.text, name))?.text ?? null;
  return { followers, employeeBand, industry };
}

function legacyCompany(doc: Document, locale: LinkedInLocale): PageHeaderObservation | null {
  const nameEl = firstMatch(doc, HEADER.legacyName);
  const items = queryAll(doc, HEADER.infoItems).map((el) => ({ el, text: cleanTextOf(el) }));
  const aboutSize = doc.querySelector(HEADER.aboutSize)?.textContent;
  if (!nameEl && items.length === 0 && !aboutSize) return null;
  const name = nameEl ? cleanTextOf(nameEl) || null : null;
  const classified = classify(items, locale, name);
  const aboutIndustry = cleanText(doc.querySelector(HEADER.aboutIndustry)?.textContent ?? '') || null;
  return {
    name,
    followers: classified.followers,
    employeeBand: classified.employeeBand ?? (aboutSize ? parseBand(aboutSize) : null),
    // Legacy items are not one "line" element; the first number-free item is the industry.
    industry: aboutIndustry ?? items.find((item) => isIndustryCandidate(item.text, name))?.text ?? null,
  };
}

function genericHeader(doc: Document, locale: LinkedInLocale, withCompanyFields: boolean): PageHeaderObservation | null {
  const lines = headerLines(doc);
  const nameEl = firstMatch(doc, HEADER.name);
  const name = nameEl && !nameEl.closest(`${HEADER.notHeader}, ${LEGACY.card}`) ? cleanTextOf(nameEl) || null : null;
  const classified = classify(lines, locale, name);
  if (!name && classified.followers === null) return null;
  return withCompanyFields
    ? { name, ...classified }
    : { name, followers: classified.followers, employeeBand: null, industry: null };
}

export function readHeader(doc: Document, target: PageTarget, locale: LinkedInLocale): PageHeaderObservation | null {
  if (target.surface === 'company') return legacyCompany(doc, locale) ?? genericHeader(doc, locale, true);
  if (target.surface === 'profile') return genericHeader(doc, locale, false);
  return null;
}
