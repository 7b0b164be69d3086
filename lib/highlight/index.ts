/**
 * Evidence on the page, content-script side: "show me" (scroll to and outline the posts a check
 * names, asked for by the popup or dashboard) and the optional badges. No React, zod or Dexie.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShowPostsResponse } from '../messaging/protocol';
import type { PlatformReader } from '../platforms/types';
import { startBadges } from './badges';
import { PostLocator } from './find-posts';
import { Overlay } from './overlay';
import { isOwnExtensionPage, showPostsRequest } from './request';

export function startEvidence(ctx: ContentScriptContext, reader: PlatformReader): void {
  const locator = new PostLocator(reader);
  const overlay = new Overlay();
  const ownOrigin = browser.runtime.getURL('/');

  const onMessage = (message: unknown, sender: { id?: string; url?: string }, sendResponse: (response: ShowPostsResponse) => void) => {
    const request = showPostsRequest(message);
    // Not ours to answer: leave other messages alone (return nothing, keep no channel open).
    if (!request || !isOwnExtensionPage(sender, browser.runtime.id, ownOrigin)) return;
    const { postIds, label } = request;
    const found = locator.find(new Set(postIds));
    const first = found[0];
    if (first) {
      // A smooth scroll does not run in a background tab (the dashboard's case until it switches).
      first.card.scrollIntoView({ behavior: document.visibilityState === 'visible' ? 'smooth' : 'instant', block: 'center' });
      overlay.highlight(found.map(({ card }) => card), label);
    }
    const distinct = new Set(found.map(({ id }) => id)).size;
    sendResponse({ ok: true, found: distinct, missing: new Set(postIds).size - distinct });
  };

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    overlay.destroy();
  });
  // Outlines and badges follow their posts: the overlay listens to scroll and resize itself, only
  // while it shows something.
  startBadges(ctx, reader, locator, overlay);
}
