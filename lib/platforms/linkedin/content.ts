/**
 * What the post says and shows: text, hashtags, links, media kind, and whether it is a reshare or
 * an ad. All read from the post's own elements (scope.ts), never from its comments or from the
 * original a reshare embeds.
 */
import type { MediaKind } from '../../analysis/model';
import { cleanText, hashtagsInText } from '../shared/text';
import { visibleText } from '../shared/visible-text';
import { COMMENT_ZONE, RESHARE, TEXT_ZONE, firstOwn, inZone, isLeaf, lineOf, own, type CardScope } from './scope';
import { LEGACY, OUTBOUND, SDUI } from './selectors';

const HASHTAG_LINK = 'a[href*="/feed/hashtag/"], a[href*="keywords=%23"], a[href*="keywords=#"]';
/** Never part of the text: the "…more" controls of both generations. */
const NOT_TEXT = `${SDUI.textMore}, ${LEGACY.seeMore}`;

export interface PostText {
  el: Element | null;
  text: string;
}

/** "hashtag#DesignOps" (a screen-reader word LinkedIn puts in the link) → "#DesignOps". */
function hashtagOfLink(link: Element): string | null {
  const shown = cleanText(link.textContent ?? '');
  const afterHash = shown.includes('#') ? shown.slice(shown.lastIndexOf('#') + 1) : '';
  if (afterHash) return afterHash;
  const href = link.getAttribute('href') ?? '';
  try {
    return new URL(href, 'https://www.linkedin.com').searchParams.get('keywords')?.replace(/^#/, '') || null;
  } catch {
    return null;
  }
}

export function readText(scope: CardScope): PostText {
  const el = firstOwn(scope, [SDUI.text, ...LEGACY.text]);
  if (!el) return { el: null, text: '' };
  // Read a copy whose hashtag links are plain "#tag": their hidden "hashtag" word has a hashed
  // class in SDUI, so visibleText could not tell it from visible text.
  const copy = el.cloneNode(true) as Element;
  for (const link of Array.from(copy.querySelectorAll(HASHTAG_LINK))) {
    const tag = hashtagOfLink(link);
    if (tag) link.replaceWith(copy.ownerDocument.createTextNode(`#${tag}`));
  }
  return { el, text: visibleText(copy, NOT_TEXT) };
}

/** Hashtags in order of appearance, original case, each once. */
export function hashtagsOf(text: string): string[] {
  const seen = new Set<string>();
  return hashtagsInText(text).filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function outbound(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const offSite = !OUTBOUND.linkedinHost.test(url.hostname) || url.pathname.startsWith(OUTBOUND.redirectPath);
  return offSite || url.hostname === OUTBOUND.shortener ? url.href : null;
}

/** Links that leave LinkedIn, from the text and from the post's own link preview. */
export function linksOf(scope: CardScope): string[] {
  const links = new Set<string>();
  for (const a of own(scope, 'a[href]')) {
    const href = outbound(a.getAttribute('href') ?? '');
    if (href) links.add(href);
  }
  return [...links];
}

const MEDIA_ORDER: readonly MediaKind[] = ['video', 'document', 'poll', 'article', 'image'];

function mediaSelector(kind: MediaKind): string {
  const parts = [...LEGACY.media, ...SDUI.media].filter(([k]) => k === kind).map(([, selector]) => selector);
  return parts.join(', ');
}

/** An off-site link that shows a picture outside the text: a link preview, i.e. an article. */
function hasLinkPreview(scope: CardScope): boolean {
  return own(scope, 'a[href] img').some((img) => {
    const link = img.closest('a[href]');
    return link !== null && !inZone(scope, link, TEXT_ZONE) && outbound(link.getAttribute('href') ?? '') !== null;
  });
}

function hasPollVotes(scope: CardScope): boolean {
  const votes = new RegExp(String.raw`\d\s*(?:${scope.locale.pollVotes})(?![\p{L}])`, 'iu');
  return own(scope, '*').some((el) => isLeaf(el) && !inZone(scope, el, TEXT_ZONE) && votes.test(el.textContent ?? ''));
}

/** dom-facts §6: a post image is an `img` of 200 px or more outside the author block (avatars are
 *  48 px, reaction icons 16 px); its alt text is localised, its size is not. */
function hasLargeImage(scope: CardScope): boolean {
  return own(scope, 'img').some((img) => {
    if (img.closest('a[href*="/in/"], a[href*="/company/"]')) return false;
    const width = Number(img.getAttribute('width')) || img.getBoundingClientRect().width;
    return width >= 200;
  });
}

export function mediaOf(scope: CardScope): MediaKind {
  for (const kind of MEDIA_ORDER) {
    if (own(scope, mediaSelector(kind)).length > 0) return kind;
    if (kind === 'poll' && hasPollVotes(scope)) return kind;
    if (kind === 'article' && hasLinkPreview(scope)) return kind;
    if (kind === 'image' && hasLargeImage(scope)) return kind;
  }
  return 'none';
}

/** Short own lines outside the text: header, actor block, labels. */
function ownLines(scope: CardScope): string[] {
  return own(scope, 'p, span, div, h2, h3')
    .filter((el) => isLeaf(el) && !inZone(scope, el, TEXT_ZONE))
    .map((el) => cleanText(el.textContent ?? ''))
    .filter((text) => text.length > 0 && text.length < 160);
}

/** The header line above the actor ("Ada reposted this"), whichever generation. */
export function headerText(scope: CardScope): string {
  const legacy = own(scope, LEGACY.header)[0];
  if (legacy) return cleanText(legacy.textContent ?? '');
  for (const link of own(scope, 'a[href*="/in/"], a[href*="/company/"]')) {
    const line = lineOf(link, scope.card);
    if (line && line.text.length < 160 && scope.locale.socialHeader.test(line.text)) return line.text;
  }
  return '';
}

export function isReshare(scope: CardScope, header: string): boolean {
  const embedded = Array.from(scope.card.querySelectorAll(RESHARE)).some((el) => !el.closest(COMMENT_ZONE));
  return embedded || scope.locale.reposted.test(header);
}

export function isPromoted(scope: CardScope): boolean {
  if (own(scope, SDUI.sponsoredLabel).length > 0) return true;
  return ownLines(scope).some((line) => scope.locale.promoted.test(line));
}
