import { describe, expect, it } from 'vitest';
import { analyze, formatMsg } from '../../../lib/analysis';
import type { Report, RuleId } from '../../../lib/analysis/model';
import { HEALTHY_TEXTS, healthyPost, posts, timeline } from './builders';

const status = (report: Report, id: RuleId) => report.results.find((r) => r.id === id)?.status;
const result = (report: Report, id: RuleId) => {
  const found = report.results.find((r) => r.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const flagged = (report: Report) => report.results.filter((r) => r.status === 'warn' || r.status === 'fail').map((r) => r.id);

describe('scenarios from the seeds', () => {
  it('seed 000, the WhatsApp group: 30 thumbs, "Top!" and the same five people every time', () => {
    const pod = ['Kees', 'Mira', 'Joost', 'Fatima', 'Lotte'];
    const praise = ['👍', 'Top!', 'Mooi zo', '👏👏', 'Goed bezig!'];
    const tl = timeline(
      posts(10, (i) => ({
        text: HEALTHY_TEXTS[i],
        reactions: 30,
        comments: [0, 1, 2].map((k) => ({ authorName: pod[(i + k) % 5]!, text: praise[(i + k) % 5]! })),
      })),
    );
    const report = analyze(tl);
    expect(status(report, 'hollow-engagement')).toBe('fail');
    expect(status(report, 'same-circle')).toBe('fail');
    expect(status(report, 'generic-comments')).toBe('fail');
    expect([...result(report, 'same-circle').evidenceCommenters].sort()).toEqual([...pod].sort());
    expect(report.adjustedEngagement).toEqual({ posts: 10, interactionsPerPost: 33, adjustedPerPost: 30, genericComments: 30, circleComments: 0 });
    expect(report.grade).not.toBe('A');
  });

  it('seed 001, the webshop: offer after offer fails sales-only, citing Facebook on promotion', () => {
    const offers = [
      'Nu 20% korting op alle jassen! Bestel nu via onze webshop.',
      'Zomerbanden voor € 49,95 per stuk. Op=op!',
      'Gebruik kortingscode WINTER10 bij het afrekenen.',
      'Alleen vandaag: gratis verzending op elke bestelling.',
      'Aanbieding: twee halen, één betalen in de webshop.',
    ];
    const tl = timeline(posts(12, (i) => ({ text: i % 6 === 5 ? `Meet our colleague number ${i}, who has been with us since the start.` : offers[i % 5] })), {
      platform: 'facebook',
    });
    const sales = result(analyze(tl), 'sales-only-timeline');
    expect(sales.status).toBe('fail');
    expect(sales.figures).toMatchObject({ posts: 12, promoPosts: 10 });
    expect(sales.policy?.id).toBe('facebook-2015-01-overly-promotional');
    expect(formatMsg(sales.suggestion!, 'nl')).toBe(
      'Van je laatste 12 berichten waren er 10 aanbiedingen. Mik op hooguit 1 op 5: deel kennis, een klantverhaal, de mensen achter het bedrijf.',
    );
  });

  it('seed 002, the 250-employee company with 15 likes a post that only broadcasts', () => {
    const news = [
      'Acme is proud to announce its annual results for 2026.',
      'Acme has appointed a new director of operations.',
      'Press release: Acme opens a second plant in Eindhoven.',
      'We are proud to receive the regional export award.',
      'Acme announces a new partnership with a logistics firm.',
      'Our annual report is now online for shareholders.',
      'Acme has acquired a small engineering office in Delft.',
      'Acme is now ISO 14001 certified for all sites.',
      'Quarterly results: order intake up by a few percent.',
      'A milestone: the ten-thousandth machine left the factory.',
    ];
    const tl = timeline(
      posts(10, (i) => ({ text: news[i], reactions: 15, comments: [{ authorName: `Reader ${i}`, text: 'When will the new plant start hiring?' }] })),
      { followers: 2_400, employeeBand: { min: 201, max: 500 } },
    );
    const report = analyze(tl);
    expect(status(report, 'broadcast-only')).toBe('fail');
    const audience = result(report, 'engagement-vs-audience');
    expect(audience.status).toBe('warn');
    expect(formatMsg(audience.explanation, 'en')).toBe(
      'A median of 15 reactions per post for a company with at least 201 employees: not even one colleague in ten reacts.',
    );
    expect(result(report, 'broadcast-only').suggestion?.key).toBe('rule.broadcast-only.suggest.unanswered');
    // Low numbers alone are not manipulation: nothing accuses this page of a pod or bought likes.
    for (const id of ['hollow-engagement', 'same-circle', 'engagement-spike', 'burst-then-silence'] as const) {
      expect(['pass', 'insufficient']).toContain(status(report, id));
    }
  });

  it('seed 004, the hashtag-stuffed page', () => {
    const tags = ['marketing', 'marketingtips', 'socialmedia', 'socialmediamarketing', 'ondernemer', 'ondernemen', 'business', 'succes', 'groei', 'DitIsEenHeleZinAlsHashtag', 'mkb'];
    const report = analyze(timeline(posts(8, () => ({ hashtags: tags }))));
    const hashtags = result(report, 'hashtag-overuse');
    expect(hashtags.status).toBe('fail');
    expect(hashtags.evidencePostIds).toHaveLength(8);
    expect(formatMsg(hashtags.suggestion!, 'en')).toMatch(/^Replace these 11 hashtags with 2–3 short, relevant ones: #marketing, #marketingtips/);
  });

  it('the healthy page with questions and replies passes every rule, without a single warning', () => {
    const report = analyze(timeline(Array.from({ length: 16 }, (_, i) => healthyPost(i)), { followers: 800 }));
    const notPassing = report.results.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.status} (${formatMsg(r.explanation, 'en')})`);
    expect(notPassing).toEqual([]);
    expect(report.score).toBe(100);
    expect(report.grade).toBe('A');
    expect(result(report, 'same-circle').colleagueCommenters).toEqual(['Youssef El Amrani']);
    for (const r of report.results) expect(r.suggestion).toBeNull();
  });

  it('the tiny new page with three posts is insufficient, never failed', () => {
    const report = analyze(timeline(posts(3, () => ({ reactions: 2, commentCount: 0 }))));
    expect(flagged(report)).toEqual([]);
    expect(report.score).toBeNull();
    expect(formatMsg(report.scoreReason!, 'en')).toBe(
      'Only 3 posts seen; a score needs at least 5. Scroll further down the page, then look again.',
    );
    expect(report.results.filter((r) => r.status === 'insufficient').length).toBeGreaterThanOrEqual(8);
  });

  it('seed 001’s benchmark: 8% likes and 0.5% comments under 1,000 followers is normal', () => {
    const report = analyze(timeline(posts(10, (i) => ({ text: HEALTHY_TEXTS[i], reactions: 64, commentCount: 4 })), { followers: 800 }));
    expect(status(report, 'engagement-vs-audience')).toBe('pass');
    expect(status(report, 'hollow-engagement')).toBe('pass');
    expect(flagged(report)).toEqual([]);
  });
});
