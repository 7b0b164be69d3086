/**
 * Reads one legacy (Ember/BEM, `data-urn`) LinkedIn post card into a PostObservation, per field.
 * The SDUI generation gets its own parser beside this one; reader.ts picks per card.
 */
import type { MediaKind } from '../../analysis/model';
import type { CardResult, PostObservation } from '../types';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText, hashtagsInText } from '../shared/text';
import { firstMatch, visibleText } from '../shared/visible-text';
import { idFromUrn, timeFromActivityId } from './activity-id';
import { companySlug, companyPageKey } from './page-kind';
import type { LinkedInLocale } from './locale';
import { readLegacyCounts } from './parse-counts';
import { LEGACY } from './selectors';

const LINKEDIN_HOST = /(^|\.)linkedin\.com$/i;

function cardUrn(card: Element): string | null {
  return card.getAttribute('data-urn') ?? card.querySelector('[data-urn]')?.getAttribute('data-urn') ?? card.getAttribute('data-id');
}

function authorOf(card: Element): { name: string | null; pageKey: string | null; kind: 'brand' | 'person' | null } {
  const nameEl = firstMatch(card, LEGACY.actorName);
  let name = nameEl ? cleanText(nameEl.textContent ?? '') : null;
  if (!name) {
    const menu = card.querySelector(LEGACY.controlMenu)?.getAttribute('aria-label');
    name = menu ? cleanText(menu.replace(/^Open control menu for post by /, '')) : null;
  }
  const href = firstMatch(card, LEGACY.actorLink)?.getAttribute('href') ?? null;
  if (!href) return { name: name || null, pageKey: null, kind: null };
  const url = new URL(href, 'https://www.linkedin.com');
  const slug = companySlug(url);
  if (slug) return { name: name || null, pageKey: companyPageKey(slug), kind: 'brand' };
  const person = /^\/in\/([^/]+)/.exec(url.pathname)?.[1];
  return {
    name: name || null,
    pageKey: person ? `linkedin:in/${decodeURIComponent(person).toLowerCase()}` : null,
    kind: person ? 'person' : null,
  };
}

function hashtagsOf(textEl: Element | null, text: string): string[] {
  const fromLinks: string[] = [];
  for (const a of Array.from(textEl?.querySelectorAll(LEGACY.hashtagLink) ?? [])) {
    const href = a.getAttribute('href') ?? '';
    const keyword = new URL(href, 'https://www.linkedin.com').searchParams.get('keywords');
    const tag = keyword?.replace(/^#/, '');
    if (tag) fromLinks.push(tag);
  }
  return fromLinks.length > 0 ? fromLinks : hashtagsInText(text);
}

function linksOf(textEl: Element | null): string[] {
  const links: string[] = [];
  for (const a of Array.from(textEl?.querySelectorAll('a[href]') ?? [])) {
    const href = a.getAttribute('href') ?? '';
    if (!/^https?:/i.test(href)) continue;
    const url = new URL(href);
    const external = !LINKEDIN_HOST.test(url.hostname) || url.pathname.startsWith('/redir/');
    if (external || url.hostname === 'lnkd.in') links.push(href);
  }
  return links;
}

function mediaOf(card: Element): MediaKind {
  for (const [kind, selector] of LEGACY.media) {
    if (card.querySelector(selector)) return kind;
  }
  return 'none';
}

export function readLegacyCard(card: Element, locale: LinkedInLocale, now: number): CardResult {
  const urn = idFromUrn(cardUrn(card));
  const subDescription = card.querySelector(LEGACY.actorSubDescription);
  const subText = cleanText(subDescription?.textContent ?? '');
  if (Array.from(card.querySelectorAll(`${LEGACY.actorSubDescription} span, ${LEGACY.actorSubDescription}`)).some((el) => locale.promoted.test(el.textContent ?? ''))) {
    return { kind: 'skipped', reason: 'promoted', markup: 'legacy' };
  }
  if (!urn) return { kind: 'skipped', reason: 'unreadable', markup: 'legacy' };

  const missing: string[] = [];
  const author = authorOf(card);
  if (!author.name) missing.push('author');

  let publishedAt = urn.type === 'aggregate' ? null : timeFromActivityId(urn.id);
  let publishedAtApprox = false;
  if (publishedAt === null) {
    publishedAt = parseRelativeTime(subText, now);
    publishedAtApprox = publishedAt !== null;
  }
  if (publishedAt === null) missing.push('publishedAt');

  // A reshare embeds the original; only the resharer's own commentary belongs to this post.
  const reshareEl = card.querySelector(LEGACY.reshare);
  const textEl = Array.from(card.querySelectorAll(LEGACY.text.join(', '))).find((el) => !reshareEl?.contains(el)) ?? null;
  const text = textEl ? visibleText(textEl) : '';
  const header = cleanText(card.querySelector(LEGACY.header)?.textContent ?? '');
  const isReshare = reshareEl !== null || locale.reposted.test(header);
  if (!textEl && !isReshare) missing.push('text');

  const counts = readLegacyCounts(card, locale);
  for (const field of ['reactions', 'comments', 'reposts'] as const) {
    if (counts[field] === null) missing.push(field);
  }

  const post: PostObservation = {
    id: `li:${urn.id}`,
    authorPageKey: author.pageKey,
    authorName: author.name,
    authorKind: author.kind,
    publishedAt,
    publishedAtApprox,
    text,
    hashtags: hashtagsOf(textEl, text),
    links: linksOf(textEl),
    mediaKind: mediaOf(reshareEl ? cloneWithout(card, reshareEl) : card),
    isReshare,
    counts,
    comments: [],
    missing,
  };
  return { kind: 'post', post, markup: 'legacy' };
}

/** The card without the embedded reshare, so the original's media isn't counted as the resharer's. */
function cloneWithout(card: Element, inner: Element): Element {
  const copy = card.cloneNode(true) as Element;
  const path: number[] = [];
  for (let node: Element | null = inner; node && node !== card; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement?.children ?? [], node));
  }
  let target: Element | undefined = copy;
  for (const index of path) target = target?.children[index];
  target?.remove();
  return copy;
}
