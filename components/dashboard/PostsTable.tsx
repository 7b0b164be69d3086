import { RULE_IDS, type RuleId } from '../../lib/analysis/model';
import { formatDate, t, type Locale, type UiKey } from '../../lib/i18n';
import { ruleTitle } from '../../lib/i18n/rule-titles';
import type { PostFilter, PostRow, PostSort, PostSortKey } from '../../lib/report/post-rows';

interface PostsTableProps {
  /** Already filtered and sorted. */
  rows: PostRow[];
  /** Posts before filtering, for "showing 3 of 10". */
  total: number;
  locale: Locale;
  sort: PostSort;
  onSort: (key: PostSortKey) => void;
  filter: PostFilter;
  onFilter: (filter: PostFilter) => void;
}

/** Long tables are cut: the filters find the rest. */
export const MAX_ROWS = 200;
const EXCERPT = 140;

const COLUMNS: ReadonlyArray<{ key: PostSortKey; label: UiKey; numeric: boolean }> = [
  { key: 'publishedAt', label: 'colDate', numeric: false },
  { key: 'reactions', label: 'colReactions', numeric: true },
  { key: 'comments', label: 'colComments', numeric: true },
  { key: 'reposts', label: 'colReposts', numeric: true },
  { key: 'hashtags', label: 'colHashtags', numeric: true },
  { key: 'flags', label: 'colFlags', numeric: false },
];

function excerpt(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

function count(value: number | null): string {
  return value === null ? '–' : String(value);
}

/** The page's posts with their figures and flags; sortable by every figure, filterable. */
export function PostsTable({ rows, total, locale, sort, onSort, filter, onFilter }: PostsTableProps) {
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <section className="panel" aria-labelledby="posts-title">
      <h2 id="posts-title">{t(locale, 'postsTitle')}</h2>
      <div className="filters" role="search">
        <label>
          {t(locale, 'filterText')}
          <input type="search" value={filter.text} onChange={(event) => onFilter({ ...filter, text: event.target.value })} />
        </label>
        <label>
          {t(locale, 'filterFlag')}
          <select
            className="select"
            value={filter.flag}
            onChange={(event) => onFilter({ ...filter, flag: event.target.value as PostFilter['flag'] })}
          >
            <option value="all">{t(locale, 'filterAll')}</option>
            <option value="flagged">{t(locale, 'filterFlagged')}</option>
            {RULE_IDS.map((id: RuleId) => (
              <option key={id} value={id}>
                {ruleTitle(id, locale)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted" role="status" data-testid="posts-count">
          {t(locale, 'postsShown', { shown: shown.length, total })}
        </p>
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="posts-table">
          <caption className="visually-hidden">{t(locale, 'postsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'colPost')}</th>
              {COLUMNS.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={sort.key === column.key ? sort.direction : undefined}
                >
                  <button type="button" className="sort" onClick={() => onSort(column.key)} data-testid={`sort-${column.key}`}>
                    {t(locale, column.label)}
                    <span aria-hidden="true">{sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} data-post-id={row.id}>
                <td className="post-text">{excerpt(row.text) || <span className="muted">{t(locale, 'noText')}</span>}</td>
                <td>{row.publishedAt === null ? '–' : formatDate(locale, row.publishedAt)}</td>
                <td className="num">{count(row.reactions)}</td>
                <td className="num">{count(row.comments)}</td>
                <td className="num">{count(row.reposts)}</td>
                <td className="num">{row.hashtags}</td>
                <td>
                  {row.flags.map((id) => (
                    <span key={id} className="chip">
                      {ruleTitle(id, locale)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
