import { RULE_IDS, type RuleId } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { LANGUAGE_CHOICES, RETENTION_DAYS, type LanguageChoice, type Settings } from '../../lib/settings/defaults';
import { NumberField, type NumberSpec } from './NumberField';
import { RuleSettingsPanel } from './RuleSettingsPanel';

interface SettingsFormProps {
  settings: Settings;
  /** Each rule's thresholds with their defaults and bounds. */
  specs: Readonly<Record<RuleId, Readonly<Record<string, NumberSpec>>>>;
  locale: Locale;
  onChange: (settings: Settings) => void;
}

const LANGUAGE_KEY = { auto: 'languageAuto', en: 'languageEn', nl: 'languageNl' } as const;

/** Every setting; changes apply at once (there is no save button to forget). */
export function SettingsForm({ settings, specs, locale, onChange }: SettingsFormProps) {
  return (
    <form className="settings" onSubmit={(event) => event.preventDefault()} data-testid="settings-form">
      <fieldset className="panel">
        <legend>{t(locale, 'settingsGeneral')}</legend>
        <div className="field">
          <label htmlFor="settings-language">{t(locale, 'language')}</label>
          <select
            id="settings-language"
            className="select"
            value={settings.language}
            onChange={(event) => onChange({ ...settings, language: event.target.value as LanguageChoice })}
            data-testid="language-select"
          >
            {LANGUAGE_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(locale, LANGUAGE_KEY[choice])}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.badges}
            onChange={(event) => onChange({ ...settings, badges: event.target.checked })}
            data-testid="badges-toggle"
          />
          {t(locale, 'badges')}
        </label>
        <p className="muted">{t(locale, 'badgesHint')}</p>
        <NumberField
          label={t(locale, 'retention')}
          spec={RETENTION_DAYS}
          value={settings.retentionDays === RETENTION_DAYS.default ? undefined : settings.retentionDays}
          percent={false}
          integer
          locale={locale}
          onChange={(days) => onChange({ ...settings, retentionDays: days ?? RETENTION_DAYS.default })}
          testId="retention-days"
        />
        <label className="check">
          <input
            type="checkbox"
            checked={settings.hashCommenterNames}
            onChange={(event) => onChange({ ...settings, hashCommenterNames: event.target.checked })}
            data-testid="hash-names-toggle"
          />
          {t(locale, 'hashNames')}
        </label>
        <p className="muted">{t(locale, 'hashNamesHint')}</p>
      </fieldset>
      <section className="panel" aria-labelledby="settings-rules-title">
        <h2 id="settings-rules-title">{t(locale, 'settingsRules')}</h2>
        <p className="muted">{t(locale, 'settingsRulesHint')}</p>
        {RULE_IDS.map((id) => (
          <RuleSettingsPanel
            key={id}
            id={id}
            specs={specs[id]}
            overrides={settings.rules[id]}
            locale={locale}
            onChange={(overrides) => onChange({ ...settings, rules: { ...settings.rules, [id]: overrides } })}
          />
        ))}
      </section>
    </form>
  );
}
