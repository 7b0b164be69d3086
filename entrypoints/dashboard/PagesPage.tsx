import { useState } from 'react';
import { PagesTable, type PageListRow } from '../../components/dashboard/PagesTable';
import { StateMessage } from '../../components/StateMessage';
import type { AnalyzeOptions } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { routeHash } from '../../lib/report/dashboard-route';
import { markPage } from '../../lib/report/page-actions';
import { PLATFORM_NAMES } from '../../lib/report/platform-names';
import { usePageSummaries, type PageSummary } from '../../lib/report/use-page-summaries';

interface PagesPageProps {
  locale: Locale;
  options: AnalyzeOptions | undefined;
}

const RELATION_ORDER = { mine: 0, competitor: 1, unmarked: 2 } as const;

function listRow(summary: PageSummary): PageListRow {
  const { page } = summary.stored.timeline;
  return {
    key: page.key,
    name: page.name ?? page.url,
    platformName: PLATFORM_NAMES[page.platform],
    relation: page.relation,
    score: summary.report.score,
    grade: summary.report.grade,
    posts: summary.stored.timeline.posts.length,
    lastSeenAt: summary.stored.lastSeenAt,
    reportHref: routeHash({ view: 'page', pageKey: page.key }),
  };
}

/** Every page the user has looked at, to mark, open and compare. */
export function PagesPage({ locale, options }: PagesPageProps) {
  const summaries = usePageSummaries(options);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  if (summaries === undefined) return <p className="loading">{t(locale, 'loading')}</p>;
  if (summaries.length === 0) return <StateMessage testId="no-pages" title={t(locale, 'noPagesTitle')} body={t(locale, 'noPagesBody')} />;

  const toggle = (key: string) => {
    const next = new Set(selected);
    if (!next.delete(key)) next.add(key);
    setSelected(next);
  };
  // Own pages first, then competitors: the comparison reads "us versus them" from left to right.
  const ordered = [...summaries].sort((a, b) => RELATION_ORDER[a.stored.timeline.page.relation] - RELATION_ORDER[b.stored.timeline.page.relation]);
  const marked = ordered.filter((s) => s.stored.timeline.page.relation !== 'unmarked').map((s) => s.stored.timeline.page.key);
  const chosen = ordered.map((s) => s.stored.timeline.page.key).filter((key) => selected.has(key));
  return (
    <section aria-labelledby="pages-title">
      <h1 id="pages-title">{t(locale, 'pagesTitle')}</h1>
      <p className="muted">{t(locale, 'pagesHint')}</p>
      <PagesTable rows={summaries.map(listRow)} locale={locale} selected={selected} onToggle={toggle} onRelation={(key, relation) => void markPage(key, relation)} />
      <div className="actions">
        {chosen.length >= 2 ? (
          <a className="button button--primary" href={routeHash({ view: 'compare', pageKeys: chosen })} data-testid="compare-selected">
            {t(locale, 'compareSelected', { count: chosen.length })}
          </a>
        ) : (
          <p className="muted">{t(locale, 'compareChoose')}</p>
        )}
        {marked.length >= 2 && (
          <a className="button" href={routeHash({ view: 'compare', pageKeys: marked })} data-testid="compare-marked">
            {t(locale, 'compareMarked')}
          </a>
        )}
      </div>
    </section>
  );
}
