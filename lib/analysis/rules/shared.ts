import { msg } from '../messages/msg';
import type { Msg } from '../model';

/** The common "too few posts" reason, with the numbers the user needs. */
export function tooFewPosts(posts: number, needed: number): Msg {
  return msg('common.too-few-posts', { posts, needed });
}
