/**
 * Which Facebook page a URL shows. Pure functions over URLs, tested against each other's examples.
 *
 * A Page and a personal profile share one URL shape (`/<name>`, `/profile.php?id=…`): the URL
 * cannot tell them apart, so both read as pages with the key of their name or id. Equivalent URLs
 * (`/Acme.Bakery/`, `/acme.bakery/posts?ref=…`) share a key.
 */
import type { PageTarget } from '../types';
import { remembered } from './remembered';

export const FACEBOOK_ORIGIN = 'https://www.facebook.com';

const HOST = /^(?:www\.|web\.|m\.|[a-z]{2}-[a-z]{2}\.)?facebook\.com$/i;

/** First path segments that are Facebook features, not pages (usernames cannot take them). */
const RESERVED = new Set(
  // One string split at spaces: a shorter script than a list of quoted words.
  (
    'about ads ad_campaign adsmanager bookmarks business business_help careers checkpoint commerce ' +
    'composer dialog donate events facebook feeds find-friends friends fundraisers gaming games ' +
    'groups hashtag help home.php instantgames jobs l.php legal live login login.php logout.php ' +
    'marketplace me media memories messages messenger notes notifications offers onthisday pages ' +
    'people permalink.php pg photo photo.php places plugins policies privacy profile.php recover reel ' +
    'reels saved search settings share sharer sharer.php shops stories story.php terms user video.php ' +
    'watch weather'
  ).split(' '),
);

/** A username: letters, digits and dots (Facebook's rule), at least one letter. */
const USERNAME = /^(?=[^/]*[a-z])[a-z0-9.]{2,80}$/i;
const NUMERIC_ID = /^\d{1,20}$/;

/** Tabs of a page that list its posts; others (about, photos, friends…) show none to read. */
const POST_TABS = new Set(['', 'posts', 'timeline']);

export interface PageRef {
  /** "facebook:acme.bakery" or "facebook:id/100064123456789". */
  key: string;
  url: string;
}

export type FacebookLocation =
  | { kind: 'page'; ref: PageRef }
  | { kind: 'post'; ref: PageRef | null }
  | { kind: 'feed' }
  | { kind: 'other' };

/** Every place that is none of the others: one frozen answer, shared (a shorter script). */
const OTHER: FacebookLocation = Object.freeze({ kind: 'other' });

function byName(name: string): PageRef {
  const lower = name.toLowerCase();
  return { key: `facebook:${lower}`, url: `${FACEBOOK_ORIGIN}/${lower}` };
}

function byId(id: string): PageRef {
  return { key: `facebook:id/${id}`, url: `${FACEBOOK_ORIGIN}/profile.php?id=${id}` };
}

/** `/<name>` or `/<digits>` as the first segment. */
function refFromSegment(segment: string): PageRef | null {
  if (NUMERIC_ID.test(segment)) return byId(segment);
  if (RESERVED.has(segment.toLowerCase()) || !USERNAME.test(segment)) return null;
  return byName(segment);
}

function segmentsOf(url: URL): string[] {
  try {
    return url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return [];
  }
}

/** Reads any facebook.com URL: a page, one post (and whose), the home feed, or something else. */
export function locateFacebook(url: URL): FacebookLocation {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return OTHER;
  if (!HOST.test(url.hostname)) return OTHER;
  const [first = '', second = '', third = '', fourth = ''] = segmentsOf(url);
  const params = url.searchParams;
  const head = first.toLowerCase();

  if (first === '' || head === 'home.php') return { kind: 'feed' };
  if (head === 'profile.php') {
    const id = params.get('id') ?? '';
    const tab = params.get('sk') ?? '';
    return NUMERIC_ID.test(id) && POST_TABS.has(tab) ? { kind: 'page', ref: byId(id) } : OTHER;
  }
  if (head === 'permalink.php' || head === 'story.php') {
    const owner = params.get('id') ?? '';
    return params.has('story_fbid') ? { kind: 'post', ref: NUMERIC_ID.test(owner) ? byId(owner) : null } : OTHER;
  }
  if ((head === 'photo' || head === 'photo.php') && params.has('fbid')) return { kind: 'post', ref: null };
  // `/people/<Display-Name>/<id>/` and the classic `/pages/<Name>/<id>` (before 2020).
  if ((head === 'people' || head === 'pages') && NUMERIC_ID.test(third)) {
    return fourth === '' ? { kind: 'page', ref: byId(third) } : OTHER;
  }
  // `/pg/<name>/posts/`: the Page URL form until 2020.
  if (head === 'pg') {
    const ref = refFromSegment(second);
    return ref && POST_TABS.has(third.toLowerCase()) && fourth === '' ? { kind: 'page', ref } : OTHER;
  }

  const ref = refFromSegment(first);
  if (!ref) return OTHER;
  const tab = second.toLowerCase();
  if (third === '' && POST_TABS.has(tab)) return { kind: 'page', ref };
  // `/<name>/posts/<id|pfbid>`, `/<name>/videos/[slug/]<id>`, `/<name>/photos/<album>/<id>`.
  if ((tab === 'posts' || tab === 'videos' || tab === 'photos') && third !== '') return { kind: 'post', ref };
  return OTHER;
}

/**
 * The page a link points at (an author or commenter link), or null when it is not a page. The
 * same links come back in every card (the page's own name above each post): each href is parsed
 * once. Callers only read the PageRef, so one object can serve them all.
 */
export function pageRefOf(href: string | null | undefined): PageRef | null {
  return href ? pageRefOfHref(href) : null;
}

const pageRefOfHref = remembered((href: string): PageRef | null => {
  let url: URL;
  try {
    url = new URL(href, FACEBOOK_ORIGIN);
  } catch {
    return null;
  }
  // Group member links: `/groups/<g>/user/<id>/`, and `/user/<id>/` in comments.
  const userId = /^\/(?:groups\/[^/]+\/)?user\/(\d{1,20})\/?$/.exec(url.pathname)?.[1];
  if (userId && HOST.test(url.hostname)) return byId(userId);
  const location = locateFacebook(url);
  return location.kind === 'page' ? location.ref : null;
});

/** PlatformReader.targetFor: Pages and profiles, single posts, the home feed; else null. */
export function facebookTarget(url: URL): PageTarget | null {
  const location = locateFacebook(url);
  switch (location.kind) {
    case 'page':
      return { platform: 'facebook', surface: 'company', pageKey: location.ref.key, pageUrl: location.ref.url };
    case 'post':
      return { platform: 'facebook', surface: 'post', pageKey: null, pageUrl: null };
    case 'feed':
      return { platform: 'facebook', surface: 'feed', pageKey: null, pageUrl: null };
    case 'other':
      return null;
  }
}
