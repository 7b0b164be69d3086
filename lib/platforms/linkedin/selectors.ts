/**
 * Every LinkedIn selector, in one place. LinkedIn serves two markup generations side by side and
 * moves page kinds over on different dates (shared/dom-facts.md §1.1), so each field lists ordered
 * alternatives: each with why it exists and when it was seen. When LinkedIn changes its layout,
 * this file, locale.ts and the fixtures are what change.
 *
 * Class names are only used for the legacy generation: SDUI classes are hashed per build and last
 * weeks at most (dom-facts §4.3). SDUI hooks are `data-testid`, `componentkey` prefixes, roles and
 * aria-labels; the aria-label texts themselves are per language and live in locale.ts.
 */

/** Legacy Ember/BEM markup: the feed until early 2026, recent-activity still in May 2026. */
export const LEGACY = {
  /** Post card: `data-urn` on the update (2019 → 2026-05 on recent-activity), `data-id` on the
   *  outer feed wrapper (Aug 2025 capture). Aggregates are grouped updates (LinkOff, ≤ Feb 2026). */
  card: '[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"], [data-id^="urn:li:aggregate:"]',
  /** An update without a usable urn is still the legacy generation (Sep 2024, Aug 2025). */
  update: '.feed-shared-update-v2',
  actorName: [
    '.update-components-actor__title span[dir="ltr"] > span[aria-hidden="true"]', // Sep 2024, Aug 2025
    '.update-components-actor__title [aria-hidden="true"]',
    '.update-components-actor__name [aria-hidden="true"]', // 2023 naming
  ],
  actorLink: ['a.update-components-actor__meta-link', 'a.update-components-actor__image'],
  actorSubDescription: '.update-components-actor__sub-description', // "2d •" + hidden "2 days ago"
  /** "X commented on this" / "X likes this" / "X reposted this" above the actor (Sep 2024). */
  header: '.update-components-header, [data-view-name="feed-header-text"]',
  /** Scoped to the commentary: `.update-components-text` is reused in comments and reshares. */
  text: [
    '.update-components-update-v2__commentary', // 2024–2026
    '.feed-shared-update-v2__description .update-components-text',
    '[data-view-name="feed-commentary"]', // 2025 intermediate layer
    '.feed-shared-text', // before 2024 (renamed; browser-harness activity.md)
  ],
  seeMore: '.feed-shared-inline-show-more-text__see-more-less-toggle',
  /** The embedded original of a reshare (old names kept: LinkOff used the mini-update until 2026). */
  reshare: '.update-components-mini-update-v2, .feed-shared-reshared-update, .feed-shared-mini-update-v2',
  media: [
    ['video', '.update-components-linkedin-video, [data-view-name="feed-video"]'],
    ['document', '[data-view-name="feed-document-container"], .update-components-document'],
    ['poll', '.update-components-poll'],
    ['article', '.update-components-article'],
    ['image', '.update-components-image, img.update-components-image__image, [data-view-name="feed-update-image"]'],
  ] as const,
  countsRow: '.social-details-social-counts',
  reactionsItem: 'li.social-details-social-counts__reactions, .social-details-social-counts__reactions',
  /** The bare number beside the reaction icons: the one count that needs no label. */
  reactionsCount: '.social-details-social-counts__reactions-count',
  reactionsButton: 'li.social-details-social-counts__reactions button, button[data-reaction-details]',
  socialProofNumber: '.social-details-social-counts__social-proof-fallback-number',
  /** The Like/Comment bar (Sep 2024, Aug 2025); its aria-labels are in locale.ts. */
  actionBar: '.feed-shared-social-action-bar, button.react-button__trigger',
  /** Own-post impressions: "1,234 impressions" (legacy) and the 2026 analytics anchor. */
  impressions: '.ca-entry-point__num-views, a[href*="/analytics/post-summary/"]',
} as const;

/** React "SDUI" markup: home feed from Nov 2025 (broad by Feb–Apr 2026), post detail 2026-05-06. */
export const SDUI = {
  /** Post wrappers keyed `expanded<token>FeedType_MAIN_FEED_RELEVANCE` (2026-08) or
   *  `…FeedType_FEED_DETAIL` (post detail, 2026-05-06). The prefix separates posts from modules. */
  keyedCard: '[componentkey^="expanded"][componentkey*="FeedType_"]',
  detailCard: '[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]',
  /** The post-detail screen holds the card and, beside it (not inside), the comment list. */
  detailScreen: '[data-sdui-screen*="UpdateDetail"]',
  /** Climbing from a control menu to its card stops below these: they hold many posts. */
  landmarks: [
    'body',
    'main',
    '[role="main"]',
    '[role="list"]',
    '[role="feed"]',
    '[data-testid="mainFeed"]', // 2026-03 → 2026-09
    '[data-component-type="LazyColumn"]',
    '[data-sdui-screen]',
    '[componentkey^="container-update-list"]', // 2026-02-24 (LinkOff beacd50)
  ].join(', '),
  /** Among the climbed ancestors the card is the highest that LinkedIn itself marks as a unit. */
  unit: '[role="listitem"], [componentkey]',
  text: '[data-testid="expandable-text-box"]', // 2026-03 → 2026-09, feed and post detail
  textMore: '[data-testid="expandable-text-button"]',
  /** Reshared original inside a card. [U] index id 63193608667, not seen in a capture. */
  reshare: '[data-testid*="reshare" i], [data-testid*="resharedUpdate" i]',
  /** [U] index id 57494522840. The `<p>Promoted</p>` text line is checked through locale.ts. */
  sponsoredLabel: '[data-testid="sponsored-label"]',
  media: [
    ['video', 'video, [data-vjs-player]'],
    ['document', '[componentkey^="document-container"]'],
    ['poll', '[data-testid*="poll" i], [componentkey*="poll" i]'], // [U]
    ['article', 'a[href*="/pulse/"]'],
    ['image', 'img[alt="View image"], img[src*="feedshare"], [data-testid="carousel"]'],
  ] as const,
} as const;

/** A link to a person's or a page's profile: authors, mentions, the "X likes this" header. */
export const PROFILE_LINK = 'a[href*="/in/"], a[href*="/company/"]';

/** Comments, both generations. LinkedIn lazy-loads them; we read only what is rendered. */
export const COMMENTS = {
  /** Legacy: `article.comments-comment-entity` since ~2024, `comments-comment-item` before; found by
   *  the urn alone, so a comment stays a comment (and its counts its own) when the classes change.
   *  SDUI (post detail since 2026-05-06): three nested nodes share one `componentkey`. */
  container: ['[data-id^="urn:li:comment:"]', '[componentkey^="replaceableComment_urn:li:comment:"]'].join(', '),
  /** The lists that hold them: legacy `comments-comments-list`, SDUI comment LazyColumns. */
  section: '.comments-comments-list, [componentkey*="commentsSection"], [componentkey*="pagedCommentsContainer"]',
  legacyReply: '.comments-comment-entity--reply',
  legacyName: ['.comments-comment-meta__description-title', '.comments-post-meta__name-text'],
  legacyHeadline: ['.comments-comment-meta__description-subtitle', '.comments-post-meta__headline'],
  legacyBadge: '.comments-comment-meta__badge',
  legacyText: [
    '.comments-comment-item__main-content',
    '.comments-comment-entity__content .update-components-text',
  ],
  /** Comment author: a person, or a page answering as itself. */
  authorLink: PROFILE_LINK,
  time: 'time',
} as const;

/** Page headers: the company top card (legacy) and the About page. */
export const HEADER = {
  /** Legacy top card (linkedin-spider company.py); then any page heading (SDUI, profiles [U]). */
  legacyName: ['h1.org-top-card-summary__title', '.org-top-card-summary__title'],
  name: ['main h1', '[role="main"] h1', 'h1'],
  infoItems: '.org-top-card-summary-info-list__info-item, .org-top-card-summary-info-list__info-item-link',
  aboutSize: '.org-about-company-module__company-size-definition-text, [data-test-id="about-us__size"] dd',
  aboutIndustry: '[data-test-id="about-us__industry"] dd',
  /** Where the generic header reader looks (both generations) and what it never reads as header. */
  region: ['main', '[role="main"]', 'body'],
  notHeader: 'nav, aside, header, footer, script, style, [role="listitem"], [componentkey^="expanded"], [data-testid="mainFeed"]',
} as const;

/** Links in a post that lead off LinkedIn (or through its shortener and redirector). */
export const OUTBOUND = {
  linkedinHost: /(^|\.)linkedin\.com$/i,
  shortener: 'lnkd.in',
  redirectPath: '/redir/',
} as const;
