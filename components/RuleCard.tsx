import type { RuleStatus } from '../lib/analysis/model';

export interface RuleCardView {
  id: string;
  status: RuleStatus;
  title: string;
  statusLabel: string;
  explanation: string;
  suggestion: string | null;
  suggestionLabel: string;
  evidence: string | null;
  policy: string | null;
}

/** One test of the report card: status, what was found, and one concrete next step. */
export function RuleCard({ rule }: { rule: RuleCardView }) {
  return (
    <li className={`rule rule--${rule.status}`} data-rule-id={rule.id} data-status={rule.status}>
      <div className="rule__head">
        <span className={`rule__status rule__status--${rule.status}`}>{rule.statusLabel}</span>
        <span className="rule__title">{rule.title}</span>
      </div>
      <p className="rule__explanation">{rule.explanation}</p>
      {rule.suggestion && (
        <p className="rule__suggestion">
          <strong>{rule.suggestionLabel}: </strong>
          {rule.suggestion}
        </p>
      )}
      {(rule.evidence || rule.policy) && (
        <p className="rule__meta">
          {rule.evidence}
          {rule.evidence && rule.policy ? ' · ' : ''}
          {rule.policy}
        </p>
      )}
    </li>
  );
}
