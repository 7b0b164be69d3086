import { describe, expect, it } from 'vitest';
import { SHOW_POSTS } from '../../../lib/messaging/protocol';
import { isOwnExtensionPage, MAX_LABEL, MAX_POST_IDS, showPostsRequest } from '../../../lib/highlight/request';

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

describe('showPostsRequest', () => {
  it('reads a well-formed request, with or without a label', () => {
    expect(showPostsRequest({ type: SHOW_POSTS, postIds: ['1', '2'] })).toEqual({ postIds: ['1', '2'], label: null });
    expect(showPostsRequest({ type: SHOW_POSTS, postIds: ['1'], label: 'Echt · Hashtag overuse' })).toEqual({ postIds: ['1'], label: 'Echt · Hashtag overuse' });
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
      { type: SHOW_POSTS, postIds: ['1'], label: 42 },
      { type: SHOW_POSTS, postIds: ['1'], label: 'x'.repeat(MAX_LABEL + 1) },
    ]) {
      expect(showPostsRequest(bad)).toBeNull();
    }
  });
});
