/**
 * Every LinkedIn selector, in one place. Each field lists ordered alternatives: newest markup first,
 * legacy after, each with why it exists and when it was seen (shared/dom-facts.md). When LinkedIn
 * changes its layout, this file and the fixtures are what change.
 */

export const LEGACY = {
  /** Post card: `data-urn` on the update (2019 → today on recent-activity), `data-id` on the
   *  outer feed wrapper (Aug 2025 capture). Aggregates are grouped updates. */
  card: '[data-urn^="urn:li:activity:"], [data-id^="urn:li:activity:"], [data-id^="urn:li:aggregate:"]',
  /** Recognises the legacy generation on a page (dom-facts §6 step 1). */
  marker: '[data-urn^="urn:li:activity:"], .feed-shared-update-v2',
  actorName: [
    '.update-components-actor__title span[dir="ltr"] > span[aria-hidden="true"]', // Sep 2024, Aug 2025
    '.update-components-actor__title [aria-hidden="true"]',
    '.update-components-actor__name [aria-hidden="true"]', // 2023 naming
  ],
  actorLink: ['a.update-components-actor__meta-link', 'a.update-components-actor__image'],
  actorSubDescription: '.update-components-actor__sub-description',
  /** Control menu survives both stacks (2024 → 2026); its label names the author (English only). */
  controlMenu: 'button[aria-label^="Open control menu for post by "]',
  /** Scoped to the commentary: `.update-components-text` is reused in comments and reshares. */
  text: [
    '.update-components-update-v2__commentary', // 2024–2026
    '.feed-shared-update-v2__description .update-components-text',
    '.feed-shared-text', // before 2024 (renamed; browser-harness activity.md)
  ],
  hashtagLink: 'a[href*="/feed/hashtag/"], a[href*="keywords=%23"]',
  reshare: '.update-components-mini-update-v2, .feed-shared-reshared-update, .feed-shared-mini-update-v2',
  header: '.update-components-header',
  media: [
    ['video', '.update-components-linkedin-video, video'],
    ['document', '[data-view-name="feed-document-container"], .update-components-document'],
    ['poll', '.update-components-poll'],
    ['article', '.update-components-article'],
    ['image', '.update-components-image, img.update-components-image__image'],
  ] as const,
  countsRow: '.social-details-social-counts',
  reactionsCount: '.social-details-social-counts__reactions-count',
  reactionsButton: 'li.social-details-social-counts__reactions button, button[data-reaction-details]',
  socialProofNumber: '.social-details-social-counts__social-proof-fallback-number',
  commentsButton: 'li.social-details-social-counts__comments button',
  countItems: '.social-details-social-counts__item, li, button',
  /** The Like/Comment bar: present on every readable card, with or without a counts row. */
  actionBar: '.feed-shared-social-action-bar, button.react-button__trigger, button[aria-label="Comment"]',
  impressions: '.ca-entry-point__num-views, a[href*="/analytics/post-summary/"]',
} as const;

export const COMPANY_HEADER = {
  name: ['h1.org-top-card-summary__title', '.org-top-card-summary__title', 'main h1'],
  infoItems: '.org-top-card-summary-info-list__info-item, .org-top-card-summary-info-list__info-item-link',
  aboutSize: '.org-about-company-module__company-size-definition-text, [data-test-id="about-us__size"] dd',
  aboutIndustry: '[data-test-id="about-us__industry"] dd',
} as const;
