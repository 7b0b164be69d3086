/**
 * What content scripts send: neutral observations of what the user can see, produced by a
 * platform reader. The background validates them (lib/messaging/schemas.ts) and stores them.
 *
 * Plain types only: content-script bundles must not pull in zod, Dexie or React.
 */
import type { Band, MediaKind, PageKind, Platform } from '../analysis/model';

/** What kind of page the tab shows; decided from the URL alone (pure functions per platform). */
export type PageSurface = 'company' | 'profile' | 'post' | 'feed';

export interface PageTarget {
  platform: Platform;
  surface: PageSurface;
  /**
   * The page the posts belong to, e.g. "linkedin:company/acme". Null on surfaces where posts come
   * from many authors (home feed, single post): there each post's author decides its page.
   */
  pageKey: string | null;
  /** Canonical URL of that page (null when pageKey is null). */
  pageUrl: string | null;
}

export interface CountsObservation {
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  impressions: number | null;
}

export interface CommentObservation {
  id: string;
  authorName: string;
  authorUrl: string | null;
  authorHeadline: string | null;
  text: string;
  reactions: number | null;
  isReply: boolean;
  byPageAuthor: boolean;
  publishedAt: number | null;
}

export interface PostObservation {
  id: string;
  /** Page key of the author ("linkedin:company/acme"), when the author link was readable. */
  authorPageKey: string | null;
  authorName: string | null;
  authorKind: PageKind | null;
  publishedAt: number | null;
  publishedAtApprox: boolean;
  text: string;
  hashtags: string[];
  links: string[];
  mediaKind: MediaKind;
  isReshare: boolean;
  counts: CountsObservation;
  comments: CommentObservation[];
  /** Field names the reader could not read on this card (e.g. ["reactions", "publishedAt"]). */
  missing: string[];
}

export interface PageHeaderObservation {
  name: string | null;
  followers: number | null;
  employeeBand: Band | null;
  industry: string | null;
}

/** How well the reader understood the cards it saw: lets the UI say "couldn't read" instead of 0. */
export interface ParseHealth {
  cardsSeen: number;
  fullyParsed: number;
  partlyParsed: number;
  skipped: number;
  /** field name → number of cards where it was missing */
  missingFields: Record<string, number>;
  /** Which markup generation matched, e.g. { "legacy": 12, "sdui": 0 } */
  markup: Record<string, number>;
}

export interface PageObservation {
  platform: Platform;
  pageKey: string;
  pageUrl: string;
  kind: PageKind;
  header: PageHeaderObservation | null;
}

/** One message's worth of observations for one page. */
export interface ObservationBatch {
  page: PageObservation;
  posts: PostObservation[];
  health: ParseHealth;
  /** Epoch ms when the content script read these posts. */
  observedAt: number;
}

/** Outcome of reading one card. */
export type CardResult =
  | { kind: 'post'; post: PostObservation; markup: string }
  | { kind: 'skipped'; reason: 'promoted' | 'not-a-post' | 'unreadable'; markup: string };

/** Everything a platform contributes to the collector. One implementation per platform. */
export interface PlatformReader {
  platform: Platform;
  /** Pure: which page is this URL, or null when Echt has nothing to read here. */
  targetFor(url: URL): PageTarget | null;
  /** The post cards currently in the DOM under root (outermost card elements only). */
  findCards(root: ParentNode): Element[];
  /** The outermost card enclosing node (or node itself), or null: re-reads a card that changed. */
  cardOf(node: Element): Element | null;
  /** Reads one card. Never throws: unreadable cards come back as skipped. */
  readCard(card: Element, now: number): CardResult;
  /** Reads the page header (name, followers, employees) where the surface shows one. */
  readHeader(doc: Document, target: PageTarget): PageHeaderObservation | null;
}
