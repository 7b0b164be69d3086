import { describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';

const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const MENU = '<div aria-label="Actions for this post" role="button"></div>';

/** A 2026 card whose header holds `label` beside the time link. */
function card(label: string, text = 'Fresh bread today'): string {
  return `<div class="x1"><h3><a href="https://www.facebook.com/bakery">Bakery</a></h3><a href="https://www.facebook.com/bakery/posts/123">2h</a>${label}${MENU}<div data-ad-comet-preview="message"><div dir="auto">${text}</div></div></div>`;
}

function readOnly(html: string) {
  document.body.innerHTML = html;
  const [found] = facebookReader.findCards(document);
  if (!found) throw new Error('no card');
  return facebookReader.readCard(found, NOW);
}

const promoted = { kind: 'skipped', reason: 'promoted' };

describe('Facebook "Sponsored" label (the card text is searched once, the spans only when it can hold the word)', () => {
  it('skips a card with the word in a short span, in any case, also in Dutch', () => {
    expect(readOnly(card('<span>Sponsored</span>'))).toMatchObject(promoted);
    expect(readOnly(card('<a href="#"> sPONSORED </a>'))).toMatchObject(promoted);
    expect(readOnly(card('<span>Gesponsord</span>'))).toMatchObject(promoted);
  });

  it('finds the word past invisibles and folded letters, even split over nested spans', () => {
    expect(readOnly(card('<span>Spon\u200Bsored</span>'))).toMatchObject(promoted);
    expect(readOnly(card('<span>\uFF33ponsored</span>'))).toMatchObject(promoted);
    expect(readOnly(card('<span><span>Spon</span>\u00AD<b>sored</b></span>'))).toMatchObject(promoted);
  });

  it('finds the word before a combining mark the card text composes onto its last letter', () => {
    // "d" + U+0307 composes under NFKC in the card's text, not in the span's own text.
    expect(readOnly(card('<span>Sponsored</span>\u0307'))).toMatchObject(promoted);
  });

  it('finds a label reached through aria-labelledby outside the card, or an aria-label', () => {
    const hidden = '<span id="lbl" style="display:none">Sponsored</span>';
    expect(readOnly(hidden + card('<a href="#" aria-labelledby="x lbl">·</a>'))).toMatchObject(promoted);
    expect(readOnly(card('<a href="#" aria-label="Sponsored">·</a>'))).toMatchObject(promoted);
  });

  it('reads a post that only talks about sponsoring, or has a long text with the word', () => {
    expect(readOnly(card('<span>Sponsor</span>', 'Our sponsored run is on Sunday'))).toMatchObject({ kind: 'post' });
    expect(readOnly(card('<span>Sponsored by the town council</span>'))).toMatchObject({ kind: 'post' });
  });
});
