/**
 * scope.ts reads a part selector out of its whole's matches (`partsOf`): that gives the same
 * elements only when every item of the part is an item of the whole. This pins that contract for
 * every part recorded, so a selector edit in selectors.ts cannot silently break it.
 */
import { describe, expect, it } from 'vitest';
import '../../../lib/platforms/linkedin/parse-counts'; // records the counts reader's zone
import { recordedParts } from '../../../lib/platforms/linkedin/scope';

const itemsOf = (list: string) => list.split(', ');

describe('selectors read out of a whole list', () => {
  it('records the zones of FOREIGN, TEXT_ZONE and the author-and-menus zone', () => {
    expect(new Set(recordedParts.values()).size).toBe(3);
  });

  it('each part is made of whole items of its list (no item holds ", " of its own)', () => {
    for (const [part, whole] of recordedParts) {
      const items = new Set(itemsOf(whole));
      for (const item of itemsOf(part)) expect(items.has(item), `${item} in ${whole}`).toBe(true);
      for (const item of items) expect(item).not.toMatch(/[([]{1}[^)\]]*$/); // no item cut inside () or []
    }
  });
});
