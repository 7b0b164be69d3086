/**
 * The fuzz oracle: what the reader says about the unmutated page is the truth; after mutation
 * every count must be that truth or null (never a number the page did not show for that post),
 * or 0 exactly where the page now shows that post's count as absent (see `zeroByConvention`).
 * Cards are tagged before mutation, so a post is followed even when its id, classes or position
 * change.
 */
import { isOwn, scopeOf } from '../../../lib/platforms/facebook/card-scope';
import { FACEBOOK_LOCALES } from '../../../lib/platforms/facebook/locale';
import { LINKEDIN_LOCALES, linkedinLocale } from '../../../lib/platforms/linkedin/locale';
import { FOREIGN, cardScope, inZone } from '../../../lib/platforms/linkedin/scope';
import { parseCount, parseLabelledCount } from '../../../lib/platforms/shared/parse-count';
import { parseRelativeTime } from '../../../lib/platforms/shared/relative-time';
import { cleanText } from '../../../lib/platforms/shared/text';
import type { CardResult, PageHeaderObservation, PlatformReader } from '../../../lib/platforms/types';
import { FUZZ_ATTR, LABEL_TAGS } from './mutate';

export const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const COUNT_FIELDS = ['reactions', 'comments', 'reposts', 'impressions'] as const;

export interface CardTruth {
  kind: CardResult['kind'];
  counts: Record<(typeof COUNT_FIELDS)[number], number | null> | null;
  commentReactions: Map<string, number | null>;
}

export interface Truth {
  cards: Map<string, CardTruth>;
  followers: number | null;
}

/**
 * Evidence tags, set on the unmutated page: which elements show which post count (in their text,
 * or in their aria-label: that tag travels with the label when the fuzz swaps labels), which
 * elements are the post's action bar, and on the card which counts it showed at all.
 */
const SHOWS_TEXT = 'data-echt-shows';
const SHOWS_LABEL = LABEL_TAGS[0];
const ACTION_BAR_TEXT = 'data-echt-action-bar';
const ACTION_BAR_LABEL = LABEL_TAGS[1];
const SHOWN = 'data-echt-shown';
/** The same for comments: the comment's element (by id), what shows its reactions, its Like/Reply. */
const COMMENT = 'data-echt-comment';
const COMMENT_SHOWS_TEXT = 'data-echt-comment-shows';
const COMMENT_SHOWS_LABEL = LABEL_TAGS[2];
const COMMENT_BAR_TEXT = 'data-echt-comment-bar';
const COMMENT_BAR_LABEL = LABEL_TAGS[3];
const COMMENT_ELEMENTS = '[data-id^="urn:li:comment:"], [componentkey^="replaceableComment_"], [role="article"]';
const COMMENT_REACTIONS = 'reactions?|reacties?|reactie';

const LI = Object.values(LINKEDIN_LOCALES);
const FB = Object.values(FACEBOOK_LOCALES);
const LINKEDIN_BAR = LI.flatMap((l) => l.actionBarLabels);
const LINKEDIN_BAR_CLASSES = '.feed-shared-social-action-bar, button.react-button__trigger';
const OTHERS = LI.map((l) => l.othersReacted);
/** The words each count is shown with, on either platform ("reacties" for Dutch LinkedIn's
 *  reactions too: its screen-reader copy of the number beside the icons says so). */
const LABELS: Record<(typeof COUNT_FIELDS)[number], string> = {
  reactions: [...LI.map((l) => l.reactions), ...FB.map((l) => l.allReactions), 'reacties?'].join('|'),
  comments: [...LI.map((l) => l.comments), ...FB.map((l) => l.comments)].join('|'),
  reposts: [...LI.map((l) => l.reposts), ...FB.map((l) => l.shares)].join('|'),
  impressions: LI.map((l) => l.impressions).join('|'),
};

/** The post's action bar (Like / Comment / Share), as each platform's reader defines it. */
function isActionBar(platform: PlatformReader['platform'], text: string): boolean {
  if (platform === 'linkedin') return LINKEDIN_BAR.some((label) => text.startsWith(label));
  return FB.some((l) => l.postButtons.test(text));
}

/**
 * Whether a string shows `field` = `value`: labelled with the field's words ("221 comments",
 * "All reactions: 312"), or for reactions a bare number (beside the icons) or "X and 23 others".
 * `around` is the text of the leaf's parent: "5" + "comments" in two nodes show 5 comments.
 */
function shows(text: string, around: string, field: (typeof COUNT_FIELDS)[number], value: number, lang: string): boolean {
  if (text.length > 120 || parseRelativeTime(text.split(/[•·]/)[0] ?? '', NOW) !== null) return false;
  if (parseLabelledCount(text, LABELS[field], lang) === value) return true;
  const bare = parseCount(text, lang);
  if (bare === value && around.length <= 120 && parseLabelledCount(around, LABELS[field], lang) === value) return true;
  if (field !== 'reactions') return false;
  return bare === value || OTHERS.some((re) => parseCount(re.exec(text)?.[1], lang) === value - 1);
}

function addTag(el: Element, attr: string, field: string): void {
  const now = el.getAttribute(attr);
  if (!now?.split(' ').includes(field)) el.setAttribute(attr, now ? `${now} ${field}` : field);
}

/** The post's own elements in its card (not its comments, not a shared original), as the reader
 *  scopes them: on the unmutated page, where the reader reads right. */
function ownElements(reader: PlatformReader, card: Element): Element[] {
  const all = Array.from(card.querySelectorAll('*'));
  if (reader.platform === 'facebook') {
    const scope = scopeOf(card);
    return all.filter((el) => isOwn(scope, el));
  }
  const scope = cardScope(card, linkedinLocale(card.ownerDocument));
  return all.filter((el) => !inZone(scope, el, FOREIGN));
}

/** Tags the elements of a post card (not of its comments) that show its counts or its action bar. */
function tagEvidence(reader: PlatformReader, card: Element, truth: CardTruth): void {
  const lang = card.ownerDocument.documentElement.getAttribute('lang') ?? 'en';
  const own = ownElements(reader, card);
  for (const el of own) {
    const label = cleanText(el.getAttribute('aria-label') ?? '');
    const text = el.childElementCount === 0 ? cleanText(el.textContent ?? '') : '';
    if (label && isActionBar(reader.platform, label)) el.setAttribute(ACTION_BAR_LABEL, '');
    if ((text && isActionBar(reader.platform, text)) || (reader.platform === 'linkedin' && el.matches(LINKEDIN_BAR_CLASSES))) el.setAttribute(ACTION_BAR_TEXT, '');
    const around = text ? cleanText(el.parentElement?.textContent ?? '') : '';
    for (const field of COUNT_FIELDS) {
      const value = truth.counts?.[field];
      if (!value) continue;
      if (label && shows(label, '', field, value, lang)) addTag(el, SHOWS_LABEL, field);
      if (text && shows(text, around, field, value, lang)) addTag(el, SHOWS_TEXT, field);
    }
  }
  const shown = COUNT_FIELDS.filter((f) => card.querySelector(`[${SHOWS_TEXT}~="${f}"], [${SHOWS_LABEL}~="${f}"]`));
  card.setAttribute(SHOWN, shown.join(' '));
}

/** A comment's Like / Reply controls, on either platform. */
function isCommentBar(text: string): boolean {
  return /^(?:React Like|Reply|Interessant|Beantwoorden)\b/i.test(text) || FB.some((l) => l.commentButtons.test(text));
}

/**
 * Tags each comment of the post with its id and the evidence for its reactions. Which element is
 * which comment is found by taking each out in turn and seeing whose reading goes: the reader's
 * own idea of it, on the unmutated page. (On LinkedIn's post page the comments sit beside the card.)
 */
function tagComments(reader: PlatformReader, card: Element, truth: CardTruth): void {
  const doc = card.ownerDocument;
  const ids = () => {
    const result = reader.readCard(card, NOW);
    return new Set(result.kind === 'post' ? result.post.comments.map((c) => c.id) : []);
  };
  const all = ids();
  const root = card.closest('[data-sdui-screen]') ?? card;
  // SDUI nests three nodes under one componentkey: the outermost is the comment
  const outermost = (el: Element) => {
    const key = el.getAttribute('componentkey');
    return !key || el.parentElement?.closest(COMMENT_ELEMENTS)?.getAttribute('componentkey') !== key;
  };
  const candidates = Array.from(root.querySelectorAll(COMMENT_ELEMENTS)).filter((el) => el !== card && outermost(el));
  const gone = new Map<Element, Set<string>>();
  for (const el of candidates) {
    const mark = doc.createComment('');
    el.replaceWith(mark);
    const left = ids();
    mark.replaceWith(el);
    gone.set(el, new Set([...all].filter((id) => !left.has(id))));
  }
  const lang = doc.documentElement.getAttribute('lang') ?? 'en';
  for (const el of candidates) {
    const nested = candidates.filter((other) => other !== el && el.contains(other));
    const own = [...(gone.get(el) ?? [])].filter((id) => !nested.some((n) => gone.get(n)?.has(id)));
    const id = own.length === 1 ? own[0]! : null;
    if (id === null) continue;
    el.setAttribute(COMMENT, id);
    const value = truth.commentReactions.get(id);
    for (const inner of Array.from(el.querySelectorAll('*'))) {
      if (nested.some((n) => n.contains(inner))) continue;
      const label = cleanText(inner.getAttribute('aria-label') ?? '');
      const text = inner.childElementCount === 0 ? cleanText(inner.textContent ?? '') : '';
      if (label && isCommentBar(label)) inner.setAttribute(COMMENT_BAR_LABEL, id);
      if (text && isCommentBar(text)) inner.setAttribute(COMMENT_BAR_TEXT, id);
      if (!value) continue;
      if (label && parseLabelledCount(label, COMMENT_REACTIONS, lang) === value) inner.setAttribute(COMMENT_SHOWS_LABEL, id);
      if (text && (parseCount(text, lang) === value || parseLabelledCount(text, COMMENT_REACTIONS, lang) === value)) inner.setAttribute(COMMENT_SHOWS_TEXT, id);
    }
  }
}

/** zeroByConvention for a comment's reactions: its count no longer shown, its Like/Reply still there. */
function commentZeroByConvention(doc: Document, id: string): boolean {
  return Array.from(doc.querySelectorAll(`[${COMMENT}="${id}"]`)).some(
    (el) =>
      el.querySelector(`[${COMMENT_SHOWS_TEXT}="${id}"], [${COMMENT_SHOWS_LABEL}="${id}"]`) === null &&
      el.querySelector(`[${COMMENT_BAR_TEXT}="${id}"], [${COMMENT_BAR_LABEL}="${id}"]`) !== null,
  );
}

/**
 * Where 0 is the truth of the page, not an invented number. LinkedIn and Facebook print no counts
 * row on a post nobody reacted to and leave "0 comments" / "0 reposts" out of a row that shows
 * reactions; the readers read that absence as 0 (the product's key signal, "many likes, no
 * comments", depends on it), but only when the post's action bar proves the card rendered. So
 * when a mutation removes the node(s) that displayed a count and leaves the action bar, the page
 * now shows exactly what a post with 0 of that count shows: 0 is right for the page as it is. The
 * same 0 with the count still displayed (unreadable, say), or without the action bar, is invented.
 */
export function zeroByConvention(card: Element, field: string): boolean {
  const origin = card.closest(`[${SHOWN}]`) ?? card.querySelector(`[${SHOWN}]`);
  if (!origin?.getAttribute(SHOWN)?.split(' ').includes(field)) return false; // never showed it: no evidence
  const stillShown = card.querySelector(`[${SHOWS_TEXT}~="${field}"], [${SHOWS_LABEL}~="${field}"]`);
  return !stillShown && card.querySelector(`[${ACTION_BAR_TEXT}], [${ACTION_BAR_LABEL}]`) !== null;
}

function truthOf(result: CardResult): CardTruth {
  if (result.kind !== 'post') return { kind: result.kind, counts: null, commentReactions: new Map() };
  return {
    kind: 'post',
    counts: { ...result.post.counts },
    commentReactions: new Map(result.post.comments.map((c) => [c.id, c.reactions])),
  };
}

function header(reader: PlatformReader, doc: Document, url: string): PageHeaderObservation | null {
  const target = reader.targetFor(new URL(url));
  return target ? reader.readHeader(doc, target) : null;
}

/** Marks every card with its index, so it can be followed through mutations. */
export function tagCards(reader: PlatformReader, doc: Document): void {
  reader.findCards(doc).forEach((card, i) => {
    card.setAttribute(FUZZ_ATTR, String(i));
  });
}

/**
 * Tags every card (unless tagged already), records what the reader reads on the unmutated page,
 * and tags the evidence `zeroByConvention` looks for.
 */
export function tagAndRead(reader: PlatformReader, doc: Document, url: string): Truth {
  const cards = new Map<string, CardTruth>();
  if (!doc.querySelector(`[${FUZZ_ATTR}]`)) tagCards(reader, doc);
  for (const card of reader.findCards(doc)) {
    const truth = truthOf(reader.readCard(card, NOW));
    cards.set(card.getAttribute(FUZZ_ATTR) ?? '?', truth);
    if (truth.kind === 'post' && !card.hasAttribute(SHOWN)) {
      tagEvidence(reader, card, truth);
      tagComments(reader, card, truth);
    }
  }
  return { cards, followers: header(reader, doc, url)?.followers ?? null };
}

/** Tags that tell which original card(s) a card found after mutation came from. */
function originsOf(card: Element): string[] {
  const own = card.closest(`[${FUZZ_ATTR}]`)?.getAttribute(FUZZ_ATTR);
  if (own) return [own];
  return [...new Set(Array.from(card.querySelectorAll(`[${FUZZ_ATTR}]`), (el) => el.getAttribute(FUZZ_ATTR)!))];
}

export interface Violation {
  card: string;
  field: string;
  got: number;
  allowed: Array<number | null>;
  /** Reaction counts of the comments under the card(s), to recognise a count read from a comment. */
  commentCounts: number[];
  /** The card's true values of its other count fields, to recognise a count read under the wrong field. */
  otherFields: number[];
}

/** Reads the mutated page; returns every count that is neither the truth nor null. */
export function violations(reader: PlatformReader, doc: Document, url: string, truth: Truth): Violation[] {
  const out: Violation[] = [];
  for (const card of reader.findCards(doc)) {
    const result = reader.readCard(card, NOW);
    if (result.kind !== 'post') continue;
    const origins = originsOf(card);
    // Only cards the reader read as posts before have a truth: a card it skipped (promoted, say)
    // and now reads because the mutation removed its marker has counts nobody checked.
    const truths = origins.map((o) => truth.cards.get(o)).filter((t): t is CardTruth => !!t);
    if (truths.length > 0 && truths.every((t) => t.kind !== 'post')) continue;
    const where = origins.join('+') || 'untagged';
    for (const field of COUNT_FIELDS) {
      const got = result.post.counts[field];
      if (got === null) continue;
      const allowed = truths.map((t) => t.counts?.[field] ?? null);
      const commentCounts = truths.flatMap((t) => [...t.commentReactions.values()].filter((v): v is number => v !== null));
      const otherFields = truths.flatMap((t) => COUNT_FIELDS.filter((f) => f !== field).map((f) => t.counts?.[f] ?? null)).filter((v): v is number => v !== null);
      if (allowed.includes(got) || (got === 0 && zeroByConvention(card, field))) continue;
      out.push({ card: where, field, got, allowed, commentCounts, otherFields });
    }
    for (const comment of result.post.comments) {
      if (comment.reactions === null) continue;
      const known = truths.filter((t) => t.commentReactions.has(comment.id));
      if (known.length === 0) continue; // a comment whose id changed: no truth to compare with
      const allowed = known.map((t) => t.commentReactions.get(comment.id) ?? null);
      if (comment.reactions === 0 && commentZeroByConvention(doc, comment.id)) continue;
      if (!allowed.includes(comment.reactions)) out.push({ card: where, field: `comment ${comment.id} reactions`, got: comment.reactions, allowed, commentCounts: [], otherFields: [] });
    }
  }
  const followers = header(reader, doc, url)?.followers ?? null;
  if (followers !== null && followers !== truth.followers) out.push({ card: 'header', field: 'followers', got: followers, allowed: [truth.followers], commentCounts: [], otherFields: [] });
  return out;
}

/**
 * Violations the fuzz found in the readers and reported to their owners (RELIABILITY.md, "Known
 * reader issues"). The main property tolerates exactly these so it keeps guarding everything
 * else; each has a `.fails` regression test in readers.known-issues.test.ts with its minimal input,
 * which starts failing (and so asks for its entry here to be removed) once the reader is fixed.
 * Empty: K1–K8 are fixed (K1's 0 where the page shows a count as absent is the convention that
 * `zeroByConvention` accepts, not an issue).
 */
export const KNOWN_ISSUES: Record<string, (v: Violation) => boolean> = {};

export function unknownViolations(list: Violation[]): Violation[] {
  return list.filter((v) => !Object.values(KNOWN_ISSUES).some((known) => known(v)));
}
