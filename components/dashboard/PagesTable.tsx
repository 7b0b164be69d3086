import type { Grade, PageRelation } from '../../lib/analysis/model';
import { formatDate, t, type Locale } from '../../lib/i18n';
import { RelationSelect } from './RelationSelect';

export interface PageListRow {
  key: string;
  name: string;
  platformName: string;
  relation: PageRelation;
  score: number | null;
  grade: Grade | null;
  posts: number;
  lastSeenAt: number;
  reportHref: string;
}

interface PagesTableProps {
  rows: PageListRow[];
  locale: Locale;
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onRelation: (key: string, relation: PageRelation) => void;
}

/** Every page the user has looked at: mark it, open its report, pick pages to compare. */
export function PagesTable({ rows, locale, selected, onToggle, onRelation }: PagesTableProps) {
  const relations = { mine: t(locale, 'relationMine'), competitor: t(locale, 'relationCompetitor'), unmarked: t(locale, 'relationUnmarked') };
  return (
    <table className="table" data-testid="pages-table">
      <caption className="visually-hidden">{t(locale, 'pagesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(locale, 'colCompare')}</th>
          <th scope="col">{t(locale, 'colPage')}</th>
          <th scope="col">{t(locale, 'colRelation')}</th>
          <th scope="col" className="num">
            {t(locale, 'scoreLabel')}
          </th>
          <th scope="col" className="num">
            {t(locale, 'colPosts')}
          </th>
          <th scope="col">{t(locale, 'colLastSeen')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-page-key={row.key}>
            <td>
              <input
                type="checkbox"
                checked={selected.has(row.key)}
                onChange={() => onToggle(row.key)}
                aria-label={t(locale, 'compareThis', { page: row.name })}
              />
            </td>
            <th scope="row">
              <a href={row.reportHref}>{row.name}</a>
              <span className="muted"> · {row.platformName}</span>
            </th>
            <td>
              <RelationSelect
                value={row.relation}
                label={t(locale, 'relationOf', { page: row.name })}
                options={relations}
                onChange={(relation) => onRelation(row.key, relation)}
                testId="relation-select"
              />
            </td>
            <td className="num" data-testid="page-score">
              {row.score === null ? <span title={t(locale, 'insufficientScore')}>–</span> : `${row.score} (${row.grade ?? ''})`}
            </td>
            <td className="num">{row.posts}</td>
            <td>{formatDate(locale, row.lastSeenAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
