import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { StateMessage } from '../../components/StateMessage';
import { StorageNoticeBanner } from '../../components/StorageNoticeBanner';
import { t } from '../../lib/i18n';
import { targetForUrl } from '../../lib/report/page-for-url';
import { dismissStorageNoticeLater, livePage, liveStorageNotice } from '../../lib/report/live-page';
import { usePreferences } from '../../lib/report/use-preferences';
import { PopupReport } from './PopupReport';
import { resolvePageUrl } from './prefetch';
import type { PopupStartup } from './startup';

interface PopupAppProps {
  /** What was read before the first render (./startup.ts); without it everything is read here. */
  startup?: PopupStartup;
}

export function PopupApp({ startup }: PopupAppProps) {
  const { settings, locale, options } = usePreferences(browser.i18n.getUILanguage(), startup?.settings);
  const noticeStore = useMemo(() => startup?.notice ?? liveStorageNotice(), [startup]);
  const notice = useSyncExternalStore(noticeStore.subscribe, noticeStore.getSnapshot) ?? null;
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(startup ? startup.pageUrl : undefined);
  useEffect(() => {
    if (startup) return;
    resolvePageUrl(location.search).then(setPageUrl, () => setPageUrl(null));
  }, [startup]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'appName');
  }, [locale]);
  const pageKey = pageUrl ? targetForUrl(pageUrl)?.pageKey : undefined;
  // The page's live read: the one started before rendering, or one started now.
  const page = useMemo(() => (pageKey ? (startup?.page ?? livePage(pageKey)) : null), [pageKey, startup]);

  if (pageUrl === undefined) return <p className="loading">{t(locale, 'loading')}</p>;
  return (
    <main className="popup">
      <StorageNoticeBanner notice={notice} locale={locale} onDismiss={dismissStorageNoticeLater} />
      {pageKey && page ? (
        <PopupReport pageKey={pageKey} page={page} locale={locale} options={options} badges={settings?.badges ?? false} />
      ) : (
        <StateMessage testId="unsupported-page" title={t(locale, 'unsupportedTitle')} body={t(locale, 'unsupportedBody')} />
      )}
    </main>
  );
}
