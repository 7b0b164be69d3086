import type { Locale } from '../lib/i18n';
import { t } from '../lib/i18n';
import { usePageReport } from '../lib/report/use-page-report';
import { ReportView } from './ReportView';
import { StateMessage } from './StateMessage';

const PLATFORM_NAMES = { linkedin: 'LinkedIn', facebook: 'Facebook' } as const;

/** The live report of one stored page, with its loading, empty and unreadable states. */
export function PageReport({ pageKey, locale }: { pageKey: string; locale: Locale }) {
  const state = usePageReport(pageKey);
  if (state.state === 'loading') return <p className="loading">{t(locale, 'loading')}</p>;
  if (state.state === 'empty') {
    return <StateMessage testId="empty-page" title={t(locale, 'emptyTitle')} body={t(locale, 'emptyBody')} />;
  }
  const { timeline, health } = state.stored;
  // Cards were seen but not one count could be read: the site's layout has likely changed.
  const withCounts = timeline.posts.filter((post) => post.snapshots.length > 0).length;
  const countsUnreadable =
    withCounts === 0 ? { platform: PLATFORM_NAMES[timeline.page.platform], cards: Math.max(health.cardsSeen, timeline.posts.length) } : null;
  return (
    <ReportView
      report={state.report}
      locale={locale}
      pageName={timeline.page.name ?? timeline.page.url}
      postsStored={timeline.posts.length}
      countsUnreadable={countsUnreadable}
    />
  );
}
