/**
 * Reads one Facebook post card into a PostObservation, field by field, from the post's own part
 * of the card (card-scope.ts). Works on both markup generations: every hook here is a role, an
 * aria-label, a data attribute Facebook uses itself, a tag or a URL shape (selectors.ts).
 */
import type { MediaKind } from '../../analysis/model';
import type { CardResult, PostObservation } from '../types';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText, hashtagsInText, isDecoyText } from '../shared/text';
import { type CardScope, inMessage, ownAll, scopeOf } from './card-scope';
import { markupOf } from './find-cards';
import { FACEBOOK_LOCALES, type FacebookLocale } from './locale';
import { pageRefOf } from './page-kind';
import { readComments } from './parse-comments';
import { readCounts } from './parse-counts';
import { isPostLink, postIdOf, resolveHref } from './post-identity';
import { remembered } from './remembered';
import { readableLine, readableText } from './readable-text';
import { POST, POST_URL } from './selectors';

const MESSAGE = POST.message.join(',');
const FACEBOOK_HOSTS = /(?:^|\.)(?:facebook\.com|fb\.com|fb\.me|fbcdn\.net)$/i;

interface Author {
  name: string | null;
  pageKey: string | null;
}

/** A person's or page's name: not a decoy, not a number, not a time or a count. */
function isNameLike(text: string, now: number): boolean {
  return (
    text.length >= 2 &&
    text.length <= 80 &&
    !isDecoyText(text) &&
    !/^[\d\s.,:+-]+$/.test(text) &&
    parseRelativeTime(text, now) === null
  );
}

/** readableLine of a card's elements, each read once per card (the author link is read twice). */
type LineOf = (el: Element) => string;

function linesOf(locale: FacebookLocale): LineOf {
  const lines = new Map<Element, string>();
  return (el) => {
    let line = lines.get(el);
    if (line === undefined) {
      line = readableLine(el, locale);
      lines.set(el, line);
    }
    return line;
  };
}

/** The post link an href points at, or null: parsed once per href (a card asks twice). */
const postLinkOf = remembered((href: string): URL | null => {
  const url = resolveHref(href);
  return url && isPostLink(url) ? url : null;
});

/** The header's links, selector by selector, searched only as far as the caller reads. */
function* headerLinks(scope: CardScope): Generator<Element> {
  for (const selector of POST.authorLink) yield* ownAll(scope, selector);
}

function authorOf(scope: CardScope, lineOf: LineOf, now: number): Author {
  for (const el of headerLinks(scope)) {
    const link = el.closest('a[href]') ?? el;
    if (inMessage(scope, link)) continue;
    const name = lineOf(link);
    const href = link.getAttribute('href');
    if (href && postLinkOf(href)) continue;
    if (isNameLike(name, now)) return { name, pageKey: pageRefOf(href)?.key ?? null };
  }
  // No heading: any link to a page with a name-like text (OpenCLI feed.js fallback, 2026-07).
  for (const link of ownAll(scope, POST.anyLink)) {
    const ref = pageRefOf(link.getAttribute('href'));
    const name = lineOf(link);
    if (ref && !inMessage(scope, link) && isNameLike(name, now)) return { name, pageKey: ref.key };
  }
  return { name: null, pageKey: null };
}

/** The time label is the text (or label) of a link in the header: "2h", "Yesterday at 3:45 PM". */
function publishedAtOf(scope: CardScope, lineOf: LineOf, now: number): number | null {
  for (const link of ownAll(scope, 'a')) {
    if (inMessage(scope, link)) continue;
    const time = parseRelativeTime(lineOf(link), now) ?? parseRelativeTime(link.getAttribute('aria-label') ?? '', now);
    if (time !== null) return time;
  }
  return null;
}

/** The longest text block that is not a name, button, time or count (dom-facts §6). */
function longestBlock(scope: CardScope, locale: FacebookLocale, author: Author, now: number): string {
  let longest = '';
  for (const block of ownAll(scope, POST.textBlock)) {
    if (block.closest(`a,[role=button],${POST.authorHeading}`) || block.querySelector(POST.authorHeading)) continue;
    const text = readableText(block, locale);
    const line = cleanText(text);
    if (line === author.name || locale.postButtons.test(line) || parseRelativeTime(line, now) !== null) continue;
    if (/^\S*\d\S*\s+\p{L}+$/u.test(line) || /^[^:]{1,30}:\s*\S+$/u.test(line)) continue; // "12 comments", "All reactions: 5"
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

function hashtagsOf(scope: CardScope, text: string): string[] {
  const fromText = hashtagsInText(text);
  if (fromText.length > 0) return [...new Set(fromText)];
  const fromLinks = ownAll(scope, POST.hashtagLink)
    .map((a) => /\/hashtag\/([^/?#]+)/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((tag): tag is string => Boolean(tag))
    .map((tag) => decodeURIComponent(tag));
  return [...new Set(fromLinks)];
}

/** Outbound links, unwrapped from l.facebook.com and stripped of Facebook's tracking. */
const outboundOf = remembered(outboundOfHref);

function outboundOfHref(href: string | null): string | null {
  let url = resolveHref(href);
  if (url && /^l\.facebook\.com$/i.test(url.hostname)) url = resolveHref(url.searchParams.get('u'));
  if (!url || FACEBOOK_HOSTS.test(url.hostname)) return null;
  for (const name of [...url.searchParams.keys()]) {
    if (POST_URL.tracking.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

function linksOf(scope: CardScope): string[] {
  const links = ownAll(scope, 'a[href]').map((a) => outboundOf(a.getAttribute('href') as string));
  return [...new Set(links.filter((link): link is string => link !== null))];
}

const ANY_MEDIA = `${POST.video},${POST.linkPreview},${POST.image}`;

/** One search for all three kinds; the kinds keep their order of precedence. */
function mediaOf(scope: CardScope): MediaKind {
  const media = ownAll(scope, ANY_MEDIA);
  if (media.some((el) => el.matches(POST.video))) return 'video';
  if (media.some((el) => el.matches(POST.linkPreview))) return 'article';
  if (media.length > 0) return 'image';
  return 'none';
}

/** The locales' "Sponsored" words, as a whole line and anywhere in a text. */
const SPONSORED_WORDS = Object.values(FACEBOOK_LOCALES)
  .map((l) => l.sponsored)
  .join('|');
const SPONSORED_LINE = new RegExp(`^(?:${SPONSORED_WORDS})$`, 'i');
const SPONSORED_IN = new RegExp(SPONSORED_WORDS, 'i');

/** Ads hide their "Sponsored" label behind aria-labelledby or in a short span (dom-facts §2.2). */
function isSponsored(scope: CardScope): boolean {
  const says = (raw: string | null | undefined) => SPONSORED_LINE.test(cleanText(raw ?? ''));
  const { card } = scope;
  const labelled = (el: Element) =>
    says(el.getAttribute('aria-label')) ||
    (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => says(card.ownerDocument.getElementById(id)?.textContent));
  const short = (el: Element) => {
    const text = el.textContent as string;
    return text.length <= 24 && says(text);
  };
  // A span's or link's text is a piece of the card's text. NFKD takes each character apart on
  // its own, so a piece whose cleanText is the word (folded letters, invisibles) still holds it
  // letter by letter in the card's text, decomposed, once the format characters (a superset of
  // cleanText's invisibles) are out. One text for the card instead of one per span and link,
  // which were most of this check's cost.
  return (
    ownAll(scope, POST.labelled).some(labelled) ||
    (SPONSORED_IN.test((card.textContent as string).normalize('NFKD').replace(/\p{Cf}/gu, '')) &&
      ownAll(scope, POST.sponsoredHints).some(short))
  );
}

export function readPost(card: Element, locale: FacebookLocale, now: number): CardResult {
  const markup = markupOf(card);
  const scope = scopeOf(card);
  if (isSponsored(scope)) return { kind: 'skipped', reason: 'promoted', markup };

  const lineOf = linesOf(locale);
  const author = authorOf(scope, lineOf, now);
  const message = ownAll(scope, MESSAGE)[0];
  const text = message ? readableText(message, locale) : longestBlock(scope, locale, author, now);
  const publishedAt = publishedAtOf(scope, lineOf, now);
  if (!author.name && !text && publishedAt === null) return { kind: 'skipped', reason: 'not-a-post', markup };

  const links = linksOf(scope);
  const postLinks = ownAll(scope, 'a[href]')
    .map((a) => postLinkOf(a.getAttribute('href') as string))
    .filter((url): url is URL => url !== null);
  const id = postIdOf({ postLinks, author: author.pageKey ?? author.name, text, firstLink: links[0] ?? null });
  if (!id) return { kind: 'skipped', reason: 'unreadable', markup };

  const mediaKind = mediaOf(scope);
  const isReshare = scope.shared !== null;
  const counts = readCounts(scope, locale);
  const missing: string[] = [];
  if (!author.name) missing.push('author');
  if (publishedAt === null) missing.push('publishedAt');
  if (!text && !message && !isReshare && mediaKind === 'none') missing.push('text');
  for (const field of ['reactions', 'comments', 'reposts'] as const) {
    if (counts[field] === null) missing.push(field);
  }

  const post: PostObservation = {
    id,
    authorPageKey: author.pageKey,
    authorName: author.name,
    // A Page and a person look alike in a post; the page header or the user decides.
    authorKind: null,
    publishedAt,
    publishedAtApprox: publishedAt !== null,
    text,
    hashtags: hashtagsOf(scope, text),
    links,
    mediaKind,
    isReshare,
    counts,
    comments: readComments(scope, locale, author, now),
    missing,
  };
  return { kind: 'post', post, markup };
}
