import type { ReactNode } from 'react';
import type { Report, RuleId, RuleResult } from '../lib/analysis/model';
import { t, type Locale } from '../lib/i18n';
import type { ReadQuality } from '../lib/report/read-quality';
import { groupResults } from '../lib/report/report-groups';
import { ruleCardView } from '../lib/report/rule-card-view';
import { ReadQualityNote } from './ReadQualityNote';
import { ReportHeader } from './ReportHeader';
import { RuleCard } from './RuleCard';

export interface ReportViewProps {
  report: Report;
  locale: Locale;
  pageName: string;
  platformName: string;
  /** Distinct posts stored for the page. */
  postsStored: number;
  quality: ReadQuality;
  switchedOff: ReadonlySet<RuleId>;
  /** The popup folds passes and quiet checks away; the dashboard shows everything open. */
  compact: boolean;
  onShowMe?: (ruleId: RuleId, postIds: string[]) => void;
  showMeMessages?: Partial<Record<RuleId, string>>;
  /** Links under the card (the full report, the settings). */
  footer?: ReactNode;
}

/** The report card: score, verdict, the data it rests on, and every test (problems first). */
export function ReportView(props: ReportViewProps) {
  const { report, locale, quality, switchedOff, compact, onShowMe, showMeMessages } = props;
  const withheld = quality.kind === 'unreadable';
  const groups = groupResults(report, switchedOff);
  const labels = { suggestion: t(locale, 'suggestion'), showMe: t(locale, 'showMe') };
  const card = (result: RuleResult) => (
    <RuleCard
      key={result.id}
      rule={ruleCardView(result, locale, switchedOff.has(result.id))}
      labels={labels}
      onShowMe={onShowMe && ((postIds) => onShowMe(result.id, postIds))}
      showMeMessage={showMeMessages?.[result.id]}
    />
  );
  return (
    <article className={`report${compact ? ' report--compact' : ''}`} aria-label={props.pageName}>
      <ReportHeader
        report={report}
        locale={locale}
        pageName={props.pageName}
        postsStored={props.postsStored}
        withheld={withheld}
        headingLevel={compact ? 1 : 2}
      />
      <ReadQualityNote quality={quality} locale={locale} platformName={props.platformName} />
      <section aria-label={t(locale, 'groupProblems')}>
        {groups.problems.length === 0 ? (
          <p className="report__all-clear">{t(locale, withheld ? 'noProblemsWithheld' : 'noProblems')}</p>
        ) : (
          <ol className="report__rules">{groups.problems.map(card)}</ol>
        )}
      </section>
      <RuleGroup title={t(locale, 'groupPassed', { count: groups.passed.length })} open={!compact} results={groups.passed} render={card} />
      <RuleGroup title={t(locale, 'groupQuiet', { count: groups.quiet.length })} open={!compact} results={groups.quiet} render={card} />
      {props.footer}
    </article>
  );
}

interface RuleGroupProps {
  title: string;
  open: boolean;
  results: RuleResult[];
  render: (result: RuleResult) => ReactNode;
}

/** A foldable group of checks; folded, its cards stay in the document (and in tests). */
function RuleGroup({ title, open, results, render }: RuleGroupProps) {
  if (results.length === 0) return null;
  return (
    <details className="report__group" open={open}>
      <summary>{title}</summary>
      <ol className="report__rules">{results.map(render)}</ol>
    </details>
  );
}
