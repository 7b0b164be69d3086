/**
 * The comments the user has open under a post. LinkedIn lazy-loads them and we never click
 * "Load more": what is rendered is what is read (dom-facts §1.3, §1.4, §6 step 5).
 *
 * - Legacy: `article.comments-comment-entity[data-id="urn:li:comment:(activity:P,C)"]`, replies
 *   nested inside their parent with `--reply`.
 * - SDUI (post detail since 2026-05-06): three nested nodes share one
 *   `componentkey="replaceableComment_urn:li:comment:(urn:li:activity:P,C)"`: the outermost one is
 *   the comment; a reply is a comment nested inside another comment.
 * The comment id C decodes to its creation time like an activity id (dom-facts §1.8).
 */
import type { CommentObservation } from '../types';
import { parseLabelledCount } from '../shared/parse-count';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanTextOf } from '../shared/text';
import { visibleText } from '../shared/visible-text';
import { commentIdOf, commentUrnParts, timeFromActivityId } from './activity-id';
import { cleanName, nameInLink, type Author } from './author';
import { authorPageOf } from './page-kind';
import { NOT_COUNTS, countStrings, readStrings } from './parse-counts';
import { NOT_TEXT, RESHARE, TEXT_ZONE, below, isLeaf, spacedText, type CardScope } from './scope';
import { COMMENTS, SDUI } from './selectors';
import { queryAll } from '../shared/query-all';

/** Where a comment's reactions never are: what a post's never are, and the comment's own words. */
const NOT_COUNTS_OF_COMMENT = `${NOT_COUNTS}, ${COMMENTS.legacyText.join(', ')}`;

function keyOf(el: Element): string {
  return el.getAttribute('componentkey') ?? el.getAttribute('data-id') ?? '';
}

/** One element per comment: the outermost of the nodes (all found, in document order) that share
 *  its key, in document order. */
function commentElements(found: readonly Element[], skip: (el: Element) => boolean): Element[] {
  const byKey = new Map<string, Element>();
  for (const el of found) {
    const key = keyOf(el);
    if (!key || byKey.has(key) || skip(el)) continue; // document order: the first seen is outermost
    byKey.set(key, el);
  }
  return [...byKey.values()];
}

/** One comment and the replies nested in it, which are not part of it. */
interface CommentScope {
  el: Element;
  key: string;
  replies: Set<Element>;
}

function commentScope(el: Element): CommentScope {
  const key = keyOf(el);
  const replies = new Set<Element>();
  for (const nested of queryAll(el, COMMENTS.container)) {
    if (keyOf(nested) === key || replies.has(nested)) continue;
    replies.add(nested);
    for (const inner of queryAll(nested, '*')) replies.add(inner);
  }
  return { el, key, replies };
}

/** Elements of this comment only, not of the replies nested in it. */
function ownOfComment(comment: CommentScope, selector: string): Element[] {
  return queryAll(comment.el, selector).filter((el) => !comment.replies.has(el));
}

function firstOfComment(comment: CommentScope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = ownOfComment(comment, selector)[0];
    if (found) return found;
  }
  return null;
}

function isReply(comment: CommentScope, root: Element): boolean {
  if (comment.el.matches(COMMENTS.legacyReply)) return true;
  const parent = comment.el.parentElement?.closest(COMMENTS.container);
  return parent != null && root.contains(parent) && keyOf(parent) !== comment.key;
}

function authorName(comment: CommentScope, links: Element[], scope: CardScope): string | null {
  const legacy = firstOfComment(comment, COMMENTS.legacyName);
  if (legacy) return cleanName(legacy.textContent ?? '', scope.locale) || null;
  for (const link of links) {
    const name = nameInLink(link, scope.locale);
    if (name) return name;
  }
  return null;
}

/** Legacy subtitle, else the second text line of the SDUI author link (name, headline, …). */
function headline(comment: CommentScope, links: Element[], name: string | null, scope: CardScope): string | null {
  const legacy = firstOfComment(comment, COMMENTS.legacyHeadline);
  const candidates = legacy
    ? [spacedText(legacy)]
    : links.map((link) => queryAll(link, 'p').map(spacedText)[1] ?? '');
  return candidates.find((line) => isHeadline(line, name, scope)) ?? null;
}

function isHeadline(line: string, name: string | null, scope: CardScope): boolean {
  if (!line || (name !== null && cleanName(line, scope.locale) === name)) return false;
  // A page answering shows its followers where a person shows a headline.
  if (parseLabelledCount(line, scope.locale.followers, scope.locale.lang) !== null) return false;
  return !scope.locale.authorBadge.test(line) && parseRelativeTime(line, 0) === null;
}

/** The "Author" badge: legacy `__badge`, or in SDUI a line of its own in the author block. */
function hasAuthorBadge(comment: CommentScope, scope: CardScope): boolean {
  const badges = [...ownOfComment(comment, COMMENTS.legacyBadge), ...ownOfComment(comment, '*').filter(isLeaf)];
  return badges.some((el) => !el.closest(TEXT_ZONE) && scope.locale.authorBadge.test(cleanTextOf(el)));
}

function commentText(comment: CommentScope): string {
  const el = firstOfComment(comment, [SDUI.text, ...COMMENTS.legacyText]);
  return el ? visibleText(el, NOT_TEXT) : '';
}

/** Reactions on the comment: labelled or bare; 0 only when its action bar rendered and nothing
 *  count-like is there; null when a number is there that we cannot place. */
function reactions(comment: CommentScope, scope: CardScope): number | null {
  // Legacy: "5 Reactions on X's comment" on `--cr` (linkedin-spider); SDUI: any own count string.
  const reading = readStrings(countStrings(ownOfComment(comment, '*'), (el) => el.closest(NOT_COUNTS_OF_COMMENT) !== null, scope.locale.lang), scope.locale);
  if (reading.unreadable.has('reactions')) return null;
  const value = reading.labelled.reactions ?? reading.bare[0] ?? null;
  if (value !== null) return value;
  const rendered = ownOfComment(comment, 'button').length > 0;
  return rendered && !reading.unknown && Object.keys(reading.labelled).length === 0 ? 0 : null;
}

function publishedAt(commentId: string, comment: CommentScope, now: number): number | null {
  const fromId = timeFromActivityId(commentId);
  if (fromId !== null) return fromId;
  for (const el of ownOfComment(comment, `${COMMENTS.time}, p, span`)) {
    if (!isLeaf(el) || el.closest(TEXT_ZONE)) continue;
    const text = cleanTextOf(el);
    if (text.length <= 20) {
      const ms = parseRelativeTime(text, now);
      if (ms !== null) return ms;
    }
  }
  return null;
}

function readComment(el: Element, root: Element, scope: CardScope, postAuthor: Author, now: number): CommentObservation | null {
  const comment = commentScope(el);
  const parts = commentUrnParts(comment.key);
  if (!parts) return null;
  const links = ownOfComment(comment, COMMENTS.authorLink).filter((link) => !link.closest(TEXT_ZONE));
  const name = authorName(comment, links, scope);
  if (!name) return null;
  const page = authorPageOf(links[0]?.getAttribute('href'));
  const byPostAuthor = page !== null && page.pageKey === postAuthor.pageKey;
  return {
    id: commentIdOf(parts.commentId),
    authorName: name,
    authorUrl: page?.url ?? null,
    authorHeadline: headline(comment, links, name, scope),
    text: commentText(comment),
    reactions: reactions(comment, scope),
    isReply: isReply(comment, root),
    byPageAuthor: byPostAuthor || hasAuthorBadge(comment, scope),
    publishedAt: publishedAt(parts.commentId, comment, now),
  };
}

export interface CommentsReading {
  comments: CommentObservation[];
  /** Rendered comments that could not be read (no id or no author). */
  unreadable: number;
}

/**
 * Reads the comments under root, skipping those in a reshared original and those that `skip`
 * rules out (on the post-detail page: comments of other cards on the same screen).
 */
export function readComments(
  root: Element,
  scope: CardScope,
  postAuthor: Author,
  now: number,
  skip: (el: Element) => boolean = () => false,
): CommentsReading {
  const comments: CommentObservation[] = [];
  let unreadable = 0;
  // The card's own comment nodes are already known from its FOREIGN query (scope.ts).
  const found = root === scope.card ? below(scope, COMMENTS.container) : queryAll(root, COMMENTS.container);
  for (const el of commentElements(found, (el) => el.closest(RESHARE) !== null || skip(el))) {
    const comment = readComment(el, root, scope, postAuthor, now);
    if (comment) comments.push(comment);
    else unreadable++;
  }
  return { comments, unreadable };
}
