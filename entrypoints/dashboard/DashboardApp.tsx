import { useEffect } from 'react';
import { Nav } from '../../components/dashboard/Nav';
import { StorageNoticeBanner } from '../../components/StorageNoticeBanner';
import { t, type UiKey } from '../../lib/i18n';
import { routeHash, type DashboardRoute } from '../../lib/report/dashboard-route';
import { useHashRoute } from '../../lib/report/use-hash-route';
import { usePreferences } from '../../lib/report/use-preferences';
import { useStorageNotice } from '../../lib/report/use-storage-notice';
import { ComparePage } from './ComparePage';
import { DataPage } from './DataPage';
import { PageDetail } from './PageDetail';
import { PagesPage } from './PagesPage';
import { SettingsPage } from './SettingsPage';

const SECTIONS: ReadonlyArray<{ route: DashboardRoute; label: UiKey }> = [
  { route: { view: 'pages' }, label: 'navPages' },
  { route: { view: 'compare', pageKeys: [] }, label: 'navCompare' },
  { route: { view: 'settings' }, label: 'navSettings' },
  { route: { view: 'data' }, label: 'navData' },
];

/** The full dashboard: pages, one page's report, comparison, settings and your data. */
export function DashboardApp() {
  const preferences = usePreferences(browser.i18n.getUILanguage());
  const { locale, options, settings, update } = preferences;
  const route = useHashRoute();
  const storage = useStorageNotice();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(locale, 'appName')} — ${t(locale, 'dashboardTitle')}`;
  }, [locale]);

  const current = route.view === 'page' ? 'pages' : route.view;
  const items = SECTIONS.map((section) => ({
    href: routeHash(section.route),
    label: t(locale, section.label),
    current: section.route.view === current,
  }));
  return (
    <div className="dashboard">
      <header className="dashboard__header">
        <p className="brand">
          {t(locale, 'appName')} <span className="muted">{t(locale, 'tagline')}</span>
        </p>
        <Nav items={items} label={t(locale, 'mainNav')} />
      </header>
      <main className="dashboard__main">
        <StorageNoticeBanner notice={storage.notice} locale={locale} onDismiss={storage.dismiss} />
        {route.view === 'pages' && <PagesPage locale={locale} options={options} />}
        {route.view === 'page' && <PageDetail pageKey={route.pageKey} locale={locale} options={options} badges={settings?.badges ?? false} />}
        {route.view === 'compare' && <ComparePage pageKeys={route.pageKeys} locale={locale} options={options} />}
        {route.view === 'settings' && <SettingsPage locale={locale} settings={settings} update={update} />}
        {route.view === 'data' && <DataPage locale={locale} options={options} />}
      </main>
    </div>
  );
}
