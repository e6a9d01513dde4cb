/**
 * CSV writing for exports (RFC 4180: quoted when needed, CRLF lines, UTF-8 BOM so spreadsheets
 * read accents). Cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed
 * with a quote: answers are user text.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: (string | number | null | undefined)[][]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
