import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../../lib/analysis';
import { posts, timeline } from '../analysis/builders';

// The flags item binds to the extension API when first imported: give it the fake one first.
vi.stubGlobal('browser', fakeBrowser);
vi.stubGlobal('chrome', fakeBrowser);
const { MAX_FLAGGED_PAGES } = await import('../../../lib/highlight/flags');
const { withPageFlags } = await import('../../../lib/report/publish-flags');

describe('withPageFlags', () => {
  const shop = timeline(posts(10, (i) => ({ text: i < 6 ? `Order now: 20% korting on item ${i}!` : `A story, part ${i}.` })));
  const report = analyze(shop);

  it('stores each flagged post’s checks and their names in the chosen language', () => {
    const flags = withPageFlags({}, shop.page.key, report, 'nl', 1);
    const page = flags[shop.page.key];
    expect(page?.flags['post-0']).toContain('sales-only-timeline');
    expect(page?.titles['sales-only-timeline']).toBe('Alleen maar verkopen');
  });

  it('keeps only the most recently reported pages', () => {
    let all = {};
    for (let i = 0; i < MAX_FLAGGED_PAGES + 5; i++) all = withPageFlags(all, `linkedin:company/p${i}`, report, 'en', i);
    expect(Object.keys(all)).toHaveLength(MAX_FLAGGED_PAGES);
    expect(all).toHaveProperty(`linkedin:company/p${MAX_FLAGGED_PAGES + 4}`);
    expect(all).not.toHaveProperty('linkedin:company/p0');
  });
});
