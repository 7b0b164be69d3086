/**
 * Every runtime message, named by direction. Types only: content scripts import this file, and
 * it must stay free of zod (the schemas that validate these live in ./schemas.ts, background only).
 */
import type { ObservationBatch } from '../platforms/types';

/** content script → background: posts the user has seen on a page. */
export const OBSERVATIONS = 'echt:content→bg:observations';
/** extension page → content script: scroll to and highlight these posts ("show me"). */
export const SHOW_POSTS = 'echt:page→content:show-posts';

export interface ObservationsMessage {
  type: typeof OBSERVATIONS;
  batch: ObservationBatch;
}

export interface ShowPostsMessage {
  type: typeof SHOW_POSTS;
  postIds: string[];
  /** Why these posts, shown on the outline (e.g. the check's name), in the user's language. */
  label?: string;
}

/** The content script's answer: how many of the posts are on the page now (feeds drop old ones). */
export type ShowPostsResponse = { ok: true; found: number; missing: number } | { ok: false; error: string };

export type BackgroundResponse = { ok: true; stored: number } | { ok: false; error: string };

/** Upper bounds that keep a runaway or hostile sender from filling the store. */
export const LIMITS = {
  postsPerBatch: 200,
  commentsPerPost: 500,
  textLength: 20_000,
  shortText: 500,
  hashtagsPerPost: 100,
  linksPerPost: 50,
} as const;
