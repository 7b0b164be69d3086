import { formatDate, t, type Locale } from '../lib/i18n';

/** What the storage layer reports after making room (lib/db/retention.ts StorageNotice). */
export interface StorageNoticeView {
  at: number;
  snapshotsRemoved: number;
  postsRemoved: number;
  /** False when even after pruning new observations cannot be saved. */
  recovered: boolean;
}

interface StorageNoticeBannerProps {
  notice: StorageNoticeView | null;
  locale: Locale;
  onDismiss: () => void;
}

/** Says when the browser's storage ran full and what Echt removed (or that it cannot save). */
export function StorageNoticeBanner({ notice, locale, onDismiss }: StorageNoticeBannerProps) {
  if (!notice) return null;
  const text = notice.recovered
    ? t(locale, 'storageFull', { date: formatDate(locale, notice.at), snapshots: notice.snapshotsRemoved, posts: notice.postsRemoved })
    : t(locale, 'storageFullFailing');
  return (
    <div className="report__alert notice" role="alert" data-testid="storage-notice">
      <p>{text}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t(locale, 'dismiss')}
      </button>
    </div>
  );
}
