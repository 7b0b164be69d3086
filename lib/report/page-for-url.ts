/**
 * Which stored page a URL is about. Pure: the same detectors the content scripts use, so
 * `/company/acme/` and `/company/acme/posts/?feedView=all` resolve to the same page.
 */
import { facebookTarget } from '../platforms/facebook/page-kind';
import { linkedinTarget } from '../platforms/linkedin/page-kind';
import type { PageTarget } from '../platforms/types';

const DETECTORS: Array<(url: URL) => PageTarget | null> = [linkedinTarget, facebookTarget];

export function targetForUrl(raw: string | null | undefined): PageTarget | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  for (const detect of DETECTORS) {
    const target = detect(url);
    if (target) return target;
  }
  return null;
}
