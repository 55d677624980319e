// CSV for streamed exports, one row at a time, in the dialect of RFC 4180
// (https://www.rfc-editor.org/rfc/rfc4180): comma separators, CRLF row ends, and double quotes
// around a field that holds a comma, quote or line break, with its quotes doubled.
//
// Exports are opened in spreadsheets as often as they are parsed by programs, so two habits serve
// the spreadsheet without hurting the parser:
// - A text cell that starts like a formula is prefixed with "'" (OWASP, CSV Injection). Numbers are
//   written as numbers and never prefixed, so a negative figure stays a number.
// - The file may start with a UTF-8 byte order mark: without it Excel reads UTF-8 as the legacy
//   code page and every Vietnamese letter turns to mojibake. Programs that read UTF-8 strictly
//   see U+FEFF at the start of the first header name, so it is an option of `csvHeader`.

export type CsvValue = string | number | boolean | null | undefined;

/** UTF-8 byte order mark; Excel needs it to read the file as UTF-8. */
export const CSV_BOM = '\ufeff';

// =, +, -, @ start a formula; a leading tab or carriage return can hide one behind it.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A number as the shortest decimal that reads back to the same double, without exponent:
 * JavaScript writes 1e21 and 1e-7 in exponent form, which some spreadsheets keep as text.
 * NaN and the infinities have no CSV form and leave the cell empty.
 */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // Position of the decimal point in `digits` once the exponent is applied.
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let plain: string;
  if (point <= 0) plain = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) plain = digits + '0'.repeat(point - digits.length);
  else plain = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${plain}` : plain;
}

function formatField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record ending in CRLF. null and undefined are empty fields. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(formatField).join(',')}\r\n`;
}

export interface CsvHeaderOptions {
  /** Start with a UTF-8 byte order mark so that Excel reads Vietnamese text correctly. Default true. */
  bom?: boolean;
}

/** The first chunk of an export: the optional byte order mark and the header record. */
export function csvHeader(columns: readonly string[], options: CsvHeaderOptions = {}): string {
  return (options.bom ?? true ? CSV_BOM : '') + csvRow(columns);
}
