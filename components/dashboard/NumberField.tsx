import { useId, useState } from 'react';
import { formatNumber, t, type Locale } from '../../lib/i18n';

export interface NumberSpec {
  default: number;
  min: number;
  max: number;
}

interface NumberFieldProps {
  label: string;
  spec: NumberSpec;
  /** The user's value; undefined means the default applies. */
  value: number | undefined;
  /** Shown and typed as a percentage (the stored value is a share 0..1). */
  percent: boolean;
  integer?: boolean;
  locale: Locale;
  /** Called with a valid value, or undefined when the field is empty or invalid (default applies). */
  onChange: (value: number | undefined) => void;
  testId?: string;
}

const toShown = (value: number, percent: boolean) => (percent ? Math.round(value * 1e6) / 1e4 : value);

/**
 * A number with bounds. Typed as text so both "0,5" and "0.5" work (Dutch and English notation);
 * an invalid entry says what is allowed and the default applies until it is fixed.
 */
export function NumberField({ label, spec, value, percent, integer = false, locale, onChange, testId }: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : formatNumber(locale, toShown(value, percent), 4));
  const [invalid, setInvalid] = useState(false);
  const unit = percent ? '%' : '';
  const bounds = {
    min: formatNumber(locale, toShown(spec.min, percent), 2) + unit,
    max: formatNumber(locale, toShown(spec.max, percent), 2) + unit,
    default: formatNumber(locale, toShown(spec.default, percent), 2) + unit,
  };

  const change = (text: string) => {
    setDraft(text);
    const trimmed = text.trim();
    if (trimmed === '') {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    const typed = Number(trimmed.replace(',', '.'));
    const stored = percent ? typed / 100 : typed;
    const ok = /^-?\d+([.,]\d+)?$/.test(trimmed) && stored >= spec.min && stored <= spec.max && (!integer || Number.isInteger(stored));
    setInvalid(!ok);
    onChange(ok ? stored : undefined);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <span className="field__input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={draft}
          placeholder={formatNumber(locale, toShown(spec.default, percent), 2)}
          aria-invalid={invalid}
          aria-describedby={`${id}-hint`}
          onChange={(event) => change(event.target.value)}
          data-testid={testId}
        />
        {unit && <span aria-hidden="true">{unit}</span>}
      </span>
      <span id={`${id}-hint`} className={invalid ? 'field__error' : 'field__hint'}>
        {invalid ? t(locale, 'fieldInvalid', bounds) : t(locale, 'fieldHint', bounds)}
      </span>
    </div>
  );
}
