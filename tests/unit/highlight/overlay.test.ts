// @vitest-environment happy-dom
/**
 * The overlay follows its outlines and badges on scroll and resize, and listens to neither while
 * it shows nothing: a scroll listener is a call into the content script for every scroll event
 * (issue 7 counted 131 of them per 1,000-post fling, all for nothing while badges are off).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../../lib/highlight/overlay';

/** Counts scroll/resize listeners on window that are live (added, not yet aborted). */
function watchWindowListeners() {
  const live = new Set<AbortSignal | undefined>();
  const count = { added: 0, removed: 0 };
  const add = window.addEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
    if (type === 'scroll' || type === 'resize') {
      count.added++;
      const signal = typeof options === 'object' ? options.signal : undefined;
      live.add(signal);
      signal?.addEventListener('abort', () => {
        count.removed++;
        live.delete(signal);
      });
    }
    add(type, listener, options);
  });
  return { count, live: () => [...live].length };
}

function postCard(): HTMLElement {
  const card = document.createElement('article');
  document.body.append(card);
  return card;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.querySelector('echt-overlay')?.remove();
});

describe('Overlay listeners', () => {
  it('listens to nothing until it shows something', () => {
    const { count } = watchWindowListeners();
    const overlay = new Overlay();
    overlay.setBadges([]);
    expect(count.added).toBe(0);
    overlay.destroy();
  });

  it('listens to scroll and resize while badges are on, and stops when they are turned off', () => {
    const { count, live } = watchWindowListeners();
    const overlay = new Overlay();
    overlay.setBadges([{ card: postCard(), text: 'Echt: a check' }]);
    expect(count.added).toBe(2);
    expect(live()).toBe(1); // one controller for both
    overlay.setBadges([{ card: postCard(), text: 'Echt: another' }]);
    expect(count.added).toBe(2); // already listening
    overlay.setBadges([]);
    expect(live()).toBe(0);
    overlay.destroy();
  });

  it('listens while a highlight shows and stops on destroy', () => {
    const { count, live } = watchWindowListeners();
    const overlay = new Overlay();
    overlay.highlight([postCard()], 'Echt · a check');
    expect(count.added).toBe(2);
    expect(live()).toBe(1);
    overlay.destroy();
    expect(live()).toBe(0);
  });
});
