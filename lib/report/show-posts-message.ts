import { t, type Locale } from '../i18n';
import type { ShowPostsOutcome } from './show-posts';

/** What to tell the reader after "show me", in their language. */
export function showPostsMessage(outcome: ShowPostsOutcome, locale: Locale): string {
  switch (outcome.kind) {
    case 'no-tab':
      return t(locale, 'showMeNoTab');
    case 'unreachable':
      return t(locale, 'showMeUnreachable');
    case 'shown':
      if (outcome.found === 0) return t(locale, 'showMeNoneLoaded');
      if (outcome.missing === 0) return t(locale, 'showMeShown', { found: outcome.found });
      return t(locale, 'showMeSomeLoaded', { found: outcome.found, missing: outcome.missing });
  }
}
