/**
 * Reads reactions / comments / reposts / impressions of one card, per field, from aria-labels and
 * count sentences. Never invents a number: a counts row that yields nothing is "unreadable" (null),
 * not zero (dom-facts §6 "reject a row that exists but yields all zeros").
 */
import type { CountsObservation } from '../types';
import { parseCount, parseLabelledCount } from '../shared/parse-count';
import { cleanText } from '../shared/text';
import type { LinkedInLocale } from './locale';
import { LEGACY } from './selectors';

/** Short strings in the counts row that may carry a count: aria-labels first (exact), then text. */
function countStrings(row: Element): string[] {
  const strings: string[] = [];
  for (const el of Array.from(row.querySelectorAll('[aria-label]'))) {
    strings.push(el.getAttribute('aria-label') ?? '');
  }
  for (const el of Array.from(row.querySelectorAll(LEGACY.countItems))) {
    strings.push(cleanText(el.textContent ?? ''));
  }
  return strings;
}

function firstLabelled(strings: string[], labels: string): number | null {
  for (const s of strings) {
    const value = parseLabelledCount(s, labels);
    if (value !== null) return value;
  }
  return null;
}

function legacyReactions(card: Element, strings: string[], locale: LinkedInLocale): number | null {
  const button = card.querySelector(LEGACY.reactionsButton);
  const fromLabel = parseLabelledCount(button?.getAttribute('aria-label'), locale.reactions);
  if (fromLabel !== null) return fromLabel;
  // The bare visible number next to the reaction icons is language independent.
  const bare = parseCount(card.querySelector(LEGACY.reactionsCount)?.textContent);
  if (bare !== null) return bare;
  const labelled = firstLabelled(strings, locale.reactions);
  if (labelled !== null) return labelled;
  // "Jane Doe and 23 others": the total is the named person plus the others.
  const proof = cleanText(card.querySelector(LEGACY.socialProofNumber)?.textContent ?? '');
  const others = /(\d[\d.,]*)\s+\S+$/.exec(proof);
  const n = others?.[1] ? parseCount(others[1]) : null;
  return n === null ? null : n + 1;
}

/** A "N <word>" string in the row whose word is none of our labels (e.g. "241 Kommentare"). */
function hasUnknownCount(strings: string[], locale: LinkedInLocale): boolean {
  const known = [locale.reactions, locale.comments, locale.reposts, locale.impressions];
  return strings.some(
    (s) =>
      /\d\s*\p{L}{3,}/u.test(s) &&
      parseCount(s) === null &&
      known.every((labels) => parseLabelledCount(s, labels) === null) &&
      !/\band\b|\ben\b/i.test(s), // social proof "Jane and 23 others" / "Jan en 23 anderen"
  );
}

export function readLegacyCounts(card: Element, locale: LinkedInLocale): CountsObservation {
  const row = card.querySelector(LEGACY.countsRow);
  const impressionsEl = card.querySelector(LEGACY.impressions);
  const impressions = impressionsEl ? parseLabelledCount(impressionsEl.textContent, locale.impressions) : null;
  if (!row) {
    // LinkedIn shows no counts row at all on a post nobody reacted to. Only when the action bar
    // proves the card rendered completely do we read that absence as zero.
    const rendered = card.querySelector(LEGACY.actionBar) !== null;
    return rendered
      ? { reactions: 0, comments: 0, reposts: 0, impressions }
      : { reactions: null, comments: null, reposts: null, impressions };
  }
  const strings = countStrings(row);
  const reactions = legacyReactions(card, strings, locale);
  let comments = firstLabelled(strings, locale.comments);
  let reposts = firstLabelled(strings, locale.reposts);
  // Within a row we could read, LinkedIn omits "0 comments" / "0 reposts" rather than print them;
  // but a count sentence we do not understand (another language) might be exactly those counts.
  if ((reactions !== null || comments !== null || reposts !== null) && !hasUnknownCount(strings, locale)) {
    comments ??= 0;
    reposts ??= 0;
  }
  return { reactions, comments, reposts, impressions };
}
