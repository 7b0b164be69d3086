import { describe, expect, it } from 'vitest';
import { facebookReader } from '../../../lib/platforms/facebook/reader';

const NOW = new Date(2026, 2, 10, 12, 0).getTime();
const MENU = '<div aria-label="Actions for this post" role="button"></div>';

function post(name: string, text: string): string {
  return `<div class="x1"><div class="x2"><h3><a href="https://www.facebook.com/${name}">${name}</a></h3><a href="https://www.facebook.com/${name}/posts/123">2h</a>${MENU}<div data-ad-comet-preview="message"><div dir="auto">${text}</div></div></div></div>`;
}

describe('findCards: where a 2026 card stops climbing (OpenCLI #2089)', () => {
  it('never emits the main landmark on a single-post page', () => {
    document.body.innerHTML = `<div role="main"><div class="wrap">${post('solo.page', 'The only post here')}</div></div>`;
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.getAttribute('role')).toBeNull();
    expect(cards[0]?.parentElement?.getAttribute('role')).toBe('main');
  });

  it('never takes in the page header (the h1) with the first post', () => {
    document.body.innerHTML = `<div role="main"><div class="col"><h1>Solo Page</h1><div class="list">${post('solo.page', 'First')}</div></div></div>`;
    const [card] = facebookReader.findCards(document);
    expect(card?.querySelector('h1')).toBeNull();
    expect(card?.textContent).toContain('First');
  });

  it('stops below a permalink dialog', () => {
    document.body.innerHTML = `<div role="dialog"><h2>Solo Page's Post</h2><div>${post('solo.page', 'In a dialog')}</div></div>`;
    const [card] = facebookReader.findCards(document);
    expect(card?.closest('[role="dialog"]')).not.toBe(card);
    expect(card?.getAttribute('role')).toBeNull();
  });

  it('splits siblings: each card holds exactly one post menu', () => {
    document.body.innerHTML = `<div role="main"><div>${post('one.page', 'One')}${post('two.page', 'Two')}</div></div>`;
    const cards = facebookReader.findCards(document);
    expect(cards.map((card) => card.querySelectorAll('[aria-label="Actions for this post"]').length)).toEqual([1, 1]);
  });
});

describe('findCards: the role="article" generation', () => {
  it('takes outermost post articles, never comments, also without a post menu', () => {
    document.body.innerHTML = `<div role="feed">
      <div role="article" aria-posinset="1"><h3><a href="https://www.facebook.com/a.page">A Page</a></h3><div dir="auto">Legacy post without a menu</div>
        <div role="article" aria-label="Comment by Jan 2 days ago"><div dir="auto">hi</div>
          <div role="article" aria-label="Reply by A Page to Jan's comment a day ago"><div dir="auto">hello</div></div>
        </div>
      </div>
      <div role="article" aria-label="Comment by Loose 1 hour ago">a comment outside any post</div>
    </div>`;
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.getAttribute('aria-posinset')).toBe('1');
  });

  it('keeps one card when the article also carries the post menu', () => {
    document.body.innerHTML = `<div role="feed"><div class="unit"><div role="article">${post('a.page', 'Both hooks')}</div></div><div class="unit"><div role="article">${post('b.page', 'Both hooks')}</div></div></div>`;
    const cards = facebookReader.findCards(document);
    expect(cards).toHaveLength(2);
    expect(cards.every((card) => card.classList.contains('unit'))).toBe(true);
  });
});

describe('readCard never throws and says what it could not read', () => {
  it('returns "unreadable" when the markup breaks the parser', () => {
    const card = document.createElement('div');
    card.querySelectorAll = () => {
      throw new Error('boom');
    };
    expect(facebookReader.readCard(card, NOW)).toEqual({ kind: 'skipped', reason: 'unreadable', markup: 'unknown' });
  });

  it('returns "not-a-post" for an empty card', () => {
    document.body.innerHTML = `<div role="main"><div>${MENU}</div></div>`;
    const [card] = facebookReader.findCards(document);
    if (!card) throw new Error('no card');
    expect(facebookReader.readCard(card, NOW)).toMatchObject({ kind: 'skipped', reason: 'not-a-post' });
  });

  it('lists missing fields, and keeps counts unknown (null) without a rendered footer', () => {
    document.body.innerHTML = `<div role="main"><div>${MENU}<div data-ad-comet-preview="message"><div dir="auto">Text only, nothing else</div></div></div></div>`;
    const [card] = facebookReader.findCards(document);
    if (!card) throw new Error('no card');
    const result = facebookReader.readCard(card, NOW);
    expect(result.kind).toBe('post');
    if (result.kind !== 'post') return;
    expect(result.post.counts).toEqual({ reactions: null, comments: null, reposts: null, impressions: null });
    expect(result.post.missing).toEqual(['author', 'publishedAt', 'reactions', 'comments', 'reposts']);
  });

  it('does not read an unknown count sentence as zero comments ("241 Kommentare")', () => {
    document.body.innerHTML = `<div role="main"><div>${post('a.page', 'Hallo').replace(
      '</div></div></div>',
      '</div></div><div><span>All reactions:</span><span>12</span></div><div><span>241 Kommentare</span></div><div role="button"><span>Like</span></div></div>',
    )}</div></div>`;
    const [card] = facebookReader.findCards(document);
    if (!card) throw new Error('no card');
    const result = facebookReader.readCard(card, NOW);
    if (result.kind !== 'post') throw new Error('not a post');
    expect(result.post.counts).toEqual({ reactions: 12, comments: null, reposts: null, impressions: null });
    expect(result.post.missing).toEqual(['comments', 'reposts']);
  });
});
