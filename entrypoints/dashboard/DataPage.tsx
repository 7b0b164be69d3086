import { useState } from 'react';
import { DataPanel } from '../../components/dashboard/DataPanel';
import type { AnalyzeOptions } from '../../lib/analysis/model';
import { t, type Locale } from '../../lib/i18n';
import { downloadFile } from '../../lib/report/download';
import { importProblemMessage } from '../../lib/report/import-message';
import { usePageSummaries } from '../../lib/report/use-page-summaries';
import { deleteAllData, exportCsv, exportJson, importJson } from '../../lib/report/your-data';
import { MAX_IMPORT_BYTES } from '../../lib/export/json';

interface DataPageProps {
  locale: Locale;
  options: AnalyzeOptions | undefined;
}

type Message = { text: string; error: boolean } | null;

/** Export, import and delete everything. */
export function DataPage({ locale, options }: DataPageProps) {
  const summaries = usePageSummaries(options);
  const [message, setMessage] = useState<Message>(null);
  const fail = () => setMessage({ text: t(locale, 'actionFailed'), error: true });

  const onImport = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ text: importProblemMessage({ reason: 'too-large' }, locale), error: true });
      return;
    }
    const outcome = await importJson(await file.text());
    setMessage(
      outcome.ok
        ? { text: t(locale, 'importDone', { pages: outcome.pages, posts: outcome.posts }), error: false }
        : { text: importProblemMessage(outcome.problem, locale), error: true },
    );
  };

  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t(locale, 'dataTitle')}</h1>
      <DataPanel
        locale={locale}
        pages={summaries?.length ?? 0}
        message={message}
        onExportJson={() => void exportJson().then(downloadFile, fail)}
        onExportCsv={() => options && void exportCsv(options).then(downloadFile, fail)}
        onImport={(file) => void onImport(file).catch(fail)}
        onDeleteAll={() => void deleteAllData().then(() => setMessage({ text: t(locale, 'deleteAllDone'), error: false }), fail)}
      />
    </section>
  );
}
