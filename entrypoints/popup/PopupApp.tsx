import { useEffect, useState } from 'react';
import { PageReport } from '../../components/PageReport';
import { StateMessage } from '../../components/StateMessage';
import { localeFromLanguage, t } from '../../lib/i18n';
import { targetForUrl } from '../../lib/report/page-for-url';

/**
 * Which page the popup is about: `?url=<page url>` when given (links from the dashboard, tests),
 * else the active tab. The host permissions expose the tab URL on the two sites, so no `tabs`
 * permission is needed; on other sites the URL is simply not visible and we say so.
 */
async function resolvePageUrl(): Promise<string | null> {
  const param = new URLSearchParams(location.search).get('url');
  if (param) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url ?? null;
}

export function PopupApp() {
  const locale = localeFromLanguage(browser.i18n.getUILanguage());
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    document.documentElement.lang = locale;
    resolvePageUrl().then(setPageUrl, () => setPageUrl(null));
  }, [locale]);

  if (pageUrl === undefined) return <p className="loading">{t(locale, 'loading')}</p>;
  const target = targetForUrl(pageUrl);
  if (!target?.pageKey) {
    return (
      <main className="popup">
        <StateMessage testId="unsupported-page" title={t(locale, 'unsupportedTitle')} body={t(locale, 'unsupportedBody')} />
      </main>
    );
  }
  return (
    <main className="popup">
      <PageReport pageKey={target.pageKey} locale={locale} />
    </main>
  );
}
