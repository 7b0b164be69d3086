/**
 * Who wrote the post: name, page and whether it is a company or a person.
 *
 * Name, first hit wins: the control-menu label ("Open control menu for post by <Name>", both
 * generations 2024 → 2026), the legacy actor title, then the author link (its avatar's
 * "View <Name>’s profile" label, or its first text line without degree and badges).
 * Link: the legacy actor link, else the first own `/in/` or `/company/` link that is not part of
 * the "X likes this" / "X reposted this" header, which names someone else (dom-facts §1.4).
 */
import type { PageKind } from '../../analysis/model';
import { cleanText } from '../shared/text';
import { firstMatch } from '../shared/visible-text';
import { LINKEDIN_LOCALES, nameFromControlMenu, type LinkedInLocale } from './locale';
import { authorPageOf } from './page-kind';
import { TEXT_ZONE, firstOwn, inZone, lineOf, own, spacedText, type CardScope } from './scope';
import { LEGACY, PROFILE_LINK } from './selectors';
import { CONTROL_MENU } from './cards';
import { queryAll, remember } from '../shared/query-all';

export interface Author {
  name: string | null;
  pageKey: string | null;
  kind: PageKind | null;
  /** Canonical profile or company URL. */
  url: string | null;
}


/** A name line without the degree, badges and bullets that follow it in author blocks. */
export function cleanName(raw: string, locale: LinkedInLocale): string {
  let name = cleanText(raw).split(/\s[•·]\s?|\s?[•·]\s/)[0] ?? '';
  for (const suffix of new Set([locale.nameSuffix, LINKEDIN_LOCALES.en.nameSuffix])) {
    for (let previous = ''; previous !== name; ) {
      previous = name;
      name = name.replace(suffix, '').trim();
    }
  }
  return name;
}

/** "View Ada Lovelace’s profile" (img alt or svg aria-label) → "Ada Lovelace". */
export function nameFromAvatarLabel(label: string | null | undefined, locale: LinkedInLocale): string | null {
  if (!label) return null;
  for (const pattern of new Set([locale.viewProfile, LINKEDIN_LOCALES.en.viewProfile])) {
    const match = pattern.exec(cleanText(label));
    const name = match?.slice(1).find((group) => group !== undefined);
    if (name) return name.trim();
  }
  return null;
}

/** The header line above the actor that names someone else ("Ada likes this"). */
export function inSocialHeader(el: Element, scope: CardScope): boolean {
  if (el.closest(LEGACY.header)) return true;
  const line = lineOf(el, scope);
  return line !== null && line.text.length < 160 && scope.locale.socialHeader.test(line.text);
}

/** The name a profile link shows: its avatar label, else its first text line. */
export function nameInLink(link: Element, locale: LinkedInLocale): string | null {
  for (const labelled of queryAll(link, 'img[alt], [aria-label]')) {
    const name = nameFromAvatarLabel(labelled.getAttribute('alt') ?? labelled.getAttribute('aria-label'), locale);
    if (name) return name;
  }
  // The first line: its visible copy when LinkedIn marks one, else the first paragraph.
  const line = firstMatch(link, ['[aria-hidden="true"]', 'p', 'span']) ?? link;
  const name = cleanName(spacedText(line), locale);
  return name || null;
}

function authorLinks(scope: CardScope): Element[] {
  const legacy = firstOwn(scope, LEGACY.actorLink);
  if (legacy) return [legacy];
  // Mentions in the text are links to people too, never the author.
  return own(scope, PROFILE_LINK).filter((link) => !inZone(scope, link, TEXT_ZONE) && !inSocialHeader(link, scope));
}

export function readAuthor(scope: CardScope): Author {
  const links = authorLinks(scope);
  // Each link's name is asked for twice below; reading it is a query and a few regexes.
  const names = new Map<Element, string | null>();
  const nameOf = (link: Element): string | null => remember(names, link, () => nameInLink(link, scope.locale));
  const legacyTitle = firstOwn(scope, LEGACY.actorName);
  const name =
    nameFromControlMenu(own(scope, CONTROL_MENU)[0]?.getAttribute('aria-label')) ??
    (legacyTitle ? cleanName(legacyTitle.textContent ?? '', scope.locale) || null : null) ??
    links.map(nameOf).find((n) => n !== null) ??
    null;
  // Prefer the link that shows the author's name; the first one otherwise (the avatar link).
  const named = name ? links.find((link) => nameOf(link)?.toLowerCase() === name.toLowerCase()) : undefined;
  const page = authorPageOf((named ?? links[0])?.getAttribute('href'));
  return { name, pageKey: page?.pageKey ?? null, kind: page?.kind ?? null, url: page?.url ?? null };
}
