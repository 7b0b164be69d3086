import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../../lib/platforms/facebook/card-scope';
import { FACEBOOK_LOCALES } from '../../../lib/platforms/facebook/locale';
import { countShapesWarmUp, readCounts } from '../../../lib/platforms/facebook/parse-counts';

function countsOf(footer: string, locale = FACEBOOK_LOCALES.en) {
  document.body.innerHTML = `<div id="card"><div data-ad-comet-preview="message"><div dir="auto">We sold 500 shares of cake</div></div>${footer}</div>`;
  const card = document.getElementById('card');
  if (!card) throw new Error('no card');
  return readCounts(scopeOf(card), locale);
}

const BUTTONS_EN = '<div role="button"><span>Like</span></div><div role="button"><span>Comment</span></div>';
const BUTTONS_NL = '<div role="button"><span>Vind ik leuk</span></div><div role="button"><span>Delen</span></div>';

describe('readCounts: the dom-facts §3 strings', () => {
  it('#16–#20 "All reactions:50K 50K", "Like: 46K people", "Love: 3.7K people", "5.9K comments", "2.4K shares"', () => {
    expect(
      countsOf(
        '<div aria-label="Like: 46K people"></div><div aria-label="Love: 3.7K people"></div><div>All reactions:50K 50K</div><div>5.9K comments</div><div>2.4K shares</div>',
      ),
    ).toEqual({ reactions: 50000, comments: 5900, reposts: 2400, impressions: null });
  });

  it('#27 and #30: "12 keer gedeeld", "Alle reacties: 1,2K", "1,2K opmerkingen" [U]', () => {
    expect(
      countsOf('<div><span>Alle reacties:</span><span>1,2K</span></div><span>1,2K opmerkingen</span><span>12 keer gedeeld</span>', FACEBOOK_LOCALES.nl),
    ).toEqual({ reactions: 1200, comments: 1200, reposts: 12, impressions: null });
  });

  it('never reads "Alle reacties:" as a comment count ("reacties" is ambiguous in Dutch)', () => {
    expect(countsOf('<div>Alle reacties: 8</div>', FACEBOOK_LOCALES.nl)).toEqual({
      reactions: 8,
      comments: null,
      reposts: null,
      impressions: null,
    });
  });
});

describe('readCounts: numbers in the page language', () => {
  it('reads a magnitude suffix as the page language means it', () => {
    const footer = '<div><span>All reactions:</span><span>1,2 B</span></div>';
    expect(countsOf(footer, { ...FACEBOOK_LOCALES.en, lang: 'tr' }).reactions).toBe(1200); // bin
    expect(countsOf(footer, { ...FACEBOOK_LOCALES.en, lang: 'en' }).reactions).toBe(1_200_000_000);
    expect(countsOf(footer, { ...FACEBOOK_LOCALES.en, lang: 'es' }).reactions).toBeNull(); // billón: no count
    expect(countsOf(footer, { ...FACEBOOK_LOCALES.en, lang: 'sv' }).reactions).toBeNull(); // no table: ambiguous
  });
});

describe('readCounts: numbers in neighbouring nodes stay apart', () => {
  it('a visible count and its hidden twin are one count, not a grouped 342342', () => {
    expect(
      countsOf(`<div><span>All reactions:</span><span>342</span><span aria-hidden="true">342</span></div><div><span>190 comments</span></div>${BUTTONS_EN}`),
    ).toEqual({ reactions: 342, comments: 190, reposts: 0, impressions: null });
  });

  it('a number and its label in two nodes are read together ("5" + "comments")', () => {
    expect(countsOf(`<div><span>5</span><span>comments</span></div>${BUTTONS_EN}`)).toEqual({
      reactions: 0,
      comments: 5,
      reposts: 0,
      impressions: null,
    });
  });

  it('a time before the total does not lend it its digits ("April 28" + "All reactions:")', () => {
    expect(countsOf(`<a href="#">April 28</a><div><span>All reactions:</span><span>7</span></div>${BUTTONS_EN}`).reactions).toBe(7);
  });

  it('the text of the post is never a count ("500 shares of cake")', () => {
    expect(countsOf(BUTTONS_EN).reposts).toBe(0);
  });

  it('never passes the per-type labels off as the total (top types only, rounded): unknown, not 0', () => {
    expect(countsOf('<div aria-label="Like: 10 people"></div><div aria-label="Haha: 2 people"></div>').reactions).toBeNull();
    expect(countsOf(`<div aria-label="Like: 10 people"></div><div aria-label="Haha: 2 people"></div>${BUTTONS_EN}`)).toEqual({
      reactions: null,
      comments: 0,
      reposts: 0,
      impressions: null,
    });
  });
});

describe('readCounts: zero only where Facebook means zero', () => {
  it('reads absent counts as 0 when the buttons show the footer rendered', () => {
    expect(countsOf(BUTTONS_NL, FACEBOOK_LOCALES.nl)).toEqual({ reactions: 0, comments: 0, reposts: 0, impressions: null });
  });

  it('keeps them unknown without the buttons, or beside a count in words we do not know', () => {
    expect(countsOf('<div>All reactions: 3</div>')).toEqual({ reactions: 3, comments: null, reposts: null, impressions: null });
    expect(countsOf(`<div>All reactions: 3</div><div>4 commentaires</div>${BUTTONS_EN}`)).toEqual({
      reactions: 3,
      comments: null,
      reposts: null,
      impressions: null,
    });
  });

  it('keeps the reactions unknown when "All reactions:" is there without a number we can read', () => {
    // not the next count ("28 comments"), and not 0 either: the total is shown
    expect(countsOf(`<div><span>All reactions:</span></div><div><span>28 comments</span></div>${BUTTONS_EN}`)).toEqual({
      reactions: null,
      comments: 28,
      reposts: 0,
      impressions: null,
    });
    expect(countsOf(`<div><span>All reactions:</span><span>99999999999</span></div>${BUTTONS_EN}`).reactions).toBeNull();
    expect(countsOf(`<div><span>All reactions:</span><span>5 bi</span></div>${BUTTONS_EN}`).reactions).toBeNull();
  });

  it('ignores zero-width characters and digit-run decoys in the footer', () => {
    expect(countsOf(`<div><span>All reactions:</span><span>1\u200b2</span></div><div><span>83746251</span><span>3 comments</span></div>${BUTTONS_EN}`)).toEqual({
      reactions: 12,
      comments: 3,
      reposts: 0,
      impressions: null,
    });
  });
});

describe('countShapesWarmUp', () => {
  it('compiles the five count shapes of a locale, one step each', () => {
    const locale = FACEBOOK_LOCALES.en;
    expect([...countShapesWarmUp(locale)]).toHaveLength(5);
    expect([...countShapesWarmUp(FACEBOOK_LOCALES.nl)]).toHaveLength(5);
  });
});
