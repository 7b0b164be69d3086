import type { ImportProblem } from '../export/json';
import { t, type Locale } from '../i18n';

/** Why an import was refused, in the reader's language; always ends with "nothing was changed". */
export function importProblemMessage(problem: ImportProblem, locale: Locale): string {
  const reason = (() => {
    switch (problem.reason) {
      case 'too-large':
        return t(locale, 'importTooLarge');
      case 'not-json':
        return t(locale, 'importNotJson');
      case 'not-echt':
        return t(locale, 'importNotEcht');
      case 'newer-version':
        return t(locale, 'importNewer', { version: problem.version });
      case 'invalid':
        return t(locale, 'importInvalid', { where: problem.where, detail: problem.detail });
    }
  })();
  return `${reason} ${t(locale, 'importNothingChanged')}`;
}
