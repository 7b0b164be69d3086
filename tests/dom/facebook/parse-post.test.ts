import { describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';
import type { PostObservation } from '../../../lib/platforms/types';

const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const MENU = '<div aria-label="Actions for this post" role="button"></div>';
const FOOTER = '<div role="button"><span>Like</span></div><div role="button"><span>Comment</span></div>';

function readOne(body: string): PostObservation {
  document.body.innerHTML = `<div role="main"><div class="card">${body}${MENU}${FOOTER}</div></div>`;
  const [card] = facebookReader.findCards(document);
  if (!card) throw new Error('no card');
  const result = facebookReader.readCard(card, NOW);
  if (result.kind !== 'post') throw new Error(`not a post: ${result.reason}`);
  return result.post;
}

const HEADER = '<h3><a href="https://www.facebook.com/acme.bakery">Acme Bakery</a></h3><a href="https://www.facebook.com/acme.bakery/posts/42">2h</a>';

describe('post text without a message container (dom-facts §6: the longest text block)', () => {
  it('takes the longest block that is not a name, time, count, button or decoy', () => {
    const post = readOne(`${HEADER}
      <div dir="auto">Short line</div>
      <div dir="auto">The real post text is the longest block of the card, by far.<div role="button">See more</div></div>
      <div dir="auto">98765432109876543210</div>
      <div dir="auto">12 comments</div>
      <div dir="auto">All reactions: 5</div>`);
    expect(post.text).toBe('The real post text is the longest block of the card, by far.');
    expect(post.missing).not.toContain('text');
  });

  it('reports text as missing when a post has no text, media or share at all', () => {
    expect(readOne(HEADER).missing).toEqual(['text']);
  });
});

describe('hashtags', () => {
  it('come from the text in order, without duplicates', () => {
    expect(readOne(`${HEADER}<div data-ad-comet-preview="message"><div dir="auto">#Brood en #brood, #ZZP #Brood</div></div>`).hashtags).toEqual([
      'Brood',
      'brood',
      'ZZP',
    ]);
  });

  it('come from hashtag links when the text shows none', () => {
    const post = readOne(`${HEADER}<div data-ad-comet-preview="message"><div dir="auto">Fresh today <a href="/hashtag/caf%C3%A9?__eep__=6">café</a></div></div>`);
    expect(post.hashtags).toEqual(['café']);
  });
});

describe('what is and is not a share', () => {
  it('"A is with B" keeps both names in one heading: not a share', () => {
    const post = readOne(
      '<h3><a href="https://www.facebook.com/acme.bakery">Acme Bakery</a> is with <a href="https://www.facebook.com/jan.jansen.9">Jan Jansen</a></h3><div data-ad-comet-preview="message"><div dir="auto">Team photo</div></div>',
    );
    expect(post.isReshare).toBe(false);
    expect(post.authorName).toBe('Acme Bakery');
  });

  it('a bold mention inside the text is not a second heading', () => {
    const post = readOne(
      `${HEADER}<div data-ad-comet-preview="message"><div dir="auto">Thanks <strong><a href="https://www.facebook.com/jan.jansen.9">Jan Jansen</a></strong> for the photos!</div></div>`,
    );
    expect(post.isReshare).toBe(false);
    expect(post.text).toBe('Thanks Jan Jansen for the photos!');
  });
});

describe('links and media', () => {
  it('keeps outbound links only, unwrapped and without Facebook tracking', () => {
    const post = readOne(`${HEADER}<div data-ad-comet-preview="message"><div dir="auto">
      <a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example%2Fsale%3Fid%3D7%26fbclid%3DIwAR1&amp;h=AT0">shop</a>
      <a href="https://shop.example/sale?id=7&amp;__cft__[0]=AZ&amp;__tn__=-R">again</a>
      <a href="https://www.facebook.com/jan.jansen.9">Jan</a>
      <a href="https://www.instagram.com/acme/">insta</a></div></div>`);
    expect(post.links).toEqual(['https://shop.example/sale?id=7', 'https://www.instagram.com/acme/']);
  });

  it('does not count emoji and reaction icons as photos', () => {
    const post = readOne(`${HEADER}<div data-ad-comet-preview="message"><div dir="auto">Yum <img alt="😋" src="https://static.xx.fbcdn.net/images/emoji.php/v9/t1/1f60b.png"></div></div><img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">`);
    expect(post.mediaKind).toBe('none');
    expect(post.text).toBe('Yum 😋');
  });
});
