/**
 * Each page-kind detector against its own examples AND every other detector's examples, plus
 * pages Echt must ignore (Refined GitHub's habit: detectors that cannot claim each other's URLs).
 */
import { describe, expect, it } from 'vitest';
import {
  activityProfileName,
  authorPageOf,
  companySlug,
  isHomeFeed,
  linkedinTarget,
  postUrnFromUrl,
} from '../../../lib/platforms/linkedin/page-kind';

const COMPANY = [
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/company/acme',
  'https://www.linkedin.com/company/acme/posts/',
  'https://www.linkedin.com/company/acme/posts/?feedView=all',
  'https://www.linkedin.com/company/Acme/posts/?feedView=all&viewAsMember=true',
  'https://linkedin.com/company/acme/about/',
  'https://www.linkedin.com/company/acme/home/',
];
const PROFILE = [
  'https://www.linkedin.com/in/ada-devries/recent-activity/all/',
  'https://www.linkedin.com/in/ada-devries/recent-activity/shares/',
  'https://www.linkedin.com/in/Ada-DeVries/recent-activity/comments/',
  'https://www.linkedin.com/in/ada-devries/recent-activity/',
];
const POST = [
  'https://www.linkedin.com/posts/acme_energy-activity-7366035426510034567-AbCd/',
  'https://www.linkedin.com/posts/ada-devries_design-activity-7453352027750401212-x9Zq?utm_source=share',
  'https://www.linkedin.com/posts/acme_grid-ugcPost-7455526304612352111-Qw3e/',
  'https://www.linkedin.com/feed/update/urn:li:activity:7455526354944000101/',
  'https://www.linkedin.com/feed/update/urn:li:ugcPost:7455526304612352111/?commentUrn=urn%3Ali%3Acomment%3A(x)',
  'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7455526354944000101/',
];
const FEED = ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed', 'https://www.linkedin.com/feed/?trk=nav', 'https://www.linkedin.com/preload/'];
const IGNORED = [
  'https://www.linkedin.com/jobs/',
  'https://www.linkedin.com/jobs/view/4012345678/',
  'https://www.linkedin.com/messaging/',
  'https://www.linkedin.com/messaging/thread/2-abc/',
  'https://www.linkedin.com/company/acme/jobs/',
  'https://www.linkedin.com/company/acme/people/',
  'https://www.linkedin.com/company/acme/life/',
  'https://www.linkedin.com/company/acme/posts/extra/',
  'https://www.linkedin.com/school/tu-delft/',
  'https://www.linkedin.com/school/tu-delft/posts/',
  'https://www.linkedin.com/in/ada-devries/',
  'https://www.linkedin.com/in/ada-devries/recent-activity/reactions/',
  'https://www.linkedin.com/in/me/recent-activity/all/',
  'https://www.linkedin.com/feed/hashtag/?keywords=energy',
  'https://www.linkedin.com/feed/following/',
  'https://www.linkedin.com/feed/update/urn:li:activity:123/',
  'https://www.linkedin.com/posts/',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/notifications/',
  'https://www.linkedin.com/search/results/all/?keywords=acme',
  'https://www.linkedin.com/pulse/some-article-ada-devries/',
  'https://www.linkedin.com/analytics/post-summary/urn:li:activity:7453352027750401212/',
  'https://www.example.com/company/acme/',
  'https://www.linkedin.com.evil.example/company/acme/',
  'https://www.facebook.com/acme/',
];
const ALL = { COMPANY, PROFILE, POST, FEED, IGNORED };

function others(own: keyof typeof ALL): string[] {
  return Object.entries(ALL).flatMap(([name, urls]) => (name === own ? [] : urls));
}

describe('company pages', () => {
  it.each(COMPANY)('%s is company "acme"', (url) => {
    expect(companySlug(new URL(url))).toBe('acme');
    expect(linkedinTarget(new URL(url))).toEqual({
      platform: 'linkedin',
      surface: 'company',
      pageKey: 'linkedin:company/acme',
      pageUrl: 'https://www.linkedin.com/company/acme/',
    });
  });
  it.each(others('COMPANY'))('%s is not a company page', (url) => {
    expect(companySlug(new URL(url))).toBeNull();
  });
});

describe('personal activity pages', () => {
  it.each(PROFILE)('%s is the activity of "ada-devries"', (url) => {
    expect(activityProfileName(new URL(url))).toBe('ada-devries');
    expect(linkedinTarget(new URL(url))).toEqual({
      platform: 'linkedin',
      surface: 'profile',
      pageKey: 'linkedin:in/ada-devries',
      pageUrl: 'https://www.linkedin.com/in/ada-devries/',
    });
  });
  it.each(others('PROFILE'))('%s is not an activity page', (url) => {
    expect(activityProfileName(new URL(url))).toBeNull();
  });
});

describe('single posts', () => {
  it.each(POST)('%s is a single post', (url) => {
    expect(postUrnFromUrl(new URL(url))).not.toBeNull();
    expect(linkedinTarget(new URL(url))).toEqual({ platform: 'linkedin', surface: 'post', pageKey: null, pageUrl: null });
  });
  it('names the post in the URL, activity or ugcPost', () => {
    expect(postUrnFromUrl(new URL(POST[0]!))).toEqual({ type: 'activity', id: '7366035426510034567' });
    expect(postUrnFromUrl(new URL(POST[2]!))).toEqual({ type: 'ugcPost', id: '7455526304612352111' });
    expect(postUrnFromUrl(new URL(POST[5]!))).toEqual({ type: 'activity', id: '7455526354944000101' });
  });
  it.each(others('POST'))('%s is not a single post', (url) => {
    expect(postUrnFromUrl(new URL(url))).toBeNull();
  });
});

describe('home feed', () => {
  it.each(FEED)('%s is the home feed', (url) => {
    expect(isHomeFeed(new URL(url))).toBe(true);
    expect(linkedinTarget(new URL(url))).toEqual({ platform: 'linkedin', surface: 'feed', pageKey: null, pageUrl: null });
  });
  it.each(others('FEED'))('%s is not the home feed', (url) => {
    expect(isHomeFeed(new URL(url))).toBe(false);
  });
});

describe('pages Echt ignores', () => {
  it.each(IGNORED)('%s has no target', (url) => {
    expect(linkedinTarget(new URL(url))).toBeNull();
  });
});

describe('author pages from links', () => {
  it.each([
    ['https://www.linkedin.com/company/kade-logistics/posts/', 'linkedin:company/kade-logistics', 'brand', 'https://www.linkedin.com/company/kade-logistics/'],
    ['/company/Kade-Logistics/', 'linkedin:company/kade-logistics', 'brand', 'https://www.linkedin.com/company/kade-logistics/'],
    ['https://www.linkedin.com/in/noor-haddad/?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACo', 'linkedin:in/noor-haddad', 'person', 'https://www.linkedin.com/in/noor-haddad/'],
    ['https://www.linkedin.com/in/ada-devries?miniProfileUrn=x', 'linkedin:in/ada-devries', 'person', 'https://www.linkedin.com/in/ada-devries/'],
  ])('%s → %s', (href, pageKey, kind, url) => {
    expect(authorPageOf(href)).toEqual({ pageKey, kind, url });
  });
  it.each(['https://www.linkedin.com/school/tu-delft/', 'https://www.example.org/in/x/', '', null])('%j is no author page', (href) => {
    expect(authorPageOf(href)).toBeNull();
  });
});
