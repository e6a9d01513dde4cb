/**
 * CSV for the audit log export (RFC 4180: quoted when needed, CRLF lines, UTF-8 BOM so
 * spreadsheets read accents). A cell a spreadsheet would run as a formula (=, +, -, @ first) is
 * prefixed with a quote: names and details are user text.
 */
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const toCsv = (rows: (string | number | null | undefined)[][]): string =>
  `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
