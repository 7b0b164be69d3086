/**
 * CSV for spreadsheets (RFC 4180: quoted fields, CRLF), safe against formula injection: a post
 * text starting with "=", "+", "-", "@", a tab or a carriage return would run as a formula in
 * Excel, LibreOffice or Google Sheets, so such a cell gets a leading apostrophe (OWASP's advice).
 */
export type Cell = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = typeof value === 'boolean' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV document. Starts with a byte-order mark so spreadsheet programs read the file as
 * UTF-8 (Dutch accents, emoji) instead of guessing a legacy code page.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
