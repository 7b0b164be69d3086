import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { automatedFeel, utcMinuteOf } from '../../../lib/analysis/rules/automated-feel';
import { DAY, NOW, posts, timeline } from './builders';
import { run } from './helpers';

const TITLES = ['five ways to cut energy costs', 'why we switched to electric vans', 'what our interns built', 'our new warehouse in Tilburg', 'ten years of Acme', 'how we pack without plastic', 'meet the night shift', 'a visit to our supplier', 'lessons from the trade fair', 'the best of 2026'];
const TEMPLATE = (i: number) => `New on our blog: ${TITLES[i]}. Read the full article at https://acme.nl/blog/${i} and let us know what you think!`;
const HUMAN = [
  'Sanne has repaired bikes with us for twenty years; today she tells how it started.',
  'Our stand at the fair in Utrecht was busy all day, thanks to everyone who came by.',
  'Rain all week, so the team baked for the neighbours. Recipe in the comments.',
  'Question for installers: which wall plug do you trust in old brick?',
  'We are closed on Monday for a training day, back on Tuesday at eight.',
];

describe('automated-feel', () => {
  it('fails a timeline that is one template over and over', () => {
    const result = run(automatedFeel, timeline(posts(10, (i) => ({ text: i < 8 ? TEMPLATE(i) : HUMAN[i % 5] }))));
    expect(result.status).toBe('fail');
    expect(result.figures.templatePosts).toBe(8);
    expect(formatMsg(result.suggestion!, 'en')).toBe(
      '8 posts read like “new on our blog…”: write the next one yourself, about one thing that happened this week.',
    );
  });

  it('warns at about half templated, and fails when they also go out at the same minute', () => {
    const half = (i: number) => ({ text: i % 2 ? TEMPLATE(i) : HUMAN[i % 5] });
    expect(run(automatedFeel, timeline(posts(10, half))).status).toBe('warn');
    const scheduled = run(automatedFeel, timeline(posts(10, (i) => ({ ...half(i), publishedAt: NOW - i * DAY - 3 * 3_600_000 }))));
    expect(scheduled.status).toBe('fail');
    expect(scheduled.figures.sameMinutePosts).toBe(10);
  });

  it('warns when many posts are a bare link', () => {
    const result = run(automatedFeel, timeline(posts(10, (i) => (i < 4 ? { text: 'https://acme.nl/news/' + i, links: ['https://acme.nl/news/' + i] } : { text: HUMAN[i % 5] }))));
    expect(result.status).toBe('warn');
    expect(result.figures.linkOnlyPosts).toBe(4);
    expect(result.suggestion?.key).toBe('rule.automated-feel.suggest.link-only');
  });

  it('passes hand-written posts, even when they are scheduled at the same minute', () => {
    const result = run(automatedFeel, timeline(posts(10, (i) => ({ text: `${HUMAN[i % 5]} (${i})`, publishedAt: NOW - i * DAY }))));
    expect(result.status).toBe('pass');
  });

  it('is insufficient below six posts', () => {
    expect(run(automatedFeel, timeline(posts(5, (i) => ({ text: TEMPLATE(i) })))).status).toBe('insufficient');
  });
});

describe('utcMinuteOf', () => {
  it('agrees with Date.getUTCMinutes everywhere, edges included', () => {
    const samples = [
      0, -0, 1, -1, 0.5, -0.5, 59_999, 60_000, -60_000, -60_001, 3_599_999, -3_599_999,
      Date.UTC(2026, 10, 3, 12, 17, 59, 999), Date.UTC(1969, 11, 31, 23, 59, 30), -8.64e15, 8.64e15,
      8.64e15 + 1, -8.64e15 - 1, Number.NaN, Infinity, -Infinity, 1.7e12 + 0.999, -1.7e12 - 0.999,
    ];
    for (let i = 0; i < 2000; i++) samples.push((i * 7_919_993_117) % 4e12 - 2e12 + (i % 3) / 3);
    for (const ms of samples) expect(Object.is(utcMinuteOf(ms), new Date(ms).getUTCMinutes()), String(ms)).toBe(true);
  });
});
