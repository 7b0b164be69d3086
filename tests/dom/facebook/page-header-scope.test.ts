/**
 * readPageHeader reads main outside the post cards and finds the cards only when its walk reaches
 * them. A header line below the feed is still found, and one inside a post still is not.
 */
import { describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';

const target = { platform: 'facebook', surface: 'company', pageKey: 'facebook:acme', pageUrl: 'https://www.facebook.com/acme' } as const;

function post(text: string): string {
  return `<div class="card"><h2><a href="https://www.facebook.com/acme">Acme</a></h2>
    <div aria-label="Actions for this post" role="button">⋯</div>
    <div data-ad-comet-preview="message"><div dir="auto">${text}</div></div>
    <div><span>Page · Wrong</span><span>99 followers</span></div></div>`;
}

describe('readPageHeader with lines around the feed', () => {
  it('skips what posts say and reads the lines after the feed', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `<div role="main"><h1>Acme</h1>
      <div class="feed">${post('First post')}${post('Second post')}</div>
      <div><span>Page · Bakery</span></div><div><span>1.2K followers</span></div></div>`;
    expect(facebookReader.readHeader(document, target)).toEqual({ name: 'Acme', followers: 1200, employeeBand: null, industry: 'Bakery' });
  });

  it('reads the header above the feed without looking further', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `<div role="main"><h1>Acme</h1><div><span>Page · Bakery</span></div><div>3 followers</div>
      <div class="feed">${post('First post')}</div></div>`;
    expect(facebookReader.readHeader(document, target)).toEqual({ name: 'Acme', followers: 3, employeeBand: null, industry: 'Bakery' });
  });

  it('finds nothing in the posts alone', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = `<div role="main"><div class="feed">${post('First post')}${post('Second post')}</div></div>`;
    expect(facebookReader.readHeader(document, target)).toBeNull();
  });
});
