import { t, type Locale } from '../../lib/i18n';
import { ConfirmButton } from './ConfirmButton';

interface DataPanelProps {
  locale: Locale;
  pages: number;
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
  /** The outcome of the last action, in words. */
  message: { text: string; error: boolean } | null;
}

/** Your data: take it with you, bring it back, or remove it. Nothing ever leaves the device by itself. */
export function DataPanel({ locale, pages, onExportJson, onExportCsv, onImport, onDeleteAll, message }: DataPanelProps) {
  return (
    <div className="data">
      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">{t(locale, 'exportTitle')}</h2>
        <p className="muted">{t(locale, 'exportHint', { pages })}</p>
        <div className="actions">
          <button type="button" className="button" onClick={onExportJson} data-testid="export-all-json">
            {t(locale, 'exportJson')}
          </button>
          <button type="button" className="button" onClick={onExportCsv} data-testid="export-all-csv">
            {t(locale, 'exportCsv')}
          </button>
        </div>
      </section>
      <section className="panel" aria-labelledby="import-title">
        <h2 id="import-title">{t(locale, 'importTitle')}</h2>
        <p className="muted">{t(locale, 'importHint')}</p>
        <label className="file">
          {t(locale, 'importChoose')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onImport(file);
              event.target.value = '';
            }}
          />
        </label>
      </section>
      <section className="panel" aria-labelledby="delete-title">
        <h2 id="delete-title">{t(locale, 'deleteTitle')}</h2>
        <p className="muted">{t(locale, 'deleteHint')}</p>
        <ConfirmButton
          label={t(locale, 'deleteAll')}
          question={t(locale, 'deleteAllQuestion', { pages })}
          confirmLabel={t(locale, 'deleteAllConfirm')}
          cancelLabel={t(locale, 'cancel')}
          onConfirm={onDeleteAll}
          testId="delete-all"
        />
      </section>
      <p className={message?.error ? 'report__alert' : 'status'} role={message?.error ? 'alert' : 'status'} data-testid="data-message">
        {message?.text}
      </p>
    </div>
  );
}
