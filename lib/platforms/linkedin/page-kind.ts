/**
 * Which LinkedIn page a URL shows. Pure functions over URLs, tested against each other's examples.
 * Equivalent URLs of one page (`/company/acme/`, `/company/acme/posts/?feedView=all`) share a key.
 */
import type { PageTarget } from '../types';

const HOST = /^(?:www\.)?linkedin\.com$/i;

/** Company sub-pages that show the company's own posts or its header. */
const COMPANY_SECTIONS = new Set(['', 'posts', 'about', 'home']);

export function companySlug(url: URL): string | null {
  if (!HOST.test(url.hostname)) return null;
  const match = /^\/company\/([^/]+)\/?([^/]*)\/?$/.exec(url.pathname);
  if (!match?.[1]) return null;
  const section = (match[2] ?? '').toLowerCase();
  if (!COMPANY_SECTIONS.has(section)) return null;
  return decodeURIComponent(match[1]).toLowerCase();
}

export function companyPageKey(slug: string): string {
  return `linkedin:company/${slug}`;
}

export function companyPageUrl(slug: string): string {
  return `https://www.linkedin.com/company/${encodeURIComponent(slug)}/`;
}

export function linkedinTarget(url: URL): PageTarget | null {
  const slug = companySlug(url);
  if (slug) {
    return {
      platform: 'linkedin',
      surface: 'company',
      pageKey: companyPageKey(slug),
      pageUrl: companyPageUrl(slug),
    };
  }
  return null;
}
