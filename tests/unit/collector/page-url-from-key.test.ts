import { describe, expect, it } from 'vitest';
import { pageUrlFromKey } from '../../../lib/collector/page-batches';

describe('pageUrlFromKey: author pages of home-feed posts get a real address', () => {
  it.each([
    ['linkedin:company/acme', 'https://www.linkedin.com/company/acme/'],
    ['linkedin:in/ada-lovelace', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['facebook:bakkerijdevries', 'https://www.facebook.com/bakkerijdevries'],
    ['facebook:id/100064512345678', 'https://www.facebook.com/profile.php?id=100064512345678'],
  ])('%s → %s', (key, url) => {
    expect(pageUrlFromKey(key)).toBe(url);
  });
});
