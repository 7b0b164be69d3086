import { describe, expect, it } from 'vitest';
import { formatMsg } from '../../../lib/analysis/messages/format';
import { salesOnlyTimeline } from '../../../lib/analysis/rules/sales-only-timeline';
import { posts, timeline } from './builders';
import { run } from './helpers';

const OFFERS = [
  'Nu 20% korting op alle jassen! Bestel nu via onze webshop.',
  'Summer sale: use code SUMMER20 at checkout.',
  'Aanbieding: zomerbanden voor € 49,95 per stuk. Op=op!',
  'Shop now: free shipping on every order this weekend.',
];
const STORIES = [
  'Meet Sanne, who has repaired bicycles in our workshop for twenty years.',
  'How we cut our delivery emissions in half: three lessons we learned.',
  'Wat is jouw lastigste vraag over fietsonderhoud? We beantwoorden ze vrijdag.',
];

describe('sales-only-timeline', () => {
  it('fails a timeline of offers like one big webshop, with the Facebook policy', () => {
    const tl = timeline(posts(12, (i) => ({ text: i < 10 ? OFFERS[i % 4] : STORIES[i % 3] })), { platform: 'facebook' });
    const result = run(salesOnlyTimeline, tl);
    expect(result.status).toBe('fail');
    expect(result.figures).toMatchObject({ posts: 12, promoPosts: 10, promoShare: 83 });
    expect(result.evidencePostIds).toHaveLength(10);
    expect(result.policy?.id).toBe('facebook-2015-01-overly-promotional');
    expect(formatMsg(result.suggestion!, 'en')).toBe(
      'Of your last 12 posts 10 were offers. Aim for at most 1 in 5: share know-how, a customer story, the people behind the company.',
    );
  });

  it('warns between a third and a half, without a Facebook policy on LinkedIn', () => {
    const result = run(salesOnlyTimeline, timeline(posts(10, (i) => ({ text: i < 4 ? OFFERS[i] : STORIES[i % 3] }))));
    expect(result.status).toBe('warn');
    expect(result.policy).toBeNull();
  });

  it('passes a mix with one offer in five', () => {
    const result = run(salesOnlyTimeline, timeline(posts(10, (i) => ({ text: i % 5 === 0 ? OFFERS[0] : STORIES[i % 3] }))));
    expect(result.status).toBe('pass');
    expect(result.figures.promoPosts).toBe(2);
    expect(result.suggestion).toBeNull();
  });

  it('does not call a post about a prize or an order of events a sale', () => {
    const texts = ['We won a prize for our new factory!', 'In order to grow we hired two engineers.', 'Our price for sustainability: see the report.'];
    const result = run(salesOnlyTimeline, timeline(posts(9, (i) => ({ text: texts[i % 3] }))));
    expect(result.figures.promoPosts).toBe(0);
  });

  it('counts a shop link plus a sales word as an offer', () => {
    const result = run(
      salesOnlyTimeline,
      timeline(posts(6, () => ({ text: 'New in: the winter collection.', links: ['https://acme.nl/shop/winter'] }))),
    );
    expect(result.figures.promoPosts).toBe(0);
    const withWord = run(
      salesOnlyTimeline,
      timeline(posts(6, () => ({ text: 'De winter collectie is nieuw binnen.', links: ['https://acme.nl/shop/winter'] }))),
    );
    expect(withWord.figures.promoPosts).toBe(6);
  });

  it('is insufficient below six posts', () => {
    const result = run(salesOnlyTimeline, timeline(posts(5, () => ({ text: OFFERS[0] }))));
    expect(result.status).toBe('insufficient');
  });
});
