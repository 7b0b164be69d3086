/**
 * When the post was published. The id-decoded time is exact (dom-facts §1.8) and always wins;
 * otherwise the time label, read in falling order of precision: `time[datetime]`, the legacy
 * sub-description ("2d •" with a hidden "2 days ago"), then the SDUI author block's "18h •" line.
 * A label carries up to a unit of error, so those results are marked approximate.
 */
import { parseRelativeTime } from '../shared/relative-time';
import { cleanTextOf } from '../shared/text';
import { TEXT_ZONE, inZone, isLeaf, own, type CardScope } from './scope';
import { LEGACY } from './selectors';
import { queryAll } from '../shared/query-all';

export interface Published {
  publishedAt: number | null;
  approx: boolean;
}

function fromDatetime(scope: CardScope): number | null {
  for (const time of own(scope, 'time[datetime]')) {
    const ms = Date.parse(time.getAttribute('datetime') ?? '');
    if (!Number.isNaN(ms)) return ms;
  }
  return null;
}

/** Legacy: the visible short form and its hidden long twin; either may be the one we understand. */
function fromSubDescription(scope: CardScope, now: number): number | null {
  for (const sub of own(scope, LEGACY.actorSubDescription)) {
    const labels = [sub.closest('[aria-label]')?.getAttribute('aria-label'), sub.textContent];
    for (const el of queryAll(sub, 'span')) labels.push(el.textContent);
    for (const label of labels) {
      const ms = label ? parseRelativeTime(label, now) : null;
      if (ms !== null) return ms;
    }
  }
  return null;
}

/** SDUI: the author block's lines end the time with a bullet ("18h •", "2d • Edited •"). */
function fromBulletLine(scope: CardScope, now: number): number | null {
  for (const el of own(scope, 'a[href*="/in/"] *, a[href*="/company/"] *, p, span')) {
    if (!isLeaf(el) || inZone(scope, el, TEXT_ZONE)) continue;
    const text = cleanTextOf(el);
    if (!/[•·]/.test(text) || text.length > 40) continue;
    const ms = parseRelativeTime(text.split(/[•·]/)[0] ?? '', now);
    if (ms !== null) return ms;
  }
  return null;
}

export function readPublished(scope: CardScope, idTime: number | null, now: number): Published {
  if (idTime !== null) return { publishedAt: idTime, approx: false };
  const exact = fromDatetime(scope);
  if (exact !== null) return { publishedAt: exact, approx: false };
  const label = fromSubDescription(scope, now) ?? fromBulletLine(scope, now);
  return { publishedAt: label, approx: label !== null };
}
