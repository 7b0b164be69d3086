/**
 * What the post says and shows: text, hashtags, links, media kind, and whether it is a reshare or
 * an ad. All read from the post's own elements (scope.ts), never from its comments or from the
 * original a reshare embeds.
 */
import type { MediaKind } from '../../analysis/model';
import { hashtagsInText, cleanTextOf } from '../shared/text';
import { visibleText } from '../shared/visible-text';
import { COMMENT_ZONE, MEDIA, below, NOT_TEXT, RESHARE, TEXT_ZONE, firstOwn, inZone, isLeaf, lineOf, own, type CardScope } from './scope';
import { LEGACY, OUTBOUND, PROFILE_LINK, SDUI } from './selectors';
import { queryAll, remember } from '../shared/query-all';

const HASHTAG_LINK = 'a[href*="/feed/hashtag/"], a[href*="keywords=%23"], a[href*="keywords=#"]';

export interface PostText {
  el: Element | null;
  text: string;
}

/** "hashtag#DesignOps" (a screen-reader word LinkedIn puts in the link) → "#DesignOps". */
function hashtagOfLink(link: Element): string | null {
  const shown = cleanTextOf(link);
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
  // Hashtag links read as plain "#tag": their hidden "hashtag" word has a hashed class in SDUI, so
  // visibleText could not tell it from visible text. (Until issue 7 this rewrote a copy of el.)
  const tags = new Map<Element, string>();
  for (const link of queryAll(el, HASHTAG_LINK)) {
    const tag = hashtagOfLink(link);
    if (tag) tags.set(link, `#${tag}`);
  }
  return { el, text: visibleText(el, NOT_TEXT, tags) };
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

/**
 * A link into LinkedIn's own pages, told without building a URL: a path ("/in/ada"; not "//host"
 * nor a slash and a backslash, which browsers read as another host) or the full
 * https://www.linkedin.com/ form,
 * free of the tab and newline characters URL parsing deletes, stays on www.linkedin.com. Without
 * the letters "redir" anywhere its path cannot become /redir/ either (dot segments only remove
 * text, escapes are kept as they are), so outbound() would find it on site: null.
 */
const SURELY_ON_SITE = /^(?:https:\/\/www\.linkedin\.com\/|\/(?![/\\]))[^\t\n\r]*$/;

function outbound(href: string): string | null {
  if (SURELY_ON_SITE.test(href) && !href.includes('redir')) return null;
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

/** [kind, selector] of both generations. */
const MEDIA_HOOKS = [...LEGACY.media, ...SDUI.media];

/** An off-site link that shows a picture outside the text: a link preview, i.e. an article. */
function hasLinkPreview(scope: CardScope): boolean {
  return own(scope, 'a[href] img').some((img) => {
    const link = img.closest('a[href]');
    return link !== null && !inZone(scope, link, TEXT_ZONE) && outbound(link.getAttribute('href') ?? '') !== null;
  });
}

/** Per votes label: the leaf pattern and the same without its end, which a leaf's match also
 *  satisfies inside the card's whole text (the leaf's text is a piece of it). */
const pollPatterns = new Map<string, { leaf: RegExp; anywhere: RegExp }>();

function pollPatternsOf(votes: string): { leaf: RegExp; anywhere: RegExp } {
  const core = String.raw`\d\s*(?:${votes})`;
  return remember(pollPatterns, votes, () => ({ leaf: new RegExp(`${core}(?![\\p{L}])`, 'iu'), anywhere: new RegExp(core, 'iu') }));
}

function hasPollVotes(scope: CardScope): boolean {
  const votes = pollPatternsOf(scope.locale.pollVotes);
  // Most cards say nothing about votes anywhere: one test of the whole text instead of every leaf.
  if (!votes.anywhere.test(scope.card.textContent ?? '')) return false;
  return own(scope, '*').some((el) => isLeaf(el) && !inZone(scope, el, TEXT_ZONE) && votes.leaf.test(el.textContent ?? ''));
}

/** dom-facts §6: a post image is an `img` of 200 px or more outside the author block (avatars are
 *  48 px, reaction icons 16 px); its alt text is localised, its size is not. */
function hasLargeImage(scope: CardScope): boolean {
  return own(scope, 'img').some((img) => {
    if (img.closest(PROFILE_LINK)) return false;
    const width = Number(img.getAttribute('width')) || img.getBoundingClientRect().width;
    return width >= 200;
  });
}

export function mediaOf(scope: CardScope): MediaKind {
  const media = own(scope, MEDIA);
  for (const kind of MEDIA_ORDER) {
    // The kind's own elements are those of all media that match one of the kind's selectors.
    if (MEDIA_HOOKS.some(([k, selector]) => k === kind && media.some((el) => el.matches(selector)))) return kind;
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
    .map(cleanTextOf)
    .filter((text) => text.length > 0 && text.length < 160);
}

/** The header line above the actor ("Ada reposted this"), whichever generation. */
export function headerText(scope: CardScope): string {
  const legacy = own(scope, LEGACY.header)[0];
  if (legacy) return cleanTextOf(legacy);
  for (const link of own(scope, PROFILE_LINK)) {
    const line = lineOf(link, scope);
    if (line && line.text.length < 160 && scope.locale.socialHeader.test(line.text)) return line.text;
  }
  return '';
}

export function isReshare(scope: CardScope, header: string): boolean {
  const embedded = below(scope, RESHARE).some((el) => !el.closest(COMMENT_ZONE));
  return embedded || scope.locale.reposted.test(header);
}

export function isPromoted(scope: CardScope): boolean {
  if (own(scope, SDUI.sponsoredLabel).length > 0) return true;
  return ownLines(scope).some((line) => scope.locale.promoted.test(line));
}
