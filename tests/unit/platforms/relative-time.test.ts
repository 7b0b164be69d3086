import { describe, expect, it } from 'vitest';
import { parseRelativeTime } from '../../../lib/platforms/shared/relative-time';

// Local time, so calendar forms are checked in whatever zone the test machine runs in.
// Wednesday 2026-11-18 14:30.
const NOW = new Date(2026, 10, 18, 14, 30).getTime();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('parseRelativeTime: amounts', () => {
  it.each([
    // LinkedIn short forms (dom-facts §1.7); "mo"/"yr" are months and years, not minutes.
    ['18h', 18 * HOUR],
    ['18h •', 18 * HOUR],
    ['2d •', 2 * DAY],
    ['1w', 7 * DAY],
    ['3mo', 90 * DAY],
    ['1yr', 365 * DAY],
    ['5m', 5 * MIN],
    ['30s', 30_000],
    ['2d • Edited •', 2 * DAY],
    // LinkedIn long, visually hidden forms.
    ['2 days ago', 2 * DAY],
    ['3 hours ago • Visible to anyone on or off LinkedIn', 3 * HOUR],
    ['1 week ago', 7 * DAY],
    ['2 months ago', 60 * DAY],
    ['an hour ago', HOUR],
    ['a day ago', DAY],
    // Facebook (dom-facts §2.2).
    ['2h', 2 * HOUR],
    ['3 hrs', 3 * HOUR],
    ['4 yrs', 4 * 365 * DAY],
    ['1 hr', HOUR],
    ['12 mins', 12 * MIN],
    // Dutch, CLDR-derived [U].
    ['3 dagen geleden', 3 * DAY],
    ['1 week geleden', 7 * DAY],
    ['5 uur geleden', 5 * HOUR],
    ['2 maanden geleden', 60 * DAY],
    ['1 jaar geleden', 365 * DAY],
    ['een uur geleden', HOUR],
    ['2 mnd', 60 * DAY],
    ['1 jr', 365 * DAY],
    ['3 d', 3 * DAY],
    ['1 w', 7 * DAY],
    ['5 u', 5 * HOUR],
    ['5 uur', 5 * HOUR],
    ['3 dagen', 3 * DAY],
  ])('%s', (label, ago) => {
    expect(parseRelativeTime(label, NOW)).toBe(NOW - ago);
  });

  it('ignores planted zero-width and bidi characters and NBSP', () => {
    expect(parseRelativeTime('\u200b2\u202e\u00a0d', NOW)).toBe(NOW - 2 * DAY);
  });

  it('accepts a leading middle dot as shown after an author name', () => {
    expect(parseRelativeTime('· 3h', NOW)).toBe(NOW - 3 * HOUR);
  });
});

describe('parseRelativeTime: words and calendar forms', () => {
  it.each([
    ['just now', NOW],
    ['Just now', NOW],
    ['zojuist', NOW],
    ['Zojuist', NOW],
    ['yesterday', NOW - DAY],
    ['Yesterday at 3:45 PM', new Date(2026, 10, 17, 15, 45).getTime()],
    ['Yesterday at 12:05 AM', new Date(2026, 10, 17, 0, 5).getTime()],
    ['Gisteren om 15:45', new Date(2026, 10, 17, 15, 45).getTime()],
    ['Monday at 9:00 AM', new Date(2026, 10, 16, 9, 0).getTime()],
    ['maandag om 09:00', new Date(2026, 10, 16, 9, 0).getTime()],
    // Same weekday as today means a week ago: today itself would read "Xh".
    ['Wednesday at 8:00 PM', new Date(2026, 10, 11, 20, 0).getTime()],
    ['March 3 at 10:00 AM', new Date(2026, 2, 3, 10, 0).getTime()],
    ['3 maart om 10:00', new Date(2026, 2, 3, 10, 0).getTime()],
    ['3 March at 10:00', new Date(2026, 2, 3, 10, 0).getTime()],
    ['March 3, 2023', new Date(2023, 2, 3).getTime()],
    ['March 3, 2023 at 4:10 PM', new Date(2023, 2, 3, 16, 10).getTime()],
    ['3 mrt 2023', new Date(2023, 2, 3).getTime()],
    ['3 mrt. 2023 om 16:10', new Date(2023, 2, 3, 16, 10).getTime()],
    ['17 mei', new Date(2026, 4, 17).getTime()],
    // Without a year a date after "now" must be last year's.
    ['December 24 at 6:00 PM', new Date(2025, 11, 24, 18, 0).getTime()],
    ['24 december', new Date(2025, 11, 24).getTime()],
  ])('%s', (label, expected) => {
    expect(parseRelativeTime(label, NOW)).toBe(expected);
  });
});

describe('parseRelativeTime: unknown is null, never now', () => {
  it.each([
    '',
    '   ',
    'Edited',
    'Visible to anyone',
    'Sponsored',
    '2024',
    '5 mensen',
    '12 comments',
    'February 31',
    '31 februari 2023',
    'Yesterday at 25:00',
    'Yesterday at 13:00 PM',
    'March 3 at 10:75 AM',
    'a week',
    'Follow',
  ])('%j', (label) => {
    expect(parseRelativeTime(label, NOW)).toBeNull();
  });
});
