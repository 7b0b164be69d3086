/**
 * Which LinkedIn page a URL shows. Pure functions over URLs, each tested against its own examples
 * and every other detector's (tests/unit/platforms/linkedin-page-kind.test.ts). Equivalent URLs of
 * one page (`/company/acme/`, `/company/acme/posts/?feedView=all`) share a key.
 */
import type { PageTarget } from '../types';

const HOST = /^(?:www\.)?linkedin\.com$/i;

/** Company sub-pages that show the company's own posts or its header; not jobs, people, life. */
const COMPANY_SECTIONS = new Set(['', 'posts', 'about', 'home']);

/** Recent-activity tabs that list the person's own activity (dom-facts §1.1: still legacy 2026-05). */
const ACTIVITY_TABS = new Set(['', 'all', 'shares', 'comments']);

function onLinkedIn(url: URL): boolean {
  return HOST.test(url.hostname);
}

function segment(raw: string): string {
  try {
    return decodeURIComponent(raw).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

export function companySlug(url: URL): string | null {
  if (!onLinkedIn(url)) return null;
  const match = /^\/company\/([^/]+)\/?([^/]*)\/?$/.exec(url.pathname);
  if (!match?.[1]) return null;
  if (!COMPANY_SECTIONS.has((match[2] ?? '').toLowerCase())) return null;
  return segment(match[1]);
}

/** `/in/<name>/recent-activity/[all|shares|comments]/` → "<name>"; "me" is a redirect, not a name. */
export function activityProfileName(url: URL): string | null {
  if (!onLinkedIn(url)) return null;
  const match = /^\/in\/([^/]+)\/recent-activity\/?([^/]*)\/?$/.exec(url.pathname);
  if (!match?.[1] || !ACTIVITY_TABS.has((match[2] ?? '').toLowerCase())) return null;
  const name = segment(match[1]);
  return name === 'me' ? null : name;
}

/** A single post: `/posts/<slug>-activity-<id>-xxxx/` or `/feed/update/urn:li:activity:<id>/`. */
export function postUrnFromUrl(url: URL): { type: 'activity' | 'ugcPost' | 'share'; id: string } | null {
  if (!onLinkedIn(url)) return null;
  const path = decodeURIComponentSafe(url.pathname);
  const update = /^\/feed\/update\/urn:li:(activity|ugcPost|share):(\d{15,20})\/?$/.exec(path);
  const slug = /^\/posts\/[^/]*-(activity|ugcPost|share)-(\d{15,20})(?:-[^/]*)?\/?$/.exec(path);
  const match = update ?? slug;
  if (!match?.[1] || !match[2]) return null;
  return { type: match[1] as 'activity' | 'ugcPost' | 'share', id: match[2] };
}

/** The home feed (`/feed/`); some accounts load it at `/preload/` (2026-03-15, no-noise-linkedin #10). */
export function isHomeFeed(url: URL): boolean {
  return onLinkedIn(url) && /^\/(?:feed|preload)\/?$/.test(url.pathname);
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function companyPageKey(slug: string): string {
  return `linkedin:company/${slug}`;
}

export function personPageKey(name: string): string {
  return `linkedin:in/${name}`;
}

function pageUrl(kind: 'company' | 'in', name: string): string {
  return `https://www.linkedin.com/${kind}/${encodeURIComponent(name)}/`;
}

/** The page an author link points at: `/company/<slug>/…` or `/in/<name>/…`, any sub-path. */
export function authorPageOf(href: string | null | undefined): { pageKey: string; kind: 'brand' | 'person'; url: string } | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return null;
  }
  if (!onLinkedIn(url)) return null;
  const match = /^\/(company|in)\/([^/?#]+)/.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  const name = segment(match[2]);
  return match[1] === 'company'
    ? { pageKey: companyPageKey(name), kind: 'brand', url: pageUrl('company', name) }
    : { pageKey: personPageKey(name), kind: 'person', url: pageUrl('in', name) };
}

export function linkedinTarget(url: URL): PageTarget | null {
  const slug = companySlug(url);
  if (slug) {
    return { platform: 'linkedin', surface: 'company', pageKey: companyPageKey(slug), pageUrl: pageUrl('company', slug) };
  }
  const person = activityProfileName(url);
  if (person) {
    return { platform: 'linkedin', surface: 'profile', pageKey: personPageKey(person), pageUrl: pageUrl('in', person) };
  }
  // Single posts and the feed mix authors: each post's author decides its page.
  if (postUrnFromUrl(url)) return { platform: 'linkedin', surface: 'post', pageKey: null, pageUrl: null };
  if (isHomeFeed(url)) return { platform: 'linkedin', surface: 'feed', pageKey: null, pageUrl: null };
  return null;
}
