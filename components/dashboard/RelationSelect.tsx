import type { PageRelation } from '../../lib/analysis/model';

interface RelationSelectProps {
  value: PageRelation;
  /** Accessible name, e.g. "Kaasmeester Webshop is". */
  label: string;
  options: Readonly<Record<PageRelation, string>>;
  onChange: (relation: PageRelation) => void;
  testId?: string;
}

const ORDER: readonly PageRelation[] = ['mine', 'competitor', 'unmarked'];

/** Mine / competitor / not marked, for one page. */
export function RelationSelect({ value, label, options, onChange, testId }: RelationSelectProps) {
  return (
    <select
      className="select"
      value={value}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value as PageRelation)}
    >
      {ORDER.map((relation) => (
        <option key={relation} value={relation}>
          {options[relation]}
        </option>
      ))}
    </select>
  );
}
