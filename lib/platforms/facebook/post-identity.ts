/**
 * A post's id, stable across visits so a post seen again updates instead of duplicating.
 *
 * 1. A numeric id from the post's own links (`/posts/<digits>`, `story_fbid=<digits>`, a photo's
 *    or video's id): Facebook's own, permanent.
 * 2. A hash of author + the start of the text (+ the first outbound link). Since 2022-05
 *    permalinks mostly carry `pfbid0…` tokens instead, and those change over time
 *    (snarfed/facebook-atom #27: "the same post(s) keep reappearing"), so the token is not used as
 *    the key when text can identify the post. Only the first 64 non-space characters count, so
 *    the id survives "See more" expanding the text.
 * 3. The pfbid token, for posts with nothing else to go by (a bare photo or share).
 * Ids are prefixed "fb:", hashes "fb:h".
 */
import { stableHash } from '../shared/visible-text';
import { POST_URL } from './selectors';
import { FACEBOOK_ORIGIN } from './page-kind';

/** Resolves href against facebook.com; null for "#", javascript: and broken hrefs. */
export function resolveHref(href: string | null | undefined): URL | null {
  if (!href || href.startsWith('#')) return null;
  try {
    const url = new URL(href, FACEBOOK_ORIGIN);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** A link to a post itself, not to one of its comments. */
export function isPostLink(url: URL): boolean {
  return POST_URL.permalink.test(url.pathname + url.search) && !url.searchParams.has(POST_URL.commentId);
}

export function numericIdOf(url: URL): string | null {
  const path = url.pathname + url.search;
  for (const pattern of POST_URL.numericId) {
    const id = pattern.exec(path)?.[1];
    if (id) return id;
  }
  return null;
}

export function pfbidOf(url: URL): string | null {
  return POST_URL.pfbid.exec(url.pathname + url.search)?.[0] ?? null;
}

export interface IdentityParts {
  /** The post's own links to itself (permalink, photo, video), in document order. */
  postLinks: URL[];
  author: string | null;
  text: string;
  firstLink: string | null;
}

export function postIdOf(parts: IdentityParts): string | null {
  for (const url of parts.postLinks) {
    const id = numericIdOf(url);
    if (id) return `fb:${id}`;
  }
  const start = parts.text.replace(/\s+/g, '').slice(0, 64);
  if (start || parts.firstLink) {
    return `fb:h${stableHash(`${parts.author ?? ''}|${start}|${parts.firstLink ?? ''}`)}`;
  }
  for (const url of parts.postLinks) {
    const token = pfbidOf(url);
    if (token) return `fb:${token}`;
  }
  return null;
}
