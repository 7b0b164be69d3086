/**
 * The "show me" request as the content script receives it: who may send it and what it may
 * contain, checked by hand (no zod in a content script). Plain functions, tested in Node.
 */
import { SHOW_POSTS } from '../messaging/protocol';

/** Posts one request may name; a report's evidence is far shorter. */
export const MAX_POST_IDS = 100;

interface Sender {
  id?: string;
  url?: string;
}

/**
 * Only our own extension pages (popup, dashboard) may ask: same extension id, and a sender URL
 * inside the extension. Another extension cannot reach this listener at all (that would be
 * onMessageExternal), and the page's own scripts cannot send runtime messages.
 */
export function isOwnExtensionPage(sender: Sender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** The post ids of a valid show-posts request, or null for anything else. */
export function showPostsIds(message: unknown): string[] | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, postIds } = message as { type?: unknown; postIds?: unknown };
  if (type !== SHOW_POSTS || !Array.isArray(postIds) || postIds.length === 0 || postIds.length > MAX_POST_IDS) return null;
  const valid = postIds.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200);
  return valid ? postIds : null;
}
