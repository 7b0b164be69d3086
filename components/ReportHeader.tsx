import type { Report } from '../lib/analysis/model';
import { formatMsg } from '../lib/analysis/messages/format';
import { t, type Locale } from '../lib/i18n';
import { ScoreBadge } from './ScoreBadge';

const DAY_MS = 86_400_000;
const DENOMINATOR_KEY = { followers: 'denominatorFollowers', impressions: 'denominatorImpressions', none: 'denominatorNone' } as const;

interface ReportHeaderProps {
  report: Report;
  locale: Locale;
  pageName: string;
  /** Distinct posts stored for the page. */
  postsStored: number;
  /** True when the counts could not be read: no score is shown rather than one from zeros. */
  withheld: boolean;
  headingLevel: 1 | 2;
}

/** Score, grade, the one-sentence verdict and the data the verdict rests on. */
export function ReportHeader({ report, locale, pageName, postsStored, withheld, headingLevel }: ReportHeaderProps) {
  const { basis } = report;
  const days =
    basis.firstSeenAt !== null && basis.lastSeenAt !== null ? Math.max(1, Math.ceil((basis.lastSeenAt - basis.firstSeenAt) / DAY_MS)) : null;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const insufficientText = withheld || !report.scoreReason ? t(locale, 'insufficientScore') : formatMsg(report.scoreReason, locale);
  return (
    <header className="report__header">
      <ScoreBadge
        score={withheld ? null : report.score}
        grade={withheld ? null : report.grade}
        label={t(locale, 'scoreLabel')}
        gradeLabel={t(locale, 'gradeLabel')}
        insufficientText={insufficientText}
      />
      <div className="report__summary">
        <Heading className="report__page">{pageName}</Heading>
        {!withheld && report.grade && (
          <p className="report__verdict" data-testid="verdict">
            {t(locale, `verdict${report.grade}`)}
          </p>
        )}
        <p className="report__basis" data-testid="basis">
          <strong data-testid="posts-analyzed">{postsStored}</strong> {t(locale, 'postsAnalyzed', { count: postsStored })}
          {' · '}
          {t(locale, days === null ? 'basisUnseen' : 'basis', { comments: basis.comments, days: days ?? 0 })}
          {'; '}
          {t(locale, DENOMINATOR_KEY[basis.rateDenominator])}
        </p>
      </div>
    </header>
  );
}
