/**
 * The user's settings as stored, and their defaults. Plain data and no imports beyond types, so
 * the content script (which only needs `badges` and `language`) can read them without pulling in
 * the analysis core.
 */
import type { RuleId } from '../analysis/model';

/** The `browser.storage.local` key; lib/db/settings.ts and the content script read it directly. */
export const SETTINGS_KEY = 'settings';

/** 'auto' follows the browser's language. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'nl'] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** A rule's overrides; a field left out keeps the rule's default. */
export interface RuleOverrides {
  enabled?: boolean;
  thresholds?: Record<string, number>;
}

export interface Settings {
  language: LanguageChoice;
  /** Small per-post chips on LinkedIn/Facebook with the post's flags. Off by default: opt in. */
  badges: boolean;
  /** Stored observations older than this many days are pruned (by the storage layer). */
  retentionDays: number;
  /** Store commenter names as hashes: the same person is still recognised across posts. */
  hashCommenterNames: boolean;
  rules: Partial<Record<RuleId, RuleOverrides>>;
}

/** Retention bounds: at least a week (history needs some depth), at most ten years. */
export const RETENTION_DAYS = { default: 365, min: 7, max: 3650 } as const;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  badges: false,
  retentionDays: RETENTION_DAYS.default,
  hashCommenterNames: false,
  rules: {},
};
