/**
 * The platform-neutral model the analysis core works on.
 *
 * Nothing here knows about LinkedIn or Facebook markup, the DOM, Dexie, React or WXT: readers turn
 * markup into these shapes, storage keeps them, and `analyze()` turns a Timeline into a Report.
 * Unknown numbers are `null`, never 0: "couldn't read" and "zero" are different facts.
 */

export const PLATFORMS = ['linkedin', 'facebook'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Brand/company pages and personal profiles are benchmarked apart. */
export type PageKind = 'brand' | 'person';

/** Whether the user marked the page as their own or a competitor's. */
export type PageRelation = 'mine' | 'competitor' | 'unmarked';

/** An employee band such as "201-500 employees" ({min: 201, max: 500}) or "10,001+" (max null). */
export interface Band {
  min: number;
  max: number | null;
}

export interface PageInfo {
  platform: Platform;
  /** Stable key of the page, e.g. "linkedin:company/acme". Equivalent URLs map to one key. */
  key: string;
  /** Canonical URL of the page. */
  url: string;
  kind: PageKind;
  name: string | null;
  followers: number | null;
  employeeBand: Band | null;
  industry: string | null;
  relation: PageRelation;
}

export type MediaKind = 'none' | 'image' | 'video' | 'document' | 'poll' | 'article';

/** The counts of one post as seen at one moment. Counts that could not be read are null. */
export interface CountSnapshot {
  /** Epoch ms when the counts were read. */
  seenAt: number;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  /** Only on the user's own posts. */
  impressions: number | null;
}

export interface CommentItem {
  id: string;
  postId: string;
  authorName: string;
  /** Profile URL without query string, when shown. */
  authorUrl: string | null;
  /** LinkedIn headline ("Marketing lead at Acme"), when shown. */
  authorHeadline: string | null;
  text: string;
  reactions: number | null;
  /** A reply to another comment rather than a top-level comment. */
  isReply: boolean;
  /** Written by the post's author / the page itself (LinkedIn's "Author" badge). */
  byPageAuthor: boolean;
  /** Epoch ms, when known (decoded from the id or from relative text). */
  publishedAt: number | null;
}

export interface PostItem {
  id: string;
  /** Epoch ms. Decoded from the activity id where possible (exact), else from relative text. */
  publishedAt: number | null;
  /** True when publishedAt came from relative text ("2d") and may be off by up to a unit. */
  publishedAtApprox: boolean;
  authorName: string | null;
  text: string;
  /** Hashtags without '#', in order of appearance, original case. */
  hashtags: string[];
  links: string[];
  mediaKind: MediaKind;
  isReshare: boolean;
  /** Count snapshots, oldest first. Empty when counts were never readable. */
  snapshots: CountSnapshot[];
  /** The visible comments the user has seen under this post. */
  comments: CommentItem[];
}

export interface Timeline {
  page: PageInfo;
  posts: PostItem[];
  /** Epoch ms "now", passed in so the analysis is deterministic and testable. */
  now: number;
}

// ---------------------------------------------------------------------------------------------
// The report

/** Stable rule ids (see README and shared/domain.md). Also file names under lib/analysis/rules/. */
export const RULE_IDS = [
  'hollow-engagement',
  'engagement-spike',
  'same-circle',
  'generic-comments',
  'engagement-vs-audience',
  'burst-then-silence',
  'hashtag-overuse',
  'sales-only-timeline',
  'broadcast-only',
  'engagement-bait',
  'automated-feel',
  'posting-cadence',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'insufficient';

/**
 * A translatable message: a key into the message catalogues (lib/analysis/messages/en.ts, nl.ts)
 * and its parameters. The core never builds display strings itself, so the UI can show any locale.
 */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
}

/** A platform policy a warning matches (engagement bait, overly promotional, pods). */
export interface PolicyCitation {
  id: string;
  platform: Platform;
  /** e.g. "2017-12" */
  date: string;
  title: Msg;
}

export interface RuleResult {
  id: RuleId;
  status: RuleStatus;
  /** The figures behind the verdict, e.g. { promoShare: 0.67, promoPosts: 8, posts: 12 }. */
  figures: Record<string, number | string | null>;
  /** Post ids that are the evidence, most telling first. */
  evidencePostIds: string[];
  /** Commenter names that are the evidence (same-circle, generic-comments). */
  evidenceCommenters: string[];
  /**
   * Commenters whose headline names the page's own company (same-circle): colleagues supporting
   * their employer is normal, so they are counted apart and shown separately, never as evidence.
   */
  colleagueCommenters?: string[];
  /** Plain-language explanation of what was found (or why there is too little data). */
  explanation: Msg;
  /** One concrete next step built from the evidence; null when there is nothing to do. */
  suggestion: Msg | null;
  policy: PolicyCitation | null;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Report {
  pageKey: string;
  /** 0–100, or null when there is too little data to score. */
  score: number | null;
  grade: Grade | null;
  /** Why the score is null, when it is. */
  scoreReason: Msg | null;
  /** In RULE_IDS order. */
  results: RuleResult[];
  basis: {
    posts: number;
    comments: number;
    snapshots: number;
    /** Earliest and latest seenAt of any snapshot (epoch ms), null when none. */
    firstSeenAt: number | null;
    lastSeenAt: number | null;
    /** Which denominator engagement rates use on this page. */
    rateDenominator: 'followers' | 'impressions' | 'none';
  };
  /**
   * What the page's engagement would be without generic comments and comments by the circle of
   * regulars (same-circle); null when no post has readable counts. Only visible comments can be
   * discounted, so this is an upper bound of the real engagement.
   */
  adjustedEngagement?: AdjustedEngagement | null;
}

export interface AdjustedEngagement {
  /** Posts with readable reactions and comments. */
  posts: number;
  /** Mean reactions + comments per post, as counted. */
  interactionsPerPost: number;
  /** The same without generic comments and circle comments. */
  adjustedPerPost: number;
  genericComments: number;
  circleComments: number;
}

/** Per-rule settings the user can change (issue 6); unspecified fields fall back to defaults. */
export interface RuleSettings {
  enabled: boolean;
  thresholds: Record<string, number>;
}

export interface AnalyzeOptions {
  rules?: Partial<Record<RuleId, Partial<RuleSettings>>>;
}
