import { describe, expect, it } from 'vitest';
import { type FacebookLocation, facebookTarget, locateFacebook, pageRefOf } from '../../../lib/platforms/facebook/page-kind';

type Kind = FacebookLocation['kind'];

/** Each URL with the kind and (for pages and posts) the page key it must map to. */
const EXAMPLES: Record<Kind, Array<[string, string | null]>> = {
  page: [
    ['https://www.facebook.com/harbourlanebakery', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/HarbourLaneBakery/', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/harbourlanebakery/posts', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/harbourlanebakery/posts/?ref=page_internal', 'facebook:harbourlanebakery'],
    ['https://web.facebook.com/harbourlanebakery', 'facebook:harbourlanebakery'],
    ['https://nl-nl.facebook.com/harbourlanebakery', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/profile.php?id=61550123456789', 'facebook:id/61550123456789'],
    ['https://www.facebook.com/profile.php?id=61550123456789&sk=posts', 'facebook:id/61550123456789'],
    // personal profiles share the shape of Pages
    ['https://www.facebook.com/jan.jansen.9', 'facebook:jan.jansen.9'],
    ['https://www.facebook.com/profile.php?id=100012345678901', 'facebook:id/100012345678901'],
    ['https://www.facebook.com/people/Jan-Jansen/100012345678901/', 'facebook:id/100012345678901'],
    ['https://www.facebook.com/pages/Harbour-Lane-Bakery/123456789012345', 'facebook:id/123456789012345'],
    ['https://www.facebook.com/pg/harbourlanebakery/posts/', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/4', 'facebook:id/4'],
  ],
  post: [
    ['https://www.facebook.com/harbourlanebakery/posts/1234567890123456', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/harbourlanebakery/posts/pfbid02Hb7kQ1xVn4aRtL9mZcYw3sE8dPqU6jTf', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/harbourlanebakery/videos/1122334455667788/', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/harbourlanebakery/photos/a.512345678901234/712345678901234/', 'facebook:harbourlanebakery'],
    ['https://www.facebook.com/permalink.php?story_fbid=1029384756102938&id=61550123456789', 'facebook:id/61550123456789'],
    ['https://www.facebook.com/story.php?story_fbid=pfbid0Nl2kJ8hG5fD3sA1&id=61550123456789', 'facebook:id/61550123456789'],
    ['https://www.facebook.com/photo/?fbid=712345678901234&set=a.512345678901234', null],
    ['https://www.facebook.com/photo.php?fbid=712345678901234', null],
  ],
  feed: [
    ['https://www.facebook.com/', null],
    ['https://www.facebook.com/?sk=h_chr', null],
    ['https://www.facebook.com/home.php', null],
  ],
  other: [
    ['https://www.facebook.com/groups/123456789/', null],
    ['https://www.facebook.com/groups/bakers/posts/987654321/', null],
    ['https://www.facebook.com/watch/?v=1122334455667788', null],
    ['https://www.facebook.com/marketplace/item/123/', null],
    ['https://www.facebook.com/events/123456789/', null],
    ['https://www.facebook.com/login/', null],
    ['https://www.facebook.com/login.php', null],
    ['https://www.facebook.com/settings?tab=privacy', null],
    ['https://www.facebook.com/reel/3344556677889900', null],
    ['https://www.facebook.com/hashtag/sourdough', null],
    ['https://www.facebook.com/messages/t/123', null],
    ['https://www.facebook.com/friends/', null],
    ['https://www.facebook.com/notifications', null],
    ['https://www.facebook.com/pages/?category=your_pages', null],
    ['https://www.facebook.com/share/p/1AbCdEfGh/', null],
    ['https://www.facebook.com/harbourlanebakery/about', null],
    ['https://www.facebook.com/harbourlanebakery/photos', null],
    ['https://www.facebook.com/jan.jansen.9/friends', null],
    ['https://www.facebook.com/profile.php?id=61550123456789&sk=about', null],
    ['https://www.facebook.com/profile.php', null],
    ['https://www.facebook.com/permalink.php?id=61550123456789', null],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com', null],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://facebook.com.evil.example/harbourlanebakery', null],
    ['https://www.facebook.com/x', null],
  ],
};

describe('locateFacebook: every example is its own kind and no other', () => {
  for (const [kind, examples] of Object.entries(EXAMPLES) as Array<[Kind, Array<[string, string | null]>]>) {
    it.each(examples)(`${kind}: %s`, (url, key) => {
      const location = locateFacebook(new URL(url));
      expect(location.kind).toBe(kind);
      if (location.kind === 'page' || location.kind === 'post') expect(location.ref?.key ?? null).toBe(key);
    });
  }
});

describe('facebookTarget', () => {
  it('gives Pages and profiles a key and a canonical URL', () => {
    expect(facebookTarget(new URL('https://www.facebook.com/HarbourLaneBakery/posts/?ref=bookmarks'))).toEqual({
      platform: 'facebook',
      surface: 'company',
      pageKey: 'facebook:harbourlanebakery',
      pageUrl: 'https://www.facebook.com/harbourlanebakery',
    });
    expect(facebookTarget(new URL('https://www.facebook.com/profile.php?id=61550123456789'))?.pageUrl).toBe(
      'https://www.facebook.com/profile.php?id=61550123456789',
    );
  });

  it('leaves the page open on single posts and the feed: each post\u2019s author decides', () => {
    for (const url of [...EXAMPLES.post, ...EXAMPLES.feed].map(([u]) => u)) {
      const target = facebookTarget(new URL(url));
      expect(target?.pageKey).toBeNull();
      expect(target?.pageUrl).toBeNull();
      expect(['post', 'feed']).toContain(target?.surface);
    }
  });

  it('reads nothing elsewhere', () => {
    for (const [url] of EXAMPLES.other) expect(facebookTarget(new URL(url))).toBeNull();
  });
});

describe('pageRefOf: author and commenter links', () => {
  it.each([
    ['https://www.facebook.com/harbourlanebakery?__cft__[0]=AZX&__tn__=-UC%2CP-R', 'facebook:harbourlanebakery'],
    ['/maud.verbeek.77?comment_id=Y29t', 'facebook:maud.verbeek.77'],
    ['https://www.facebook.com/profile.php?id=100023456789012&comment_id=Y29t', 'facebook:id/100023456789012'],
    ['https://www.facebook.com/groups/bakers/user/100023456789012/', 'facebook:id/100023456789012'],
  ])('%s', (href, key) => {
    expect(pageRefOf(href)?.key).toBe(key);
  });

  it.each([null, '', '#', 'javascript:void(0)', '/hashtag/sourdough', '/harbourlanebakery/posts/123', '/groups/bakers/'])(
    'no page: %j',
    (href) => {
      expect(pageRefOf(href)).toBeNull();
    },
  );
});
