import { useEffect, useState } from 'react';
import { StateMessage } from '../../components/StateMessage';
import { StorageNoticeBanner } from '../../components/StorageNoticeBanner';
import { t } from '../../lib/i18n';
import { targetForUrl } from '../../lib/report/page-for-url';
import { usePreferences } from '../../lib/report/use-preferences';
import { useStorageNotice } from '../../lib/report/use-storage-notice';
import { PopupReport } from './PopupReport';

/**
 * Which page the popup is about: `?url=<page url>` when given (links, tests), else the active tab.
 * The host permissions expose the tab URL on the two sites, so no `tabs` permission is needed; on
 * other sites the URL is simply not visible and we say so.
 */
async function resolvePageUrl(): Promise<string | null> {
  const param = new URLSearchParams(location.search).get('url');
  if (param) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

export function PopupApp() {
  const { settings, locale, options } = usePreferences(browser.i18n.getUILanguage());
  const storage = useStorageNotice();
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    resolvePageUrl().then(setPageUrl, () => setPageUrl(null));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'appName');
  }, [locale]);

  if (pageUrl === undefined) return <p className="loading">{t(locale, 'loading')}</p>;
  const target = targetForUrl(pageUrl);
  return (
    <main className="popup">
      <StorageNoticeBanner notice={storage.notice} locale={locale} onDismiss={storage.dismiss} />
      {target?.pageKey ? (
        <PopupReport pageKey={target.pageKey} locale={locale} options={options} badges={settings?.badges ?? false} />
      ) : (
        <StateMessage testId="unsupported-page" title={t(locale, 'unsupportedTitle')} body={t(locale, 'unsupportedBody')} />
      )}
    </main>
  );
}
