/**
 * Reactions, comments and shares of one post, per field, from aria-labels and short count
 * sentences of the post itself (never from its text, comments or an embedded shared post):
 * "All reactions:50K", "Like: 46K people", "5.9K comments", "2.4K shares", Dutch
 * "Alle reacties: 1,2K", "12 opmerkingen", "3 keer gedeeld" (dom-facts §2.2, §3).
 *
 * Facebook prints no "0 comments": a post nobody reacted to shows only its buttons. So a missing
 * count reads as zero only when the buttons prove the footer rendered and no count sentence in the
 * footer went unread (it could be that very count, in words we do not know). Otherwise null.
 */
import type { CountsObservation } from '../types';
import { COUNT_PATTERN, parseCount, parseLabelledCount } from '../shared/parse-count';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText, isDecoyText } from '../shared/text';
import { type CardScope, ownAll } from './card-scope';
import type { FacebookLocale } from './locale';
import { POST } from './selectors';

/** Longer strings are sentences of the post, not count labels. */
const MAX_LABEL_LENGTH = 80;

/** Text of el with a space between nodes ("All reactions:" + "50K"), decoy nodes left out. */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (!isDecoyText(value)) parts.push(value);
  }
  return cleanText(parts.join(' '));
}

/** Short labels and texts of the post's own footer area, in document order. */
export function countStrings(scope: CardScope): string[] {
  const message = POST.message.join(', ');
  const strings: string[] = [];
  for (const el of ownAll(scope, '*')) {
    if (el.closest(message)) continue;
    const label = el.getAttribute('aria-label');
    if (label) strings.push(cleanText(label));
    if ((el.textContent ?? '').length <= MAX_LABEL_LENGTH) {
      const text = spacedText(el);
      if (text) strings.push(text);
    }
  }
  return strings;
}

function first(strings: readonly string[], read: (s: string) => number | null): number | null {
  for (const s of strings) {
    const value = read(s);
    if (value !== null) return value;
  }
  return null;
}

/** "Like: 46K people" + "Love: 3.7K people": only the top types have icons, so a lower bound. */
function perTypeSum(strings: readonly string[], locale: FacebookLocale): number | null {
  const seen = new Set<string>();
  let sum: number | null = null;
  for (const s of strings) {
    if (seen.has(s) || !/^[^:\d]{1,30}:/u.test(s)) continue;
    const value = parseLabelledCount(s, locale.reactionPeople);
    if (value === null) continue;
    seen.add(s);
    sum = (sum ?? 0) + value;
  }
  return sum;
}

function legacyBareCount(scope: CardScope): number | null {
  for (const el of ownAll(scope, POST.legacyReactionCount)) {
    const value = parseCount(el.textContent);
    if (value !== null) return value;
  }
  return null;
}

/** "12 Kommentare" and the like: a count sentence none of our labels reads. */
function hasUnreadCount(strings: readonly string[], locale: FacebookLocale): boolean {
  const labels = [locale.allReactions, locale.reactionPeople, locale.comments, locale.shares];
  const countFirst = new RegExp(String.raw`^${COUNT_PATTERN}\s*\p{L}{3,}`, 'iu');
  return strings.some(
    (s) =>
      countFirst.test(s) &&
      parseRelativeTime(s, 0) === null &&
      labels.every((l) => parseLabelledCount(s, l) === null),
  );
}

export function readCounts(scope: CardScope, locale: FacebookLocale): CountsObservation {
  const strings = countStrings(scope);
  const total = (s: string) => parseLabelledCount(s, locale.allReactions);
  let reactions = first(strings, total) ?? perTypeSum(strings, locale) ?? legacyBareCount(scope);
  // "Alle reacties: 1,2K" must not be read as comments or shares by a loose label.
  const notTotal = (read: (s: string) => number | null) => (s: string) => (total(s) === null ? read(s) : null);
  let comments = first(strings, notTotal((s) => parseLabelledCount(s, locale.comments)));
  let reposts = first(strings, notTotal((s) => parseLabelledCount(s, locale.shares)));

  const footerRendered = strings.some((s) => locale.postButtons.test(s));
  if (footerRendered && !hasUnreadCount(strings, locale)) {
    reactions ??= 0;
    comments ??= 0;
    reposts ??= 0;
  }
  return { reactions, comments, reposts, impressions: null };
}
