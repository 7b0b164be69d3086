import type { Grade } from '../lib/analysis/model';

interface ScoreBadgeProps {
  score: number | null;
  grade: Grade | null;
  label: string;
  insufficientText: string;
}

/** The 0–100 health score with its letter grade, or an honest "not enough data". */
export function ScoreBadge({ score, grade, label, insufficientText }: ScoreBadgeProps) {
  if (score === null) {
    return (
      <div className="score score--insufficient" data-testid="health-score" data-status="insufficient" aria-label={label}>
        <span className="score__value">–</span>
        <span className="score__note">{insufficientText}</span>
      </div>
    );
  }
  return (
    <div className={`score score--${(grade ?? 'C').toLowerCase()}`} aria-label={`${label}: ${score}`}>
      <span className="score__value" data-testid="health-score" data-status="scored">
        {score}
      </span>
      {grade && (
        <span className="score__grade" data-testid="health-grade">
          {grade}
        </span>
      )}
    </div>
  );
}
