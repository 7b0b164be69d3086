import { describe, expect, it } from 'vitest';
import { SHOW_POSTS } from '../../../lib/messaging/protocol';
import { isOwnExtensionPage, MAX_POST_IDS, showPostsIds } from '../../../lib/highlight/request';

const OWN = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${OWN}/`;

describe('isOwnExtensionPage', () => {
  it('accepts only our own extension pages', () => {
    expect(isOwnExtensionPage({ id: OWN, url: `${ORIGIN}popup.html?url=x` }, OWN, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage({ id: OWN, url: `${ORIGIN}dashboard.html#/page/x` }, OWN, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage({ id: 'another-extension', url: 'chrome-extension://another-extension/x.html' }, OWN, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: OWN, url: 'https://www.linkedin.com/feed/' }, OWN, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: OWN }, OWN, ORIGIN)).toBe(false);
  });
});

describe('showPostsIds', () => {
  it('reads a well-formed request', () => {
    expect(showPostsIds({ type: SHOW_POSTS, postIds: ['1', '2'] })).toEqual(['1', '2']);
  });

  it('refuses anything else', () => {
    for (const bad of [
      null,
      'show',
      { type: 'other', postIds: ['1'] },
      { type: SHOW_POSTS },
      { type: SHOW_POSTS, postIds: [] },
      { type: SHOW_POSTS, postIds: [1] },
      { type: SHOW_POSTS, postIds: [''] },
      { type: SHOW_POSTS, postIds: ['x'.repeat(201)] },
      { type: SHOW_POSTS, postIds: Array.from({ length: MAX_POST_IDS + 1 }, (_, i) => String(i)) },
    ]) {
      expect(showPostsIds(bad)).toBeNull();
    }
  });
});
