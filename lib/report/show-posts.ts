/**
 * "Show me": asks the content script in the tab that shows the page to scroll to and highlight
 * posts. The tab is found among the tabs on the two sites (their URLs are visible through the
 * host permissions, so no `tabs` permission is needed); the active one wins.
 */
import { SHOW_POSTS, type ShowPostsMessage, type ShowPostsResponse } from '../messaging/protocol';
import { targetForUrl } from './page-for-url';

export type ShowPostsOutcome =
  | { kind: 'shown'; found: number; missing: number }
  | { kind: 'no-tab' }
  | { kind: 'unreachable' };

async function tabShowing(pageKey: string): Promise<number | null> {
  const tabs = await browser.tabs.query({ url: ['https://www.linkedin.com/*', 'https://www.facebook.com/*'] });
  const showing = tabs.filter((tab) => tab.id !== undefined && targetForUrl(tab.url)?.pageKey === pageKey);
  const best = showing.find((tab) => tab.active) ?? showing.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  return best?.id ?? null;
}

/** `label` goes on the outline: why these posts (the check's name). */
export async function showPosts(pageKey: string, postIds: string[], label: string): Promise<ShowPostsOutcome> {
  const tabId = await tabShowing(pageKey);
  if (tabId === null) return { kind: 'no-tab' };
  const message: ShowPostsMessage = { type: SHOW_POSTS, postIds, label };
  try {
    const response = (await browser.tabs.sendMessage(tabId, message)) as ShowPostsResponse | undefined;
    if (!response?.ok) return { kind: 'unreachable' };
    // Bring the page forward when the report lives in its own tab (the dashboard).
    await browser.tabs.update(tabId, { active: true });
    return { kind: 'shown', found: response.found, missing: response.missing };
  } catch {
    // No content script in the tab (opened before the extension was installed or updated).
    return { kind: 'unreachable' };
  }
}
