import { describe, expect, it } from 'vitest';
import { isPromotional, promoSignals } from '../../../../lib/analysis/text/promo';

const promo = (text: string, links: string[] = []) => isPromotional(promoSignals({ text, links }));

describe('promotional posts', () => {
  it('recognises prices in Dutch and English notation', () => {
    for (const text of ['Nu voor € 19,95', 'Only $29 this week', 'Slechts 15,- per stuk', 'Vanaf 1.234,56 euro', 'EUR 20 per maand']) {
      expect(promo(text), text).toBe(true);
    }
  });

  it('recognises discounts and coupon codes', () => {
    expect(promo('20% korting op alles')).toBe(true);
    expect(promo('Alles -30% dit weekend')).toBe(true);
    expect(promo('Use code WELCOME10 at the till')).toBe(true);
    expect(promoSignals({ text: 'kortingscode: ZOMER25', links: [] }).strong).toContain('kortingscode: ZOMER25');
  });

  it('needs two weak signals, such as a sales word and a shop link', () => {
    expect(promo('Our summer sale')).toBe(false);
    expect(promo('Our summer sale', ['https://acme.com/shop'])).toBe(true);
    expect(promo('Aanbieding met korting')).toBe(true);
  });

  it('leaves ordinary posts alone', () => {
    for (const text of [
      'Our team grew by 20% this year.',
      'Meet our new colleague Sanne!',
      'We won a prize for sustainable packaging.',
      'Vandaag 25 jaar in het vak.',
    ]) {
      expect(promo(text), text).toBe(false);
    }
  });
});
