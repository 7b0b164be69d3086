/**
 * A post's id, in falling order of trust (dom-facts §1.4, §6 step 3):
 * 1. the card's own `data-urn` / `data-id` (legacy);
 * 2. a urn the card carries for itself: the own-post analytics link (May 2026: the only anchor
 *    with the urn on activity cards), a `/feed/update/urn:…` permalink, a comment's componentkey
 *    (`replaceableComment_urn:li:comment:(urn:li:activity:P,…)`: its post half is this post), any
 *    urn left in the markup;
 * 3. on the post-detail page, the page URL;
 * 4. a stable hash of author + the first 180 characters of the text (Feedhacker: 42 posts gave
 *    42 keys), which survives "…more" expanding the text.
 * The embedded original of a reshare is never searched: its urn is another post's (Feedhacker
 * refused to harvest it to avoid collisions). Activity urns win over share/ugcPost ones, which are
 * different numbers for the same post.
 */
import { stableHash } from '../shared/visible-text';
import { commentUrnParts, idFromUrn, postIdOf, timeFromActivityId, type PostUrn } from './activity-id';
import { postUrnFromUrl } from './page-kind';
import { FOREIGN, RESHARE, below, own, type CardScope } from './scope';
import { COMMENTS, SDUI } from './selectors';
import { queryAll } from '../shared/query-all';

export interface PostIdentity {
  id: string;
  /** Exact publish time decoded from the id, when the id is a urn. */
  idTime: number | null;
}

const URN_IN_MARKUP = /urn(?::|%3A)li(?::|%3A)(activity|ugcPost|share)(?::|%3A)(\d{15,20})/g;
const SHARE_URN = /ShareUrn\(shareId=(\d{15,20})\)/;

function ownUrn(scope: CardScope): PostUrn | null {
  const { card } = scope;
  const attribute = card.getAttribute('data-urn') ?? card.getAttribute('data-id') ?? card.querySelector('[data-urn]')?.getAttribute('data-urn');
  return idFromUrn(attribute);
}

/**
 * The best urn the card carries for itself (excluding the reshared original), looked for in falling
 * order of trust: its links, its comments' keys, then anywhere in its markup. `best` takes the
 * first activity urn of them all, so once one source has one the later ones cannot change the
 * answer and are not read (serialising the card is the costly one).
 */
function bestUrnInCard(scope: CardScope): PostUrn | null {
  const urns: PostUrn[] = [];
  for (const link of own(scope, 'a[href*="urn:li:"], a[href*="urn%3Ali%3A"]')) {
    const href = link.getAttribute('href') ?? '';
    const urn = idFromUrn(decodeSafe(href));
    if (urn) urns.push(urn);
  }
  if (urns.some(isActivity)) return best(urns);
  for (const comment of below(scope, COMMENTS.container)) {
    if (comment.closest(RESHARE)) continue;
    const parts = commentUrnParts(comment.getAttribute('componentkey') ?? comment.getAttribute('data-id'));
    if (parts) urns.push(parts.post);
  }
  if (urns.some(isActivity)) return best(urns);
  const markup = withoutForeign(scope).outerHTML;
  for (const match of markup.matchAll(URN_IN_MARKUP)) {
    if (match[1] && match[2]) urns.push({ type: match[1] as PostUrn['type'], id: match[2] });
  }
  const share = SHARE_URN.exec(markup)?.[1];
  if (share) urns.push({ type: 'share', id: share });
  return best(urns);
}

function isActivity(urn: PostUrn): boolean {
  return urn.type === 'activity';
}

/** The card without its reshared original and comments (whose text may link other posts). */
function withoutForeign(scope: CardScope): Element {
  if (below(scope, FOREIGN).length === 0) return scope.card;
  const copy = scope.card.cloneNode(true) as Element;
  for (const inner of queryAll(copy, FOREIGN)) inner.remove();
  return copy;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The post-detail card takes the page's urn: the URL names the post the page shows. */
function urnFromPage(scope: CardScope): PostUrn | null {
  const { card } = scope;
  if (!card.matches(SDUI.detailCard) && !card.closest(SDUI.detailScreen)) return null;
  const href = card.ownerDocument.location?.href;
  if (!href) return null;
  try {
    return postUrnFromUrl(new URL(href));
  } catch {
    return null;
  }
}

/** Activity first: it is the id other surfaces show for the same post. */
function best(urns: PostUrn[]): PostUrn | null {
  return urns.find(isActivity) ?? urns[0] ?? null;
}

/** Recent-activity "Comments" tab: the wrapper urn is the comment activity; the post it belongs to
 *  is named in the `highlightedUpdateUrns` of its links (Sep 2024 capture). */
function commentTabPost(scope: CardScope): PostUrn | null {
  for (const link of own(scope, 'a[href*="highlightedUpdateUrns="]')) {
    const urn = idFromUrn(decodeSafe(link.getAttribute('href') ?? ''));
    if (urn) return urn;
  }
  return null;
}

/**
 * The id of the post on this card, or null when there is neither a urn nor anything to hash.
 * `commentedByHeader` says the card is "X commented on this": then a legacy wrapper urn names X's
 * comment, not the post.
 */
export function postIdentity(
  scope: CardScope,
  fallback: { author: string | null; text: string },
  commentedByHeader: boolean,
): PostIdentity | null {
  const urn =
    (commentedByHeader ? commentTabPost(scope) : null) ??
    ownUrn(scope) ??
    bestUrnInCard(scope) ??
    urnFromPage(scope);
  if (urn) {
    return { id: postIdOf(urn), idTime: urn.type === 'aggregate' ? null : timeFromActivityId(urn.id) };
  }
  const text = fallback.text.replace(/\s+/g, ' ').trim().slice(0, 180);
  if (!fallback.author && !text) return null;
  return { id: `li:h:${stableHash(`${fallback.author ?? ''}|${text}`)}`, idTime: null };
}
