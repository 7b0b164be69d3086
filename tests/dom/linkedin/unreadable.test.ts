/**
 * When the reader cannot read, it says so: unknown markup yields no cards (never an exception), and
 * cards whose counts cannot be read yield posts with null counts listed as missing, never zeros.
 * That is what lets the popup say "LinkedIn's layout may have changed — couldn't read counts".
 */
import { describe, expect, it } from 'vitest';
import { linkedinReader } from '../../../lib/platforms/linkedin/reader';
import { loadFixture, postsOf, readAll } from './fixture';

const NOW = Date.UTC(2026, 8, 15, 12);

describe('markup the reader does not know', () => {
  it('finds no cards on a redesigned page full of visible posts, and does not throw', () => {
    loadFixture('unknown-markup-2026.html', 'https://www.linkedin.com/company/noordwind-solar/posts/');
    expect(document.querySelectorAll('article')).toHaveLength(2);
    expect(linkedinReader.findCards(document)).toEqual([]);
    for (const el of Array.from(document.querySelectorAll('*'))) {
      expect(linkedinReader.cardOf(el)).toBeNull();
    }
  });

  it('comes back skipped, not thrown, when handed something that is no card at all', () => {
    document.body.innerHTML = '<div><p>Hello</p></div>';
    const result = linkedinReader.readCard(document.querySelector('div')!, NOW);
    expect(result).toEqual({ kind: 'skipped', reason: 'not-a-post', markup: 'sdui' });
  });
});

describe('cards found, counts unreadable', () => {
  /** An SDUI card whose counts use words and shapes the reader does not know. */
  function driftedCard(i: number): string {
    return `
      <div componentkey="expandedDrift${i}FeedType_MAIN_FEED_RELEVANCE"><div role="listitem">
        <a href="https://www.linkedin.com/company/noordwind-solar/"><p><span aria-hidden="true">Noordwind Solar</span></p><p>${i + 1}d •</p></a>
        <button type="button" aria-label="Open control menu for post by Noordwind Solar"></button>
        <p><span data-testid="expandable-text-box">Post number ${i} about solar parks.</span></p>
        <div><span>${100 + i} appreciations</span><span>${10 + i} replies-to-post</span><span>${i} shares-onward</span></div>
      </div></div>`;
  }

  it('gives every post null counts and lists them missing, with the card still read', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main><div data-testid="mainFeed" role="list">${[0, 1, 2].map(driftedCard).join('')}</div></main>`;
    const results = readAll(NOW);
    expect(results).toHaveLength(3);
    const posts = postsOf(results);
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      expect(post.counts).toEqual({ reactions: null, comments: null, reposts: null, impressions: null });
      expect(post.missing).toEqual(['reactions', 'comments', 'reposts']);
      expect(post.authorName).toBe('Noordwind Solar');
      expect(post.publishedAtApprox).toBe(true);
    }
  });

  it('does not read a card that shows neither counts nor an action bar as all zeros', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main><div role="list"><div role="listitem">
        <a href="https://www.linkedin.com/in/lotte-bakker/"><p><span aria-hidden="true">Lotte Bakker</span></p></a>
        <button type="button" aria-label="Open control menu for post by Lotte Bakker"></button>
        <p><span data-testid="expandable-text-box">Half-rendered card.</span></p>
      </div></div></main>`;
    const [post] = postsOf(readAll(NOW));
    expect(post?.counts).toEqual({ reactions: null, comments: null, reposts: null, impressions: null });
    expect(post?.missing).toEqual(['publishedAt', 'reactions', 'comments', 'reposts']);
  });
});

describe('numbers that are not counts', () => {
  it('does not let a link-preview title or a headline hide that comments and reposts are zero', () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<main><div role="list"><div role="listitem">
        <a href="https://www.linkedin.com/in/lotte-bakker/"><p><span aria-hidden="true">Lotte Bakker</span></p><p>I love this job • 2 kids</p><p>3d •</p></a>
        <button type="button" aria-label="Open control menu for post by Lotte Bakker"></button>
        <p><span data-testid="expandable-text-box">Worth reading.</span></p>
        <a href="https://www.example.org/5-lessons"><img width="552" height="289" alt=""><p>5 lessons from 12 pilot parks</p></a>
        <button type="button"><img alt="like" width="16" height="16"><span aria-hidden="true">9</span><span>9 reactions</span></button>
        <button type="button" aria-label="Comment"><span>Comment</span></button>
      </div></div></main>`;
    const [post] = postsOf(readAll(NOW));
    expect(post?.counts).toEqual({ reactions: 9, comments: 0, reposts: 0, impressions: null });
    expect(post?.authorPageKey).toBe('linkedin:in/lotte-bakker');
    expect(post?.mediaKind).toBe('article');
    expect(post?.missing).toEqual([]);
  });
});
