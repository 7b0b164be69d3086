import type { Report, RuleResult, RuleStatus } from '../lib/analysis/model';
import { formatMsg } from '../lib/analysis/messages/format';
import { t, type Locale } from '../lib/i18n';
import { RULE_TITLES } from '../lib/i18n/rule-titles';
import { RuleCard, type RuleCardView } from './RuleCard';
import { ScoreBadge } from './ScoreBadge';

const STATUS_ORDER: Record<RuleStatus, number> = { fail: 0, warn: 1, pass: 2, insufficient: 3 };
const STATUS_KEY = { pass: 'statusPass', warn: 'statusWarn', fail: 'statusFail', insufficient: 'statusInsufficient' } as const;
const DAY_MS = 86_400_000;

export interface ReportViewProps {
  report: Report;
  locale: Locale;
  pageName: string;
  /** Distinct posts stored for the page. */
  postsStored: number;
  /** Post cards seen whose counts could not be read: the layout may have changed. */
  countsUnreadable: { platform: string; cards: number } | null;
}

function toView(result: RuleResult, locale: Locale): RuleCardView {
  return {
    id: result.id,
    status: result.status,
    title: RULE_TITLES[locale][result.id],
    statusLabel: t(locale, STATUS_KEY[result.status]),
    explanation: formatMsg(result.explanation, locale),
    suggestion: result.suggestion ? formatMsg(result.suggestion, locale) : null,
    suggestionLabel: t(locale, 'suggestion'),
    evidence: result.evidencePostIds.length > 0 ? t(locale, 'evidence', { count: result.evidencePostIds.length }) : null,
    policy: result.policy ? formatMsg(result.policy.title, locale) : null,
  };
}

/** The report card: score, verdict, the data it rests on, and every test (problems first). */
export function ReportView({ report, locale, pageName, postsStored, countsUnreadable }: ReportViewProps) {
  const { basis } = report;
  const days = basis.firstSeenAt !== null && basis.lastSeenAt !== null ? Math.max(1, Math.ceil((basis.lastSeenAt - basis.firstSeenAt) / DAY_MS)) : 1;
  const denominator =
    basis.rateDenominator === 'followers' ? 'denominatorFollowers' : basis.rateDenominator === 'impressions' ? 'denominatorImpressions' : 'denominatorNone';
  const withheld = countsUnreadable !== null;
  const results = [...report.results].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  return (
    <article className="report" aria-label={pageName}>
      <header className="report__header">
        <ScoreBadge
          score={withheld ? null : report.score}
          grade={withheld ? null : report.grade}
          label={t(locale, 'scoreLabel')}
          insufficientText={report.scoreReason && !withheld ? formatMsg(report.scoreReason, locale) : t(locale, 'insufficientScore')}
        />
        <div className="report__summary">
          <h1 className="report__page">{pageName}</h1>
          {!withheld && report.grade && <p className="report__verdict">{t(locale, `verdict${report.grade}`)}</p>}
          <p className="report__basis">
            <strong data-testid="posts-analyzed">{postsStored}</strong> {t(locale, 'postsAnalyzed')}
            {' · '}
            {t(locale, 'basis', { posts: basis.posts, comments: basis.comments, days, denominator: t(locale, denominator) })}
          </p>
        </div>
      </header>
      {countsUnreadable && (
        <p className="report__alert" role="alert" data-testid="layout-changed">
          {t(locale, 'layoutChanged', { platform: countsUnreadable.platform, cards: countsUnreadable.cards })}
        </p>
      )}
      <ol className="report__rules">
        {results.map((result) => (
          <RuleCard key={result.id} rule={toView(result, locale)} />
        ))}
      </ol>
    </article>
  );
}
