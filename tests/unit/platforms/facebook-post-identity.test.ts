import { describe, expect, it } from 'vitest';
import { isPostLink, numericIdOf, pfbidOf, postIdOf, resolveHref } from '../../../lib/platforms/facebook/post-identity';

const url = (href: string) => new URL(href, 'https://www.facebook.com');
const PFBID = 'pfbid02Hb7kQ1xVn4aRtL9mZcYw3sE8dPqU6jTfG5hNoK2iBvXyA1rLzC4eD7gH9jKm3nPl';

describe('post links and their ids (dom-facts §2.2)', () => {
  it.each([
    ['/acme/posts/1234567890123456?__cft__[0]=AZ', '1234567890123456'],
    ['/permalink.php?story_fbid=1029384756102938&id=6155', '1029384756102938'],
    ['/story.php?story_fbid=1029384756102938&id=6155', '1029384756102938'],
    ['/groups/bakers/permalink/?multi_permalinks=5544332211', '5544332211'],
    ['/acme/videos/1122334455667788/', '1122334455667788'],
    ['/acme/videos/how-we-bake/1122334455667788/', '1122334455667788'],
    ['/photo/?fbid=712345678901234&set=a.5123', '712345678901234'],
    [`/acme/posts/${PFBID}`, null],
    [`/permalink.php?story_fbid=${PFBID}&id=6155`, null],
  ])('%s → numeric %s', (href, id) => {
    expect(numericIdOf(url(href))).toBe(id);
  });

  it('finds the pfbid token', () => {
    expect(pfbidOf(url(`/acme/posts/${PFBID}?__cft__[0]=AZ`))).toBe(PFBID);
    expect(pfbidOf(url('/acme/posts/123'))).toBeNull();
  });

  it('tells a post link from a link to one of its comments', () => {
    expect(isPostLink(url(`/acme/posts/${PFBID}`))).toBe(true);
    expect(isPostLink(url(`/acme/posts/${PFBID}?comment_id=345`))).toBe(false);
    expect(isPostLink(url('/acme'))).toBe(false);
    expect(isPostLink(url('/hashtag/bread'))).toBe(false);
  });

  it('resolves nothing for hover-only and script hrefs', () => {
    expect(resolveHref('#')).toBeNull();
    expect(resolveHref('')).toBeNull();
    expect(resolveHref('javascript:void(0)')).toBeNull();
    expect(resolveHref('/acme')?.href).toBe('https://www.facebook.com/acme');
  });
});

describe('postIdOf: numeric, then a stable hash of the text, then the pfbid', () => {
  const base = { author: 'facebook:acme', text: 'Fresh bread today', firstLink: null };

  it('prefers a numeric id from any of the post\u2019s links', () => {
    expect(postIdOf({ ...base, postLinks: [url(`/acme/posts/${PFBID}`), url('/photo/?fbid=712345')] })).toBe('fb:712345');
  });

  it('hashes author + text rather than trust a pfbid that changes over time', () => {
    const today = postIdOf({ ...base, postLinks: [url(`/acme/posts/${PFBID}`)] });
    const nextWeek = postIdOf({ ...base, postLinks: [url('/acme/posts/pfbid0SomethingElseEntirely')] });
    expect(today).toMatch(/^fb:h[0-9a-z]+$/);
    expect(nextWeek).toBe(today);
  });

  it('keeps the id when "See more" reveals more text or the line breaks change', () => {
    const long = 'We are hiring! Looking for an early bird who loves flour, butter and good company. Four mornings a week';
    const cut = postIdOf({ ...base, text: long.slice(0, 80), postLinks: [] });
    expect(postIdOf({ ...base, text: long.replace(/\. /g, '.\n\n'), postLinks: [] })).toBe(cut);
  });

  it('tells apart the same text by another author, and another text by the same author', () => {
    const id = postIdOf({ ...base, postLinks: [] });
    expect(postIdOf({ ...base, author: 'facebook:other', postLinks: [] })).not.toBe(id);
    expect(postIdOf({ ...base, text: 'Fresh cake today', postLinks: [] })).not.toBe(id);
  });

  it('falls back to the pfbid for a post without text, and gives up without anything', () => {
    expect(postIdOf({ ...base, text: '', postLinks: [url(`/acme/posts/${PFBID}`)] })).toBe(`fb:${PFBID}`);
    expect(postIdOf({ ...base, text: '', postLinks: [] })).toBeNull();
  });
});
