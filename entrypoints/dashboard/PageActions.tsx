import { ConfirmButton } from '../../components/dashboard/ConfirmButton';
import { RelationSelect } from '../../components/dashboard/RelationSelect';
import type { AnalyzeOptions, PageInfo } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { routeHash } from '../../lib/report/dashboard-route';
import { downloadFile } from '../../lib/report/download';
import { markPage } from '../../lib/report/page-actions';
import { deleteOnePage, exportCsv, exportJson } from '../../lib/report/your-data';

interface PageActionsProps {
  page: PageInfo;
  locale: Locale;
  options: AnalyzeOptions;
}

/** Mark the page, take its data with you, or delete it. */
export function PageActions({ page, locale, options }: PageActionsProps) {
  const name = page.name ?? page.url;
  const relations = { mine: t(locale, 'relationMine'), competitor: t(locale, 'relationCompetitor'), unmarked: t(locale, 'relationUnmarked') };
  return (
    <div className="page-actions">
      <a href={routeHash({ view: 'pages' })}>← {t(locale, 'navPages')}</a>
      <RelationSelect
        value={page.relation}
        label={t(locale, 'relationOf', { page: name })}
        options={relations}
        onChange={(relation) => void markPage(page.key, relation)}
        testId="page-relation"
      />
      <a className="button" href={page.url} target="_blank" rel="noopener noreferrer">
        {t(locale, 'openOnSite')}
      </a>
      <button type="button" className="button" onClick={() => void exportJson([page.key]).then(downloadFile)} data-testid="export-page-json">
        {t(locale, 'exportPageJson')}
      </button>
      <button type="button" className="button" onClick={() => void exportCsv(options, [page.key]).then(downloadFile)} data-testid="export-page-csv">
        {t(locale, 'exportPageCsv')}
      </button>
      <ConfirmButton
        label={t(locale, 'deletePage')}
        question={t(locale, 'deletePageQuestion', { page: name })}
        confirmLabel={t(locale, 'deletePageConfirm')}
        cancelLabel={t(locale, 'cancel')}
        onConfirm={() => void deleteOnePage(page.key).then(() => (location.hash = routeHash({ view: 'pages' })))}
        testId="delete-page"
      />
    </div>
  );
}
