/**
 * Reactions / comments / reposts / impressions of one card, per field, from aria-labels and count
 * sentences ("2,948 reactions", "13 comments on X’s post": the texts that survived the 2026
 * rewrite, lhremote PR #803), parsed by the one locale-aware number parser.
 *
 * Never invents a number:
 * - LinkedIn leaves out "0 comments" / "0 reposts" and shows no counts at all on a post nobody
 *   touched: that absence is what the user sees, and it is read as 0 (the key signal "many likes,
 *   no comments" depends on it). Only when the card evidently rendered its social area, though:
 *   its Like/Comment bar is there. Another count alone is no proof: a half-rendered card (or a
 *   changed layout) shows some counts and not others.
 * - A count sentence we do not understand ("241 Kommentare") might be exactly the missing count,
 *   so then nothing is filled in: null, reported missing (dom-facts §6: "reject a row that exists
 *   but yields all zeros"). Cards whose counts cannot be read at all come back all null, and the
 *   popup says the layout may have changed instead of scoring zeros.
 */
import type { CountsObservation } from '../types';
import { looksLikeCount, parseCount, parseLabelledCount } from '../shared/parse-count';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText, cleanTextOf } from '../shared/text';
import type { LinkedInLocale } from './locale';
import { FOREIGN, MEDIA, TEXT_ZONE, inZone, isLeaf, own, partsOf, type CardScope } from './scope';
import { LEGACY, PROFILE_LINK } from './selectors';
import { CONTROL_MENU } from './cards';
import { queryAll, remember } from '../shared/query-all';

type Field = keyof CountsObservation;
const FIELDS: readonly Field[] = ['reactions', 'comments', 'reposts', 'impressions'];

/** What the strings of a card (or of one part of it) say about its counts. */
export interface Reading {
  labelled: Partial<Record<Field, number>>;
  /** Numbers without a label: LinkedIn's reactions count beside the icons. */
  bare: number[];
  /** "Jane Doe and 23 others" → 24 (the named person plus the others). [U] whether that is all. */
  othersReacted: number | null;
  /** A number followed by a word that none of our labels knows, or a number we cannot read
   *  ("99999999999", "1,2 B" in a language without suffix table). */
  unknown: boolean;
  /** Fields shown but not readable: labelled with two different numbers (Dutch "reacties" names
   *  both reactions and comments, and which is which cannot be told), or their display is there
   *  with a number we cannot read. Null, never 0. */
  unreadable: Set<Field>;
}

/** Media (scope.ts) and link previews: their titles and durations ("5 lessons from…", "12 pages")
 *  are not counts, and would otherwise look like count sentences we do not understand. */
const OFF_SITE_LINK = 'a[href^="http"]:not([href*="linkedin.com"])';

/** Where counts never sit in a card: author block, header, menus, times (the text and media are
 *  in NEVER_COUNTS below). NOT_COUNTS is checked as these zones, each looked up once per read and
 *  shared with what else asks for it: lying in NOT_COUNTS is lying in one of them. */
const AUTHOR_AND_MENUS = `${PROFILE_LINK}, ${LEGACY.header}, .update-components-actor, time, ${CONTROL_MENU}`;
// A zone of every counts read: the author and header readers' own queries are picked out of it.
partsOf(AUTHOR_AND_MENUS, [PROFILE_LINK, LEGACY.header, CONTROL_MENU]);
/** Strings in a card that never carry engagement, as one selector (the order of a selector list
 *  does not change what it matches). */
export const NOT_COUNTS = `${TEXT_ZONE}, ${AUTHOR_AND_MENUS}, ${MEDIA}, ${OFF_SITE_LINK}`;

/** A string that may carry a count, and the number shown beside reaction icons in its control
 *  (null: the control shows icons and a number we cannot read, so none of its strings is trusted). */
export interface CountString {
  text: string;
  iconCount?: number | null;
}

/** A number (however garbled, with a short suffix or not) followed by a word: a count sentence. */
const COUNT_SENTENCE = /\d[^\p{L}]*\p{L}{0,4}\.?\s*\p{L}{3,}/u;

/** What a string says on its own, whatever control it sits in: everything readStrings asks of a
 *  text that does not depend on its neighbours, in the order it asks. */
interface Verdict {
  labelled: { field: Field; value: number } | null;
  /** parseCount of the text, looked up only when asked. */
  plain?: number | null;
  /** For an unlabelled text, what the rest of the chain makes of it: "others reacted", a bare
   *  number, a count we do not understand, or nothing (a time, a non-engagement count, words). */
  rest?: { kind: 'others' | 'bare'; value: number } | { kind: 'unknown' | 'none' };
}

/**
 * Verdicts per locale and text. Cards repeat their strings ("Like", "12 comments" and its
 * screen-reader twin, "2d •"), and each verdict takes up to a dozen regexes; they depend only on
 * the text and the locale, so a repeated string costs one lookup. Bounded: emptied when full.
 */
const verdicts = new WeakMap<LinkedInLocale, Map<string, Verdict>>();
const VERDICTS_KEPT = 2000;

function verdictOf(text: string, locale: LinkedInLocale): Verdict {
  const cache = remember(verdicts, locale, () => new Map<string, Verdict>());
  if (cache.size >= VERDICTS_KEPT) cache.clear();
  return remember(cache, text, () => ({ labelled: labelledCount(text, locale) }));
}

function plainCount(verdict: Verdict, text: string, locale: LinkedInLocale): number | null {
  if (verdict.plain === undefined) verdict.plain = parseCount(text, locale.lang);
  return verdict.plain;
}

/** The unlabelled chain: others reacted, a time, a bare number, a non-engagement count, unknown. */
function restOf(verdict: Verdict, text: string, locale: LinkedInLocale): NonNullable<Verdict['rest']> {
  if (verdict.rest) return verdict.rest;
  const others = locale.othersReacted.exec(text)?.[1];
  const othersCount = others ? parseCount(others, locale.lang) : null;
  const ignored = [locale.followers, locale.connections, locale.employees, locale.pollVotes, locale.notEngagement];
  let rest: NonNullable<Verdict['rest']>;
  if (othersCount !== null) rest = { kind: 'others', value: othersCount };
  // Before bare numbers: "2m" is two minutes on LinkedIn, not two million.
  else if (isTimeLabel(text)) rest = { kind: 'none' };
  else {
    const bare = plainCount(verdict, text, locale);
    if (bare !== null) rest = { kind: 'bare', value: bare };
    else if (ignored.some((labels) => parseLabelledCount(text, labels, locale.lang) !== null)) rest = { kind: 'none' };
    else rest = { kind: COUNT_SENTENCE.test(text) || looksLikeCount(text) ? 'unknown' : 'none' };
  }
  verdict.rest = rest;
  return rest;
}

const DIGIT = /\d/;
const NON_ASCII = /[\u0080-\uFFFF]/;

export function readStrings(strings: Iterable<CountString>, locale: LinkedInLocale): Reading {
  const reading: Reading = { labelled: {}, bare: [], othersReacted: null, unknown: false, unreadable: new Set() };
  const put = (field: Field, value: number) => {
    const known = reading.labelled[field];
    if (known === undefined) reading.labelled[field] = value;
    else if (known !== value) reading.unreadable.add(field);
  };
  // Every count is printed twice (visible and screen-reader copy): read each string once.
  const seen = new Set<string>();
  for (const item of strings) {
    // Most strings are words ("Like", names): a plain-ASCII string without a digit has none after
    // cleaning either (cleaning an ASCII string only folds its spaces), so it is not cleaned.
    if (!DIGIT.test(item.text) && !NON_ASCII.test(item.text)) continue;
    const text = cleanText(item.text);
    const key = `${item.iconCount ?? ''}|${text}`;
    if (!DIGIT.test(text) || text.length > 120 || seen.has(key)) continue;
    seen.add(key);
    const verdict = verdictOf(text, locale);
    const labelled = verdict.labelled;
    if (item.iconCount === null) {
      // The number beside the icons is garbled: a copy that says "reactions" still reads, but
      // "1.234 reacties" there is no comments count (Dutch names both so).
      if (labelled?.field === 'reactions') put('reactions', labelled.value);
      else reading.unknown = true;
      continue;
    }
    // The number beside the reaction icons is the reactions count whatever its screen-reader copy
    // says: Dutch may well say "reacties", the word LinkedIn NL uses for comments [U].
    if (item.iconCount !== undefined && (labelled?.value ?? plainCount(verdict, text, locale)) === item.iconCount) {
      put('reactions', item.iconCount);
      continue;
    }
    if (labelled) {
      put(labelled.field, labelled.value);
      continue;
    }
    const rest = restOf(verdict, text, locale);
    if (rest.kind === 'others') reading.othersReacted ??= rest.value + 1;
    else if (rest.kind === 'bare') reading.bare.push(rest.value);
    else if (rest.kind === 'unknown') reading.unknown = true;
  }
  return reading;
}

function labelledCount(text: string, locale: LinkedInLocale): { field: Field; value: number } | null {
  for (const field of FIELDS) {
    const value = parseLabelledCount(text, locale[field], locale.lang);
    if (value !== null) return { field, value };
  }
  return null;
}

/** "2d •", "1w", "5 min": times, not counts. Only whether it parses matters, not when. */
function isTimeLabel(text: string): boolean {
  return parseRelativeTime(text.split(/[•·]/)[0] ?? '', 0) !== null;
}

const CONTROL = 'button, [role="button"]';

/** The bare number a control shows beside reaction icons (`img`/`svg`), if it is such a control. */
function iconCountOf(control: Element | null, cache: Map<Element, number | null | undefined>, lang: string | undefined): number | null | undefined {
  if (!control) return undefined;
  if (!cache.has(control)) {
    const leaves = control.querySelector('img, svg') ? queryAll(control, '*').filter(isLeaf).map(cleanTextOf) : [];
    const bare = leaves.map((leaf) => parseCount(leaf, lang)).find((n) => n !== null);
    cache.set(control, bare ?? (leaves.some((leaf) => looksLikeCount(leaf)) ? null : undefined));
  }
  return cache.get(control);
}

/** The aria-labels and leaf texts of elements that may carry a count; `skip` rules out those
 *  that never do (author block, header, text, times). */
export function countStrings(elements: Element[], skip: (el: Element) => boolean, lang?: string): CountString[] {
  const strings: CountString[] = [];
  const iconCounts = new Map<Element, number | null | undefined>();
  for (const el of elements) {
    const label = el.getAttribute('aria-label');
    const isText = isLeaf(el);
    if ((!label && !isText) || skip(el)) continue;
    const iconCount = iconCountOf(el.closest(CONTROL), iconCounts, lang);
    const extra = iconCount === undefined ? {} : { iconCount };
    if (label) strings.push({ text: label, ...extra });
    if (isText) strings.push({ text: el.textContent ?? '', ...extra });
  }
  return strings;
}

/** A comment's control (its reactions count, Like, Reply), by its label. */
function aboutComment(scope: CardScope, el: Element): boolean {
  const label = el.closest('[aria-label]')?.getAttribute('aria-label');
  return !!label && scope.locale.aboutComment.test(cleanText(label));
}

/** Elements that are never the post's counts wherever they sit: its text, media, off-site links. */
const NEVER_COUNTS: readonly string[] = [TEXT_ZONE, MEDIA, OFF_SITE_LINK];
const NOT_COUNTS_ZONES: readonly string[] = [...NEVER_COUNTS, AUTHOR_AND_MENUS];

/**
 * The count strings of the card's own elements (optionally only those under `within`), outside
 * `zones` (where counts do not sit: NOT_COUNTS unless told otherwise) and `alsoSkip`.
 */
function cardStrings(scope: CardScope, within?: Element, alsoSkip?: string, zones = NOT_COUNTS_ZONES): CountString[] {
  const elements = queryAll(within ?? scope.card, '*');
  const skip = (el: Element) =>
    inZone(scope, el, FOREIGN) || zones.some((zone) => inZone(scope, el, zone)) || (alsoSkip !== undefined && inZone(scope, el, alsoSkip)) || aboutComment(scope, el);
  return countStrings(elements, skip, scope.locale.lang);
}

/** The Like / Comment / Repost bar: proof that the card rendered its social area. */
function hasActionBar(scope: CardScope): boolean {
  const { locale } = scope;
  const selector = remember(actionBars, locale, () => [LEGACY.actionBar, ...locale.actionBarLabels.map((label) => `[aria-label^="${label}"]`)].join(', '));
  return own(scope, selector).length > 0;
}
const actionBars = new WeakMap<LinkedInLocale, string>();

/** The field's labelled count; undefined when unlabelled, null when shown but unreadable. */
export function labelledOf(reading: Reading, field: Field): number | null | undefined {
  return reading.unreadable.has(field) ? null : reading.labelled[field];
}

/**
 * A missing count is 0 only when the action bar proves the card rendered its social area, nothing
 * in it is unread, and no string of the post anywhere (`elsewhere`: also where counts never sit,
 * such as a control that now claims to be the menu) says that count: then it is shown, not absent.
 */
function settle(scope: CardScope, reading: Reading): CountsObservation {
  const impressions = labelledOf(reading, 'impressions') ?? null;
  const labelledReactions = labelledOf(reading, 'reactions');
  const reactions = labelledReactions === undefined ? (reading.bare[0] ?? reading.othersReacted ?? undefined) : labelledReactions;
  const counts = { reactions, comments: labelledOf(reading, 'comments'), reposts: labelledOf(reading, 'reposts') };
  const absent = (['reactions', 'comments', 'reposts'] as const).filter((field) => counts[field] === undefined);
  // An unreadable field may hold another's number (Dutch "reacties": reactions or comments), so
  // then nothing is zeroed either.
  if (absent.length > 0 && !reading.unknown && reading.unreadable.size === 0 && hasActionBar(scope)) {
    const elsewhere = readStrings(cardStrings(scope, undefined, undefined, NEVER_COUNTS), scope.locale);
    for (const field of absent) {
      if (elsewhere.labelled[field] === undefined && !elsewhere.unreadable.has(field)) counts[field] = 0;
    }
  }
  return { reactions: counts.reactions ?? null, comments: counts.comments ?? null, reposts: counts.reposts ?? null, impressions };
}

/**
 * Legacy counts row: each count sits in its own item, so each field reads only its own item. When
 * the reactions item cannot be told apart (its classes changed), the row reads as a whole.
 */
function legacyReading(scope: CardScope, row: Element): Reading {
  const reactionsItem = own(scope, LEGACY.reactionsItem)[0];
  const reading = readStrings(cardStrings(scope, row, reactionsItem ? LEGACY.reactionsItem : undefined), scope.locale);
  const button = own(scope, LEGACY.reactionsButton)[0];
  const count = own(scope, LEGACY.reactionsCount)[0];
  const proof = own(scope, LEGACY.socialProofNumber)[0]?.closest('span, div, li');
  if (!reactionsItem && !button && !count && !proof) return reading;
  // Another item never holds the reactions count, whatever its words say (Dutch "reacties").
  delete reading.labelled.reactions;
  reading.unreadable.delete('reactions');
  reading.bare = [];
  const item = reactionsItem ? readStrings(cardStrings(scope, reactionsItem), scope.locale) : null;
  const reactions =
    parseLabelledCount(button?.getAttribute('aria-label'), scope.locale.reactions, scope.locale.lang) ??
    parseCount(count?.textContent, scope.locale.lang) ??
    item?.bare[0] ??
    item?.labelled.reactions ??
    (proof ? readStrings([{ text: proof.textContent ?? '' }], scope.locale).othersReacted : null);
  // The reactions item is there: its number is the count, or it is unreadable (not 0).
  if (reactions !== null) reading.labelled.reactions = reactions;
  else reading.unreadable.add('reactions');
  return reading;
}

export function readCounts(scope: CardScope): CountsObservation {
  const row = own(scope, LEGACY.countsRow)[0];
  if (!row) return settle(scope, readStrings(cardStrings(scope), scope.locale));
  const reading = legacyReading(scope, row);
  // Own-post impressions sit outside the legacy row (in SDUI they are among the card's strings).
  const impressions = own(scope, LEGACY.impressions).flatMap((el) => countStrings([el, ...queryAll(el, '*')], () => false, scope.locale.lang));
  const impressionsCount = labelledOf(readStrings(impressions, scope.locale), 'impressions');
  if (impressionsCount === null) reading.unreadable.add('impressions');
  else if (impressionsCount !== undefined) reading.labelled.impressions = impressionsCount;
  else delete reading.labelled.impressions;
  return settle(scope, reading);
}
