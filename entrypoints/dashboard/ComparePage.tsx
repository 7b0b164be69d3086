import { ComparisonTable, type ComparedPage } from '../../components/dashboard/ComparisonTable';
import { StateMessage } from '../../components/StateMessage';
import type { AnalyzeOptions } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { routeHash } from '../../lib/report/dashboard-route';
import { usePageSummaries } from '../../lib/report/use-page-summaries';

interface ComparePageProps {
  pageKeys: string[];
  locale: Locale;
  options: AnalyzeOptions | undefined;
}

const RELATION_KEY = { mine: 'relationMine', competitor: 'relationCompetitor', unmarked: 'relationUnmarked' } as const;

/** Two or more pages side by side, in the order they were chosen. */
export function ComparePage({ pageKeys, locale, options }: ComparePageProps) {
  const summaries = usePageSummaries(options);
  if (summaries === undefined) return <p className="loading">{t(locale, 'loading')}</p>;
  const byKey = new Map(summaries.map((summary) => [summary.stored.timeline.page.key, summary]));
  const pages = pageKeys.flatMap((key): ComparedPage[] => {
    const summary = byKey.get(key);
    if (!summary) return [];
    const { page } = summary.stored.timeline;
    return [
      {
        key,
        name: page.name ?? page.url,
        relationLabel: t(locale, RELATION_KEY[page.relation]),
        score: summary.report.score,
        grade: summary.report.grade,
        problems: summary.report.results.filter((r) => r.status === 'warn' || r.status === 'fail').length,
        metrics: summary.metrics,
        reportHref: routeHash({ view: 'page', pageKey: key }),
      },
    ];
  });
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">{t(locale, 'compareTitle')}</h1>
      {pages.length < 2 ? (
        <StateMessage testId="compare-empty" title={t(locale, 'compareEmptyTitle')} body={t(locale, 'compareEmptyBody')} />
      ) : (
        <>
          <ComparisonTable pages={pages} locale={locale} />
          <p className="muted">{t(locale, 'compareNote')}</p>
        </>
      )}
    </section>
  );
}
