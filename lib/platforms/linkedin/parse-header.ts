/**
 * The company page header: name, followers, employee band, industry. The top-card info items
 * come unlabelled and in varying order, so each is classified by what it says (dom-facts §1.5).
 */
import type { PageHeaderObservation } from '../types';
import { parseBand, parseLabelledCount } from '../shared/parse-count';
import { cleanText } from '../shared/text';
import { firstMatch } from '../shared/visible-text';
import type { LinkedInLocale } from './locale';
import { COMPANY_HEADER } from './selectors';

export function readCompanyHeader(doc: Document, locale: LinkedInLocale): PageHeaderObservation | null {
  const nameEl = firstMatch(doc, COMPANY_HEADER.name);
  const items = Array.from(doc.querySelectorAll(COMPANY_HEADER.infoItems)).map((el) => cleanText(el.textContent ?? ''));
  const aboutSize = doc.querySelector(COMPANY_HEADER.aboutSize)?.textContent;
  if (!nameEl && items.length === 0 && !aboutSize) return null;

  let followers: number | null = null;
  let employeeBand = aboutSize ? parseBand(aboutSize) : null;
  let industry: string | null = cleanText(doc.querySelector(COMPANY_HEADER.aboutIndustry)?.textContent ?? '') || null;
  const employeesWord = new RegExp(`(?:${locale.employees})`, 'iu');
  for (const item of items) {
    const followerCount = parseLabelledCount(item, locale.followers);
    if (followerCount !== null) {
      followers ??= followerCount;
    } else if (employeesWord.test(item)) {
      employeeBand ??= parseBand(item);
    } else if (!industry && item && !/\d/.test(item)) {
      // The first unlabelled, number-free item is the industry (location comes after it).
      industry = item;
    }
  }
  return {
    name: nameEl ? cleanText(nameEl.textContent ?? '') || null : null,
    followers,
    employeeBand,
    industry,
  };
}
