import { useMemo } from 'react';
import { HistoryCharts } from '../../components/dashboard/HistoryCharts';
import { ReportView } from '../../components/ReportView';
import { StateMessage } from '../../components/StateMessage';
import type { AnalyzeOptions, Report, Timeline } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { engagementHistory, scoreHistory } from '../../lib/report/history';
import { PLATFORM_NAMES } from '../../lib/report/platform-names';
import { usePublishFlags } from '../../lib/report/publish-flags';
import { readQuality } from '../../lib/report/read-quality';
import { usePageReport } from '../../lib/report/use-page-report';
import { useShowMe } from '../../lib/report/use-show-me';
import { switchedOffRules } from '../../lib/settings/apply';
import { PageActions } from './PageActions';
import { PagePosts } from './PagePosts';

interface PageDetailProps {
  pageKey: string;
  locale: Locale;
  options: AnalyzeOptions | undefined;
  badges: boolean;
}

/** One page in full: its report card, its history, its posts, and what to do with its data. */
export function PageDetail({ pageKey, locale, options, badges }: PageDetailProps) {
  const state = usePageReport(pageKey, options);
  const showMe = useShowMe(pageKey, locale);
  const ready = state.state === 'ready' ? state : null;
  usePublishFlags(pageKey, ready?.report ?? null, locale, badges);
  const switchedOff = useMemo(() => switchedOffRules(options), [options]);
  if (state.state === 'loading') return <p className="loading">{t(locale, 'loading')}</p>;
  if (state.state === 'empty') return <StateMessage testId="empty-page" title={t(locale, 'emptyTitle')} body={t(locale, 'emptyBody')} />;
  const { timeline, health } = state.stored;
  const name = timeline.page.name ?? timeline.page.url;
  return (
    <div className="page-detail">
      <h1 className="visually-hidden">{name}</h1>
      <PageActions page={timeline.page} locale={locale} options={state.options} />
      <div className="panel">
        <ReportView
          report={state.report}
          locale={locale}
          pageName={name}
          platformName={PLATFORM_NAMES[timeline.page.platform]}
          postsStored={timeline.posts.length}
          quality={readQuality(timeline, health)}
          switchedOff={switchedOff}
          compact={false}
          onShowMe={showMe.show}
          showMeMessages={showMe.messages}
        />
      </div>
      <PageHistory timeline={timeline} report={state.report} options={state.options} locale={locale} />
      <PagePosts timeline={timeline} report={state.report} locale={locale} />
    </div>
  );
}

interface PageHistoryProps {
  timeline: Timeline;
  report: Report;
  options: AnalyzeOptions;
  locale: Locale;
}

/** Re-scoring the timeline day by day is the costliest thing here: only when the data changes. */
function PageHistory({ timeline, report, options, locale }: PageHistoryProps) {
  const scores = useMemo(() => scoreHistory(timeline, options), [timeline, options]);
  const engagement = useMemo(() => engagementHistory(timeline, report), [timeline, report]);
  return <HistoryCharts scores={scores} engagement={engagement} locale={locale} />;
}
