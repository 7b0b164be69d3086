/**
 * Every Facebook selector and URL shape, in one place. Facebook's class names are hashed atomic
 * classes that last weeks (dom-facts §4), so nothing here uses a class: only roles, aria-labels,
 * data attributes Facebook uses itself, tags and URL shapes. Alternatives are ordered newest
 * first, each with where and when it was seen (shared/dom-facts.md). When Facebook changes its
 * layout, this file, locale.ts and the fixtures are what change.
 */
import { ALL_POST_ACTION_LABELS } from './locale';

/** Elements with an accessible name of their own or borrowed from another element. */
const LABELLED = '[aria-label],[aria-labelledby]';

export const CARD = {
  /** The ⋯ menu, one per post: the 2026 anchor (live scan 2026-01-30; OpenCLI #2089, 2026-07). */
  postActions: ALL_POST_ACTION_LABELS.map((label) => `[aria-label="${label}"]`).join(','),
  /** Posts 2020 → about 2025 (ATI determineFbVersion.js "post2020"); comments to this day. */
  article: '[role=article]',
  /** Climbing from a post menu stops below these: never emit a whole landmark as a post. */
  landmarkRoles: new Set(['main', 'feed', 'banner', 'navigation', 'complementary', 'contentinfo', 'region', 'dialog']),
  /** The page header's name is the only h1; a post never holds one. */
  pageHeading: 'h1',
} as const;

export const POST = {
  /** Post body, 2020 → 2026; `data-ad-preview` is the pre-Comet name (dom-facts §2.2). */
  message: ['[data-ad-comet-preview=message]', '[data-ad-preview=message]'],
  /** Fallback body: the longest text block (dom-facts §6 "Text hygiene"). */
  textBlock: '[dir=auto]',
  /** Author: a link in the post header (dom-facts §2.2; OpenCLI feed.js 2026). */
  authorLink: ['h2 a[href]', 'h3 a[href]', 'h4 a[href]', 'strong a[href]', 'a[href] strong'],
  /** The containers of those links; a second one outside the first marks an embedded shared post. */
  authorHeading: 'h2,h3,h4,strong',
  /** Loose author fallback, filtered by text and href (OpenCLI feed.js, 2026-07). */
  anyLink: 'a[role=link][href],a[href]',
  hashtagLink: 'a[href*="/hashtag/"]',
  video: 'video,a[href*="/videos/"],a[href*="/watch/?v="],a[href*="/reel/"]',
  /** Content photos come from the scontent CDN; emoji and reaction icons do not. */
  image: 'img[src*="scontent"],a[href*="/photo/?fbid="],a[href*="/photo.php?fbid="]',
  /** A link preview: an outbound l.php link around a picture. */
  linkPreview: 'a[href*="l.facebook.com/l.php"] img,a[target=_blank][href^=http] img',
  /** Where ads say "Sponsored": a label, a hidden span reached through aria-labelledby (ATI
   *  isSponsoredPost.js, 2020), or a short link or span in the header. */
  labelled: LABELLED,
  sponsoredHints: `${LABELLED},a,span`,
  /** Older reactions total: a bare number beside the icon toolbar (FB Clean My Feeds, 2022–2024). */
  legacyReactionCount: '[role=toolbar]~* [role=button] [aria-hidden=true],[role=toolbar]~[role=button]',
  /** Inline "See more" expanders are div buttons, not <button> (live scan 2026-01-30). */
  expander: '[role=button]',
} as const;

export const COMMENT = {
  /** Comment text: `span[lang]` in the 2022–2025 markup, `div[dir=auto]` in both. */
  body: ['span[lang]', 'div[dir=auto]'],
  reactionsLabel: '[aria-label]',
  button: '[role=button]',
} as const;

export const HEADER = {
  main: '[role=main]',
  name: '[role=main] h1',
  /** 2026-07 profile headers have no h1: the avatar's label names the page (OpenCLI a80e5a3d). */
  avatarLabel: ['[role=main] a [role=img][aria-label]', '[role=main] a[aria-label] svg'],
  followersLink: '[role=main] a[href*="/followers"]',
  /** Classic Pages (before 2022) linked the category. */
  categoryLink: '[role=main] a[href*="/pages/category/"]',
} as const;

/** Post URLs and where their ids sit (dom-facts §2.2 "Post ids", checked 2015 → 2026). */
export const POST_URL = {
  /** A link to a post, not to a comment on it. */
  permalink: /\/posts\/|\/permalink\.php|\/story\.php|\/photo\/?\?fbid=|\/photo\.php|\/groups\/[^/]+\/posts\/|\/videos\/\d/,
  /** Numeric ids: stable keys. */
  numericId: [/\/posts\/(\d+)/, /[?&]story_fbid=(\d+)/, /[?&]multi_permalinks=(\d+)/, /\/videos\/(?:[^/]+\/)?(\d+)/, /[?&]fbid=(\d+)/],
  /** Opaque tokens since 2022-05 that change over time (snarfed/facebook-atom #27). */
  pfbid: /pfbid0[0-9A-Za-z]+/,
  /** Tracking parameters Facebook appends to every link (dom-facts §2.2). */
  tracking: /^(?:__cft__.*|__tn__|__xts__.*|fbclid)$/,
  commentId: 'comment_id',
  replyId: 'reply_comment_id',
} as const;
