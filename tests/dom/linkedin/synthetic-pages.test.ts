/**
 * The synthetic pages the e2e tests and benchmarks use must read exactly like the fixtures: one
 * invented company rendered in both generations and both languages gives the same posts.
 */
import { describe, expect, it } from 'vitest';
import { activityIdAt, linkedinLegacyCompanyPage, type SyntheticCompany } from '../../fixtures/synthetic/linkedin-legacy';
import { linkedinSduiCompanyPage } from '../../fixtures/synthetic/linkedin-sdui';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import { postsOf, readAll } from './fixture';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1, 9);

function company(lang: 'en' | 'nl'): SyntheticCompany {
  return {
    slug: 'molenaar-bouw',
    name: 'Molenaar Bouw',
    followers: 12_480,
    employees: '51-200',
    industry: 'Construction',
    lang,
    posts: [
      { activityId: activityIdAt(T0, 11), text: 'Topping-out at the Zwolle site today.\nThanks to the whole crew!', hashtags: ['bouw', 'Zwolle'], reactions: 1234, comments: 56, reposts: 7, media: 'image' },
      { activityId: activityIdAt(T0 - 3 * DAY, 22), text: 'How we pour concrete in winter.', reactions: 88, comments: 1, reposts: 0, media: 'video' },
      { activityId: activityIdAt(T0 - 9 * DAY, 33), text: 'Office closed on Friday.', reactions: 0, comments: 0, reposts: 0 },
    ],
  };
}

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html.replace(/<script>[\s\S]*?<\/script>/g, ''), 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.innerHTML = parsed.body.innerHTML;
}

describe.each(['en', 'nl'] as const)('synthetic company pages (%s)', (lang) => {
  it('read alike in the legacy and the SDUI generation', () => {
    const now = T0 + 2 * 3_600_000;
    const shapes = [linkedinLegacyCompanyPage(company(lang)), linkedinSduiCompanyPage(company(lang))].map((html) => {
      load(html);
      const results = readAll(now);
      return {
        markup: [...new Set(results.map((result) => result.markup))],
        posts: postsOf(results).map((post) => ({
          author: [post.authorName, post.authorPageKey, post.authorKind],
          text: post.text,
          hashtags: post.hashtags,
          mediaKind: post.mediaKind,
          counts: post.counts,
          missing: post.missing,
        })),
        header: linkedinReader.readHeader(document, linkedinReader.targetFor(new URL('https://www.linkedin.com/company/molenaar-bouw/'))!),
      };
    });
    expect(shapes[0]!.markup).toEqual(['legacy']);
    expect(shapes[1]!.markup).toEqual(['sdui']);
    expect(shapes[1]!.posts).toEqual(shapes[0]!.posts);
    expect(shapes[0]!.posts.map((post) => post.counts)).toEqual([
      { reactions: 1234, comments: 56, reposts: 7, impressions: null },
      { reactions: 88, comments: 1, reposts: 0, impressions: null },
      { reactions: 0, comments: 0, reposts: 0, impressions: null },
    ]);
    expect(shapes[1]!.header).toEqual(shapes[0]!.header);
    expect(shapes[1]!.header).toEqual({ name: 'Molenaar Bouw', followers: 12480, employeeBand: { min: 51, max: 200 }, industry: 'Construction' });
  });

  it('dates SDUI posts by their labels, relative to when the page was read', () => {
    load(linkedinSduiCompanyPage(company(lang), { now: T0 + 2 * 3_600_000 }));
    const readAt = Date.UTC(2026, 8, 20, 12);
    const posts = postsOf(readAll(readAt));
    expect(posts.map((post) => [post.publishedAtApprox, (readAt - post.publishedAt!) / 3_600_000])).toEqual([
      [true, 2],
      [true, 3 * 24],
      [true, 7 * 24],
    ]);
    expect(new Set(posts.map((post) => post.id)).size).toBe(3);
  });
});
