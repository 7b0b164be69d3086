import { useMemo } from 'react';
import { ReportView } from '../../components/ReportView';
import { StateMessage } from '../../components/StateMessage';
import type { AnalyzeOptions } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { dashboardUrl } from '../../lib/report/dashboard-url';
import { PLATFORM_NAMES } from '../../lib/report/platform-names';
import { usePublishFlags } from '../../lib/report/publish-flags';
import { readQuality } from '../../lib/report/read-quality';
import type { StoredPage } from '../../lib/db/repository';
import type { LiveStore } from '../../lib/report/live-store';
import { useStoredPageReport } from '../../lib/report/page-report-state';
import { useShowMe } from '../../lib/report/use-show-me';
import { switchedOffRules } from '../../lib/settings/apply';

interface PopupReportProps {
  pageKey: string;
  /** The page's stored data, read live. */
  page: LiveStore<StoredPage | null>;
  locale: Locale;
  options: AnalyzeOptions | undefined;
  badges: boolean;
}

/** The live report of one stored page, with its loading, empty and unreadable states. */
export function PopupReport({ pageKey, page, locale, options, badges }: PopupReportProps) {
  const state = useStoredPageReport(pageKey, page, options);
  const showMe = useShowMe(pageKey, locale);
  usePublishFlags(pageKey, state.state === 'ready' ? state.report : null, locale, badges);
  const switchedOff = useMemo(() => switchedOffRules(options), [options]);
  if (state.state === 'loading') return <p className="loading">{t(locale, 'loading')}</p>;
  if (state.state === 'empty') {
    return <StateMessage testId="empty-page" title={t(locale, 'emptyTitle')} body={t(locale, 'emptyBody')} />;
  }
  const { timeline, health } = state.stored;
  return (
    <ReportView
      report={state.report}
      locale={locale}
      pageName={timeline.page.name ?? timeline.page.url}
      platformName={PLATFORM_NAMES[timeline.page.platform]}
      postsStored={timeline.posts.length}
      quality={readQuality(timeline, health)}
      switchedOff={switchedOff}
      compact
      onShowMe={showMe.show}
      showMeMessages={showMe.messages}
      footer={
        <nav className="report__footer" aria-label={t(locale, 'moreNav')}>
          <a href={dashboardUrl({ view: 'page', pageKey })} target="_blank" rel="noopener" data-testid="open-dashboard">
            {t(locale, 'openFullReport')}
          </a>
          <a href={dashboardUrl({ view: 'settings' })} target="_blank" rel="noopener">
            {t(locale, 'navSettings')}
          </a>
        </nav>
      }
    />
  );
}
