/** "Show me" for a report card: sends the evidence to the page's tab and keeps what to say. */
import { useCallback, useState } from 'react';
import type { RuleId } from '../analysis/model';
import type { Locale } from '../i18n';
import { ruleTitle } from '../i18n/rule-titles';
import { showPosts } from './show-posts';
import { showPostsMessage } from './show-posts-message';

export interface ShowMe {
  show: (ruleId: RuleId, postIds: string[]) => void;
  messages: Partial<Record<RuleId, string>>;
}

export function useShowMe(pageKey: string, locale: Locale): ShowMe {
  const [messages, setMessages] = useState<Partial<Record<RuleId, string>>>({});
  const show = useCallback(
    (ruleId: RuleId, postIds: string[]) => {
      void showPosts(pageKey, postIds, `Echt · ${ruleTitle(ruleId, locale)}`).then((outcome) => setMessages({ [ruleId]: showPostsMessage(outcome, locale) }));
    },
    [pageKey, locale],
  );
  return { show, messages };
}
