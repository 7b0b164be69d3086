import { describe, expect, it } from 'vitest';
import { PageBatches } from '../../../lib/collector/page-batches';
import type { PageTarget } from '../../../lib/platforms/types';

const header = { name: 'Ada Lovelace', followers: 1200, employeeBand: null, industry: null };

describe('PageBatches: the header alone decides nothing about the page kind', () => {
  it('files a profile header that arrives before any post as a person, not a brand', () => {
    const target: PageTarget = { platform: 'linkedin', surface: 'profile', pageKey: 'linkedin:in/ada', pageUrl: 'https://www.linkedin.com/in/ada/' };
    const batches = new PageBatches('linkedin');
    batches.setHeader(target, header);
    const [batch] = batches.drain(Date.UTC(2026, 10, 1));
    expect(batch?.page.kind).toBe('person');
    expect(batch?.page.header).toEqual(header);
  });

  it('files a company header as a brand', () => {
    const target: PageTarget = { platform: 'linkedin', surface: 'company', pageKey: 'linkedin:company/acme', pageUrl: 'https://www.linkedin.com/company/acme/' };
    const batches = new PageBatches('linkedin');
    batches.setHeader(target, { ...header, name: 'Acme' });
    expect(batches.drain(Date.UTC(2026, 10, 1))[0]?.page.kind).toBe('brand');
  });
});
