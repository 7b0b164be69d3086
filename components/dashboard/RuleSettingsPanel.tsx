import { useState } from 'react';
import type { RuleId } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { ruleDescription, ruleTitle } from '../../lib/i18n/rule-titles';
import { thresholdLabel } from '../../lib/i18n/threshold-labels';
import type { RuleOverrides } from '../../lib/settings/defaults';
import { NumberField, type NumberSpec } from './NumberField';

interface RuleSettingsPanelProps {
  id: RuleId;
  specs: Readonly<Record<string, NumberSpec>>;
  overrides: RuleOverrides | undefined;
  locale: Locale;
  onChange: (overrides: RuleOverrides) => void;
}

/** Shares (0..1) are shown as percentages; counts and factors as they are. */
const isShare = (spec: NumberSpec) => spec.max <= 1;

/** One check in the settings: on/off and its thresholds, each falling back to its default. */
export function RuleSettingsPanel({ id, specs, overrides, locale, onChange }: RuleSettingsPanelProps) {
  const enabled = overrides?.enabled !== false;
  const thresholds = overrides?.thresholds ?? {};
  const changed = Object.keys(thresholds).length;
  // Bumped by "restore defaults" so the fields drop what was typed; typing never remounts them.
  const [generation, setGeneration] = useState(0);
  const setThreshold = (field: string, value: number | undefined) => {
    const next = { ...thresholds };
    if (value === undefined) delete next[field];
    else next[field] = value;
    onChange({ ...overrides, thresholds: next });
  };
  return (
    <details className="rule-settings" data-rule-settings={id}>
      <summary>
        <span className="rule-settings__title">{ruleTitle(id, locale)}</span>{' '}
        <span className="muted">
          {enabled ? t(locale, 'ruleOn') : t(locale, 'ruleOff')}
          {changed > 0 ? ` · ${t(locale, 'thresholdsChanged', { count: changed })}` : ''}
        </span>
      </summary>
      <p className="muted">{ruleDescription(id, locale)}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => onChange({ ...overrides, enabled: event.target.checked })}
          data-testid={`rule-enabled-${id}`}
        />
        {t(locale, 'ruleEnabled', { rule: ruleTitle(id, locale) })}
      </label>
      <fieldset className="thresholds" disabled={!enabled}>
        <legend>{t(locale, 'thresholdsLegend')}</legend>
        {Object.entries(specs).map(([field, spec]) => (
          <NumberField
            key={`${field}:${generation}`}
            label={thresholdLabel(field, locale)}
            spec={spec}
            value={thresholds[field]}
            percent={isShare(spec)}
            locale={locale}
            onChange={(value) => setThreshold(field, value)}
            testId={`threshold-${id}-${field}`}
          />
        ))}
      </fieldset>
      {changed > 0 && (
        <button type="button" className="button button--small" onClick={() => {
            setGeneration((n) => n + 1);
            onChange({ ...overrides, thresholds: {} });
          }}>
          {t(locale, 'restoreDefaults')}
        </button>
      )}
    </details>
  );
}
