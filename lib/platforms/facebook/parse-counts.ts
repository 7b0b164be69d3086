/**
 * Reactions, comments and shares of one post, per field, from aria-labels and short count
 * sentences of the post itself (never from its text, comments or an embedded shared post):
 * "All reactions:50K", "5.9K comments", "2.4K shares", Dutch
 * "Alle reacties: 1,2K", "12 opmerkingen", "3 keer gedeeld" (dom-facts §2.2, §3).
 *
 * Facebook prints no "0 comments": a post nobody reacted to shows only its buttons. So a missing
 * count reads as zero only when the buttons prove the footer rendered and no count sentence in the
 * footer went unread (it could be that very count, in words we do not know), and never when its own
 * label is there without a readable number. Otherwise null.
 */
import type { CountsObservation } from '../types';
import { COUNT_PATTERN, looksLikeCount, parseCount, parseLabelledCount } from '../shared/parse-count';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText, isDecoyText } from '../shared/text';
import { type CardScope, inMessage, isOwn, ownAll } from './card-scope';
import type { FacebookLocale } from './locale';
import { POST } from './selectors';

/** Longer strings are sentences of the post, not count labels. */
const MAX_LABEL_LENGTH = 80;

/**
 * The text nodes of el, cleaned, without decoys. Kept apart rather than joined: a visible count
 * and its hidden twin ("All reactions:" "342" "342") joined by a space would read as "342 342",
 * a grouped 342342.
 */
function textTokens(el: Element, keep: (parent: Element) => boolean): string[] {
  const tokens: string[] = [];
  // Text nodes of one parent come in runs: keep() is asked once per run, and before the text is
  // cleaned, so the post's own text (not kept) is never cleaned at all.
  let lastParent: Element | null = null;
  let lastKept = false;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      lastKept = keep(parent);
    }
    if (!lastKept) continue;
    const text = cleanText(node.nodeValue ?? '');
    if (text && text.length <= MAX_LABEL_LENGTH && !isDecoyText(text)) tokens.push(text);
  }
  return tokens;
}

/**
 * A count split over two nodes: "All reactions:" + "50K", or "5" + "comments". Never two numbers
 * ("342" + "190 comments" is not 342190 comments), nor a number and the Like button after it.
 */
function splitCount(token: string, next: string, locale: FacebookLocale): boolean {
  if (token.endsWith(':')) return true;
  return parseCount(token, locale.lang) !== null && !/\d/.test(next) && !locale.postButtons.test(next);
}

/** Short strings of the post's own footer area: aria-labels, then text nodes in document order. */
export function countStrings(scope: CardScope, locale: FacebookLocale): string[] {
  const own = (el: Element) => isOwn(scope, el) && !inMessage(scope, el);
  const strings = ownAll(scope, '[aria-label]')
    .filter(own)
    .map((el) => cleanText(el.getAttribute('aria-label') ?? ''));
  const tokens = textTokens(scope.card, own);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    strings.push(next !== undefined && splitCount(token, next, locale) ? `${token} ${next}` : token);
  });
  return strings;
}

function first(strings: readonly string[], read: (s: string) => number | null): number | null {
  for (const s of strings) {
    const value = read(s);
    if (value !== null) return value;
  }
  return null;
}

/**
 * "Like: 46K people", "Love: 3.7K people": per-type labels. Only the top types have icons, so
 * their sum is no total (and compact rounding makes it inexact): they only prove reactions exist.
 */
function perTypeShown(strings: readonly string[], locale: FacebookLocale): boolean {
  return strings.some((s) => /^[^:\d]{1,30}:/u.test(s) && parseLabelledCount(s, locale.reactionPeople, locale.lang) !== null);
}

function legacyBareCount(scope: CardScope, lang: string): number | null {
  for (const el of ownAll(scope, POST.legacyReactionCount)) {
    for (const token of textTokens(el, () => true)) {
      const value = parseCount(token, lang);
      if (value !== null) return value;
    }
  }
  return null;
}

/** The count shapes of a locale, built once per locale rather than once per card. */
interface CountShapes {
  /** "All reactions: N" starts with its label. */
  totalFirst: RegExp;
  /** "N comments" / "N shares" start with the number. */
  countFirst: RegExp;
  /** A number and a word of three letters or more: a count sentence, read or not. */
  countSentence: RegExp;
  /** "N comments" where a count sentence does not start, or with a number we cannot read. */
  commentsShown: RegExp;
  sharesShown: RegExp;
}

const shapesByLocale = new WeakMap<FacebookLocale, CountShapes>();

function shownPattern(labels: string): RegExp {
  return new RegExp(String.raw`\d[^\p{L}]*\p{L}{0,4}\.?\s*(?:${labels})(?![\p{L}])`, 'iu');
}

function shapesOf(locale: FacebookLocale): CountShapes {
  let shapes = shapesByLocale.get(locale);
  if (!shapes) {
    shapes = {
      totalFirst: new RegExp(String.raw`^(?:${locale.allReactions})\s*:`, 'iu'),
      countFirst: new RegExp(String.raw`^${COUNT_PATTERN}\s*\p{L}`, 'iu'),
      countSentence: new RegExp(String.raw`^${COUNT_PATTERN}\s*\p{L}{3,}`, 'iu'),
      commentsShown: shownPattern(locale.comments),
      sharesShown: shownPattern(locale.shares),
    };
    shapesByLocale.set(locale, shapes);
  }
  return shapes;
}

/**
 * Warm-up steps for the collector (lib/collector/warm-up.ts): the locale's count shapes are large
 * Unicode patterns that V8 compiles on their first run and again, to native code, on the second;
 * one shape per step, so the first card read on a page does not pay for all five at once.
 */
export function* countShapesWarmUp(locale: FacebookLocale): Generator<void> {
  for (const shape of Object.values(shapesOf(locale))) {
    // V8 compiles a pattern once per kind of string it meets, and the page's text often comes in
    // two-byte strings ("…" or an emoji in the node): for those, the Unicode letter classes are the
    // big part. A text of each kind, the two-byte one twice (compiled to native code on the second).
    for (const text of ['1 a', '1 a…', '1 a…']) shape.test(text);
    // The decoy test's Unicode pattern rides along (two-byte: the big one), native by the second step.
    isDecoyText('a b c…');
    yield;
  }
}

/** "12 Kommentare" and the like: a count sentence none of our labels reads. */
function hasUnreadCount(strings: readonly string[], locale: FacebookLocale): boolean {
  const labels = [locale.allReactions, locale.reactionPeople, locale.comments, locale.shares];
  const countFirst = shapesOf(locale).countSentence;
  return strings.some(
    (s) =>
      countFirst.test(s) &&
      parseRelativeTime(s, 0) === null &&
      labels.every((l) => parseLabelledCount(s, l, locale.lang) === null),
  );
}

export function readCounts(scope: CardScope, locale: FacebookLocale): CountsObservation {
  const strings = countStrings(scope, locale);
  // "All reactions: N" starts with its label; "N comments" / "N shares" start with the number.
  // Anchoring keeps a neighbouring "April 28" or "Alle reacties:" from lending its number.
  const { totalFirst, countFirst, commentsShown, sharesShown } = shapesOf(locale);
  const labelled = (labels: string, shape: RegExp) => (s: string) =>
    shape.test(s) ? parseLabelledCount(s, labels, locale.lang) : null;

  let reactions = first(strings, labelled(locale.allReactions, totalFirst)) ?? legacyBareCount(scope, locale.lang);
  let comments = first(strings, labelled(locale.comments, countFirst));
  let reposts = first(strings, labelled(locale.shares, countFirst));

  const footerRendered = strings.some((s) => locale.postButtons.test(s));
  if (footerRendered && !hasUnreadCount(strings, locale)) {
    // A count is 0 only where nothing shows it. "All reactions:" without a number we can read
    // ("All reactions:" + "28 comments" is not 28, nor is a planted digit run a count), per-type
    // labels without the total, or a bare number we did not place: reactions are shown, unknown.
    const notTime = (s: string) => parseRelativeTime(s, 0) === null;
    const reactionsShown =
      strings.some((s) => totalFirst.test(s) || (notTime(s) && looksLikeCount(s))) || perTypeShown(strings, locale);
    if (!reactionsShown) reactions ??= 0;
    // "N comments" where a count sentence does not start ("תגובות 28 comments"), or with a number
    // we cannot read ("5.9KK comments"): shown, unknown.
    const shown = (labels: string, sentence: RegExp) =>
      strings.some((s) => sentence.test(s) || parseLabelledCount(s, labels, locale.lang) !== null);
    if (!shown(locale.comments, commentsShown)) comments ??= 0;
    if (!shown(locale.shares, sharesShown)) reposts ??= 0;
  }
  return { reactions, comments, reposts, impressions: null };
}
