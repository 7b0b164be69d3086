import { formatPercent, t, type Locale } from '../lib/i18n';
import type { ReadQuality } from '../lib/report/read-quality';

interface ReadQualityNoteProps {
  quality: ReadQuality;
  locale: Locale;
  platformName: string;
}

/** Says plainly when the page could not be read (fully), instead of showing zeros. */
export function ReadQualityNote({ quality, locale, platformName }: ReadQualityNoteProps) {
  if (quality.kind === 'unreadable') {
    return (
      <p className="report__alert" role="alert" data-testid="layout-changed">
        {t(locale, 'layoutChanged', { platform: platformName, cards: quality.cards })}
      </p>
    );
  }
  if (quality.kind === 'partial') {
    return (
      <p className="report__note" data-testid="partly-read">
        {t(locale, 'partlyRead', { share: formatPercent(locale, quality.incompleteShare) })}
      </p>
    );
  }
  return null;
}
