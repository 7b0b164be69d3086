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

/** A label longer than this is not a check's name. */
export const MAX_LABEL = 120;

export interface ShowPostsRequest {
  postIds: string[];
  label: string | null;
}

/** A valid show-posts request, or null for anything else. */
export function showPostsRequest(message: unknown): ShowPostsRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, postIds, label } = message as { type?: unknown; postIds?: unknown; label?: unknown };
  if (type !== SHOW_POSTS || !Array.isArray(postIds) || postIds.length === 0 || postIds.length > MAX_POST_IDS) return null;
  if (!postIds.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200)) return null;
  if (label !== undefined && (typeof label !== 'string' || label.length > MAX_LABEL)) return null;
  return { postIds, label: label ?? null };
}
