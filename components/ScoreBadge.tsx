import type { Grade } from '../lib/analysis/model';

interface ScoreBadgeProps {
  score: number | null;
  grade: Grade | null;
  /** "Health score", read out before the number. */
  label: string;
  gradeLabel: string;
  /** Why there is no score (shown instead of a number, never a made-up 0). */
  insufficientText: string;
}

/** The 0–100 health score with its letter grade, or an honest "not enough data". */
export function ScoreBadge({ score, grade, label, gradeLabel, insufficientText }: ScoreBadgeProps) {
  if (score === null) {
    return (
      <div className="score score--insufficient" data-testid="health-score" data-status="insufficient">
        <span className="visually-hidden">{label}: </span>
        <span className="score__value" aria-hidden="true">
          –
        </span>
        <span className="score__note">{insufficientText}</span>
      </div>
    );
  }
  return (
    <div className={`score score--${(grade ?? 'c').toLowerCase()}`}>
      <span className="visually-hidden">{label}: </span>
      <span className="score__value" data-testid="health-score" data-status="scored">
        {score}
      </span>
      {grade && (
        <span className="score__grade">
          <span className="visually-hidden">{gradeLabel} </span>
          <span data-testid="health-grade">{grade}</span>
        </span>
      )}
    </div>
  );
}
