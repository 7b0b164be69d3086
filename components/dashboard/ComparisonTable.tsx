import type { Grade } from '../../lib/analysis/model';
import { formatNumber, formatPercent, t, type Locale, type UiKey } from '../../lib/i18n';
import type { PageMetrics } from '../../lib/report/metrics';

export interface ComparedPage {
  key: string;
  name: string;
  relationLabel: string;
  score: number | null;
  grade: Grade | null;
  /** Checks that warn or fail. */
  problems: number;
  metrics: PageMetrics;
  reportHref: string;
}

interface Row {
  label: UiKey;
  testId: string;
  value: (page: ComparedPage, locale: Locale) => string;
}

const UNKNOWN = '–';
const percent = (share: number | null, locale: Locale) => (share === null ? UNKNOWN : formatPercent(locale, share));
const number = (value: number | null, locale: Locale) => (value === null ? UNKNOWN : formatNumber(locale, value));

const ROWS: readonly Row[] = [
  { label: 'scoreLabel', testId: 'compare-score', value: (p) => (p.score === null ? UNKNOWN : `${p.score} (${p.grade ?? ''})`) },
  { label: 'cmpProblems', testId: 'compare-problems', value: (p, l) => formatNumber(l, p.problems) },
  { label: 'colPosts', testId: 'compare-posts', value: (p, l) => formatNumber(l, p.metrics.posts) },
  { label: 'cmpFollowers', testId: 'compare-followers', value: (p, l) => number(p.metrics.followers, l) },
  {
    label: 'cmpEngagementRate',
    testId: 'compare-engagement-rate',
    value: (p, l) =>
      p.metrics.engagementRate === null
        ? UNKNOWN
        : `${formatPercent(l, p.metrics.engagementRate)} ${t(l, p.metrics.rateDenominator === 'impressions' ? 'cmpPerImpression' : 'cmpPerFollower')}`,
  },
  { label: 'cmpInteractions', testId: 'compare-interactions', value: (p, l) => number(p.metrics.interactionsPerPost, l) },
  { label: 'cmpCommentsPerReaction', testId: 'compare-comments-per-reaction', value: (p, l) => percent(p.metrics.commentsPerReaction, l) },
  { label: 'cmpPromoShare', testId: 'compare-promo-share', value: (p, l) => percent(p.metrics.promoShare, l) },
  { label: 'cmpReplyRate', testId: 'compare-reply-rate', value: (p, l) => percent(p.metrics.replyRate, l) },
  { label: 'cmpHashtags', testId: 'compare-hashtags', value: (p, l) => number(p.metrics.hashtagsPerPost, l) },
  { label: 'cmpPostsPerWeek', testId: 'compare-posts-per-week', value: (p, l) => number(p.metrics.postsPerWeek, l) },
];

/** Two or more pages side by side: one column per page, one row per figure. */
export function ComparisonTable({ pages, locale }: { pages: ComparedPage[]; locale: Locale }) {
  return (
    <div className="table-scroll">
      <table className="table table--compare" data-testid="comparison">
        <caption>{t(locale, 'compareCaption')}</caption>
        <thead>
          <tr>
            <td />
            {pages.map((page) => (
              <th scope="col" key={page.key} data-page-key={page.key}>
                <a href={page.reportHref}>{page.name}</a>
                <span className="muted block">{page.relationLabel}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.testId} data-testid={row.testId}>
              <th scope="row">{t(locale, row.label)}</th>
              {pages.map((page) => (
                <td key={page.key} className="num">
                  {row.value(page, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
