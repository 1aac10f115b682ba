/**
 * CSV text for spreadsheets (RFC 4180). Cells that a spreadsheet would run as a formula (starting with
 * = + - @, or a tab or carriage return) get a leading apostrophe, so an order placed under the name
 * `=HYPERLINK(...)` stays text when staff open the export.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, guarded against formula injection and quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows to CSV text with CRLF line ends and a byte-order mark, so Excel reads UTF-8 names correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
