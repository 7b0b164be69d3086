import { questionInvitations } from './lexicon';
import { withoutUrls } from './normalize';

// A question mark ends a question in both languages; "?" inside a link ("?utm_source=") does not.
const QUESTION_MARK = /[?？¿]/u;

/** Whether a post asks its readers something: a question mark, or "let us know"/"laat het weten". */
export function asksQuestion(text: string): boolean {
  const words = withoutUrls(text);
  return QUESTION_MARK.test(words) || questionInvitations.find(words).length > 0;
}
