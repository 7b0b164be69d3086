/**
 * The visible comments under a post (dom-facts §2.3): `[role="article"]` labelled
 * "Comment by <name> <time>" / "Reply by <name> to <parent>'s comment <time>", Dutch
 * "Opmerking van …" / "Antwoord van … op de opmerking van …". Ids come from the `comment_id` /
 * `reply_comment_id` of the comment's links; the permalink page renders some comments twice, so
 * they are de-duplicated by id.
 */
import type { CommentObservation } from '../types';
import { looksLikeCount, parseCount, parseLabelledCount } from '../shared/parse-count';
import { parseRelativeTime } from '../shared/relative-time';
import { cleanText } from '../shared/text';
import { stableHash } from '../shared/visible-text';
import type { CardScope } from './card-scope';
import { FACEBOOK_LOCALES, type FacebookLocale } from './locale';
import { pageRefOf } from './page-kind';
import { resolveHref } from './post-identity';
import { readableLine, readableText } from './readable-text';
import { CARD, COMMENT, POST_URL } from './selectors';

export interface PostAuthor {
  name: string | null;
  pageKey: string | null;
}

interface CommentLabel {
  name: string;
  isReply: boolean;
  time: string | null;
}

/** The page's language first, then the others: a comment label says its own kind. */
function readLabel(label: string, locale: FacebookLocale): CommentLabel | null {
  const clean = cleanText(label);
  for (const l of [locale, ...Object.values(FACEBOOK_LOCALES).filter((other) => other !== locale)]) {
    const reply = l.reply.exec(clean);
    if (reply?.[1]) return { name: reply[1], isReply: true, time: reply[3] ?? null };
    const comment = l.comment.exec(clean);
    if (comment?.[1]) return { name: comment[1], isReply: false, time: comment[2] ?? null };
  }
  return null;
}

/** Elements of this comment itself, not of replies nested in it. */
function ownOf(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter((el) => el.closest(CARD.article) === article);
}

/** The reply's own id before its parent's; numeric ids before the base64 form of author links. */
function idFromLinks(links: readonly URL[]): string | null {
  for (const param of [POST_URL.replyId, POST_URL.commentId]) {
    const ids = links.map((url) => url.searchParams.get(param)).filter((id): id is string => Boolean(id));
    const id = ids.find((candidate) => /^\d+$/.test(candidate)) ?? ids[0];
    if (id) return id;
  }
  return null;
}

function bodyOf(article: Element, locale: FacebookLocale): string {
  for (const selector of COMMENT.body) {
    const blocks = ownOf(article, selector).filter((el) => {
      const outer = el.parentElement?.closest(selector);
      return !el.closest('a,[role=button]') && !(outer && article.contains(outer));
    });
    const text = blocks.map((el) => readableText(el, locale)).filter(Boolean).join('\n');
    if (text) return text;
  }
  return '';
}

function reactionsOf(article: Element, locale: FacebookLocale): number | null {
  for (const el of ownOf(article, COMMENT.reactionsLabel)) {
    const value = parseLabelledCount(el.getAttribute('aria-label'), locale.commentReactions, locale.lang);
    if (value !== null) return value;
  }
  const buttons = ownOf(article, COMMENT.button).map((el) => cleanText(el.textContent ?? ''));
  for (const text of buttons) {
    const bare = parseCount(text, locale.lang);
    if (bare !== null) return bare;
  }
  // A count we cannot read ("1,2 B" in a language without suffix table) is unknown, not 0.
  if (buttons.some((text) => looksLikeCount(text) && parseRelativeTime(text, 0) === null)) return null;
  // Facebook shows no count on a comment nobody reacted to; its Like/Reply row proves it rendered.
  return buttons.some((text) => locale.commentButtons.test(text)) ? 0 : null;
}

function readComment(article: Element, locale: FacebookLocale, post: PostAuthor, now: number): CommentObservation | null {
  const label = readLabel(article.getAttribute('aria-label') ?? '', locale);
  const anchors = ownOf(article, 'a[href]');
  const links = anchors.map((a) => resolveHref(a.getAttribute('href'))).filter((url) => url !== null);
  const authorAnchor = anchors.find((a) => pageRefOf(a.getAttribute('href')) !== null) ?? null;
  const authorRef = pageRefOf(authorAnchor?.getAttribute('href'));
  const name = label?.name ?? (authorAnchor ? readableLine(authorAnchor, locale) : '');
  if (!name) return null;

  const text = bodyOf(article, locale);
  const timeLink = anchors.find((a) => parseRelativeTime(readableLine(a, locale), now) !== null);
  const publishedAt =
    (label?.time ? parseRelativeTime(label.time, now) : null) ??
    (timeLink ? parseRelativeTime(readableLine(timeLink, locale), now) : null);
  const isReply = label?.isReply ?? links.some((url) => url.searchParams.has(POST_URL.replyId));
  const byPageAuthor =
    (authorRef !== null && authorRef.key === post.pageKey) || (post.name !== null && cleanText(name) === post.name);

  return {
    id: `fb:c${idFromLinks(links) ?? `h${stableHash(`${name}|${text}`)}`}`,
    authorName: cleanText(name),
    authorUrl: authorRef?.url ?? null,
    authorHeadline: null,
    text,
    reactions: reactionsOf(article, locale),
    isReply,
    byPageAuthor,
    publishedAt,
  };
}

export function readComments(scope: CardScope, locale: FacebookLocale, post: PostAuthor, now: number): CommentObservation[] {
  const byId = new Map<string, CommentObservation>();
  for (const article of scope.comments) {
    const comment = readComment(article, locale, post, now);
    if (comment && !byId.has(comment.id)) byId.set(comment.id, comment);
  }
  return [...byId.values()];
}
