import type { RuleCardView } from '../lib/report/rule-card-view';

export interface RuleCardLabels {
  suggestion: string;
  showMe: string;
}

interface RuleCardProps {
  rule: RuleCardView;
  labels: RuleCardLabels;
  /** Offered when a tab can show the evidence posts. */
  onShowMe?: (postIds: string[]) => void;
  /** What happened after "show me" ("Highlighted 3 posts"), announced politely. */
  showMeMessage?: string;
}

/** One test of the report card: status, what was found, and one concrete next step. */
export function RuleCard({ rule, labels, onShowMe, showMeMessage }: RuleCardProps) {
  const headingId = `rule-${rule.id}`;
  const canShow = onShowMe !== undefined && rule.evidencePostIds.length > 0;
  return (
    <li className={`rule rule--${rule.status}`} data-rule-id={rule.id} data-status={rule.status}>
      <h3 className="rule__head" id={headingId}>
        <span className={`rule__status rule__status--${rule.status}`}>{rule.statusLabel}</span>
        <span className="rule__title">{rule.title}</span>
      </h3>
      <p className="rule__explanation">{rule.explanation}</p>
      {rule.suggestion && (
        <p className="rule__suggestion">
          <strong>{labels.suggestion}: </strong>
          {rule.suggestion}
        </p>
      )}
      {rule.people.map((line) => (
        <p className="rule__meta" key={line}>
          {line}
        </p>
      ))}
      {(rule.evidence || rule.policy) && (
        <p className="rule__meta">
          {rule.evidence}
          {rule.evidence && rule.policy ? ' · ' : ''}
          {rule.policy}
        </p>
      )}
      {canShow && (
        <div className="rule__actions">
          <button type="button" className="button button--small" onClick={() => onShowMe(rule.evidencePostIds)}>
            {labels.showMe}
          </button>
          <span className="rule__show-result" role="status">
            {showMeMessage}
          </span>
        </div>
      )}
    </li>
  );
}
