import { SettingsForm } from '../../components/dashboard/SettingsForm';
import { RULE_IDS, type RuleId } from '../../lib/analysis/model';
import { RULES } from '../../lib/analysis/rules';
import { t, type Locale } from '../../lib/i18n';
import type { SettingsState } from '../../lib/report/use-settings';
import type { NumberSpec } from '../../components/dashboard/NumberField';

const SPECS = Object.fromEntries(RULE_IDS.map((id) => [id, RULES[id].thresholds])) as Record<RuleId, Readonly<Record<string, NumberSpec>>>;

interface SettingsPageProps extends SettingsState {
  locale: Locale;
}

/** The settings; every change is stored at once and every open report follows it. */
export function SettingsPage({ locale, settings, update }: SettingsPageProps) {
  if (!settings) return <p className="loading">{t(locale, 'loading')}</p>;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t(locale, 'settingsTitle')}</h1>
      <SettingsForm settings={settings} specs={SPECS} locale={locale} onChange={(next) => void update(() => next)} />
    </section>
  );
}
