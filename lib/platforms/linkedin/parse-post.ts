/**
 * Reads one post card into a PostObservation, field by field. The generation is decided per card
 * (`markupOf`) and reported with the result, so parse health can count them. Each field module
 * tries the SDUI hooks and the legacy ones (selectors.ts) in a fixed order; a card carries only
 * one generation's hooks, and a hybrid (an SDUI list item around a BEM update, as during the
 * 2025–26 A/B tests) still reads.
 */
import type { CardResult, CommentObservation, PostObservation } from '../types';
import { readAuthor, type Author } from './author';
import { findCards, markupOf } from './cards';
import { headerText, hashtagsOf, isPromoted, isReshare, linksOf, mediaOf, readText } from './content';
import { postIdentity } from './identity';
import type { LinkedInLocale } from './locale';
import { readComments } from './parse-comments';
import { readCounts } from './parse-counts';
import { readPublished } from './published';
import { cardScope, type CardScope } from './scope';
import { SDUI } from './selectors';

/** Comments of the post: inside the card, or on the SDUI post-detail page beside it. */
function commentsOf(scope: CardScope, author: Author, now: number): { comments: CommentObservation[]; unreadable: number } {
  const screen = scope.card.closest(SDUI.detailScreen);
  if (!screen) return readComments(scope.card, scope, author, now);
  const others = findCards(screen).filter((card) => card !== scope.card);
  return readComments(screen, scope, author, now, (el) => others.some((card) => card.contains(el)));
}

export function readPostCard(card: Element, locale: LinkedInLocale, now: number): CardResult {
  const markup = markupOf(card);
  const scope = cardScope(card, locale);
  if (isPromoted(scope)) return { kind: 'skipped', reason: 'promoted', markup };

  const author = readAuthor(scope);
  const { el: textEl, text } = readText(scope);
  const header = headerText(scope);
  const identity = postIdentity(scope, { author: author.pageKey ?? author.name, text }, locale.commentedOn.test(header));
  if (!identity) return { kind: 'skipped', reason: author.name || textEl ? 'unreadable' : 'not-a-post', markup };

  const missing: string[] = [];
  if (!author.name) missing.push('author');
  if (!author.pageKey) missing.push('authorPage');
  const published = readPublished(scope, identity.idTime, now);
  if (published.publishedAt === null) missing.push('publishedAt');
  const reshare = isReshare(scope, header);
  // A plain repost has no words of its own; any other post without a text box is unread.
  if (!textEl && !reshare) missing.push('text');
  const counts = readCounts(scope);
  for (const field of ['reactions', 'comments', 'reposts'] as const) {
    if (counts[field] === null) missing.push(field);
  }
  const { comments, unreadable } = commentsOf(scope, author, now);
  if (unreadable > 0) missing.push('commentItems');

  const post: PostObservation = {
    id: identity.id,
    authorPageKey: author.pageKey,
    authorName: author.name,
    authorKind: author.kind,
    publishedAt: published.publishedAt,
    publishedAtApprox: published.approx,
    text,
    hashtags: hashtagsOf(text),
    links: linksOf(scope),
    mediaKind: mediaOf(scope),
    isReshare: reshare,
    counts,
    comments,
    missing,
  };
  return { kind: 'post', post, markup };
}
