/** Characters that make a spreadsheet treat a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could run as a formula is prefixed with `'`; quotes, commas and newlines are quoted. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'number' ? String(value) : String(value);
  if (typeof value !== 'number' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file (RFC 4180, CRLF line ends). */
export const toCsvText = (rows: ReadonlyArray<ReadonlyArray<unknown>>): string =>
  rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
