/** The byte-order mark that makes spreadsheet programs read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (or a DDE call): names are user input.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would read as a formula is written with a leading apostrophe so it
 * shows as the text it is; numbers stay numbers.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as CSV text with CRLF line ends (RFC 4180). */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
