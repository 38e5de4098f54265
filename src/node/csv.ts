/**
 * CSV in and out (csv-parse / csv-stringify), shaped like the xlsx adapter: a rectangular grid of
 * strings, row 0 = line 1, column 0 = column A.
 *
 * Formula-looking values: a CSV cell that starts with `=`, `+`, `-` or `@` is run as a formula when
 * Excel or Sheets opens the file (CSV injection, see OWASP "CSV Injection"). Report text can start
 * that way (`- ไม่มี`, `=` in a quoted rule, an `@` handle), so on write such values get a leading
 * `'`, which spreadsheet programs take as "this is text". On read one leading `'` in front of such a
 * value is removed again, so writeCsvGrid followed by readCsvGrid gives back the original text.
 * Values that already start with `'` before one of those signs get one more `'`, keeping the round
 * trip exact for them too.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../core/errors';
import { dropXmlForbidden } from '../core/xmlChars';
import { assertCellPosition, assertDistinctOutput, readInputFile, writeFileAtomic } from './fileErrors';
import { findHeaderRow } from '../core/headers';
import { normalizeText } from '../core/text';
import { hasHeaderRow, type CellText } from './xlsx';
import { decodeOfficeText, encodeLikeInput, type EncodedCopy, type TextEncoding } from './textEncoding';

/** Comma; semicolon (Excel where the decimal mark is a comma); tab (Excel's "Unicode text" saved as .csv). */
export type CsvDelimiter = ',' | ';' | '\t';

export interface CsvGrid {
  grid: string[][];
  /** The separator the file uses; a filled copy keeps it. */
  delimiter: CsvDelimiter;
  /** How the bytes were decoded. */
  encoding: TextEncoding;
}

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

const UTF8_BOM = '\uFEFF';
/** Formula-looking after any number of protecting apostrophes. */
const PROTECTED_ON_WRITE = /^'*[=+\-@]/;
/** One protecting apostrophe in front of a formula-looking value. */
const PROTECTED_ON_READ = /^'(?='*[=+\-@])/;

/** Pads every row with '' to the length of the longest. */
function rectangular(rows: string[][]): string[][] {
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) => (row.length < width ? [...row, ...Array<string>(width - row.length).fill('')] : row));
}

/** Drops trailing rows that hold nothing (a final newline, blank lines at the end). */
function withoutTrailingBlankRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((cell) => cell === '')) end--;
  return rows.slice(0, end);
}

/**
 * Parses CSV text: optional BOM, CRLF or LF rows, quoted cells spanning lines (line breaks inside a
 * cell become '\n', which separates items), rows of differing length padded to a rectangle.
 * Throws csv-parse's CsvError for text that is not CSV (an unclosed quote).
 */
export function parseCsvText(text: string, delimiter: CsvDelimiter = ','): string[][] {
  const rows = parse(text, {
    delimiter,
    // Any line ending ends a record, as Excel and LibreOffice read a file whose lines were joined
    // from two sources; csv-parse would otherwise take the first line's ending as the only one.
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
  const cells = rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, '\n').replace(PROTECTED_ON_READ, '')));
  return rectangular(withoutTrailingBlankRows(cells));
}

/**
 * Among the separators the first line holds (comma first), the one that makes the table's header
 * row readable; when none does, the one that splits the first line into the most cells.
 */
function parseWithDelimiter(text: string): { grid: string[][]; delimiter: CsvDelimiter } {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const candidates = DELIMITERS.filter((d) => firstLine.includes(d));
  const tries: { grid: string[][]; delimiter: CsvDelimiter }[] = [];
  let firstError: unknown = null;
  for (const delimiter of candidates.length > 0 ? candidates : DELIMITERS.slice(0, 1)) {
    try {
      const grid = parseCsvText(text, delimiter);
      if (hasHeaderRow(grid)) return { grid, delimiter };
      tries.push({ grid, delimiter });
    } catch (error) {
      firstError ??= error;
    }
  }
  if (tries.length === 0) throw firstError;
  return tries.reduce((best, t) => ((t.grid[0]?.length ?? 0) > (best.grid[0]?.length ?? 0) ? t : best));
}

/** Reads a CSV file as a grid. Throws InputError: MISSING_FILE, CORRUPT_FILE (not CSV), EMPTY_INPUT. */
export async function readCsvGrid(filePath: string): Promise<CsvGrid> {
  const { text, encoding } = decodeOfficeText(await readInputFile(filePath), filePath);
  return csvGridOfText(text, encoding, filePath);
}

/** The grid of a CSV file's decoded text (see readCsvGrid), its errors naming `filePath`. */
function csvGridOfText(text: string, encoding: TextEncoding, filePath: string, known?: CsvDelimiter): CsvGrid {
  let grid: string[][];
  let delimiter: CsvDelimiter;
  try {
    ({ grid, delimiter } = known ? { grid: parseCsvText(text, known), delimiter: known } : parseWithDelimiter(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(
      'CORRUPT_FILE',
      `อ่านไฟล์ ${filePath} ไม่ได้ ไฟล์นี้ไม่ใช่ CSV ที่ถูกต้อง (${detail})`,
      `Cannot read ${filePath}: it is not valid CSV (${detail})`,
    );
  }
  if (grid.every((row) => row.every((cell) => cell.trim() === ''))) {
    throw new InputError('EMPTY_INPUT', `ไฟล์ ${filePath} ไม่มีข้อมูล`, `${filePath} is empty`);
  }
  return { grid, delimiter, encoding };
}

/** Protects a formula-looking value with a leading `'` (see the top of this file). */
export function protectCsvValue(value: string): string {
  return PROTECTED_ON_WRITE.test(value) ? `'${value}` : value;
}

/**
 * CSV text for Excel and Sheets: BOM first (without it Excel reads Thai as mojibake), CRLF between
 * rows, quotes only where needed, formula-looking values protected. Line breaks inside a cell stay
 * '\n' inside the quotes.
 */
export function stringifyCsv(grid: string[][], delimiter: CsvDelimiter = ','): string {
  return UTF8_BOM + csvBody(grid, delimiter);
}

/** The rows of stringifyCsv, without the BOM. */
function csvBody(grid: string[][], delimiter: CsvDelimiter): string {
  // Control characters no spreadsheet file can hold are dropped here too, like every other writer.
  const rows = rectangular(grid.map((row) => row.map((value) => protectCsvValue(dropXmlForbidden(value)))));
  // With CRLF as the row delimiter csv-stringify would leave a lone '\n' unquoted; quote any line break.
  return stringify(rows, { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n]/, eof: true });
}

export async function writeCsvGrid(filePath: string, grid: string[][], delimiter: CsvDelimiter = ','): Promise<void> {
  await writeFileAtomic(filePath, stringifyCsv(grid, delimiter));
}

/** Where one record of CSV text lies: its fields' spans and where its line ending starts. */
interface RecordSpan {
  fields: { start: number; end: number }[];
  end: number;
}

/**
 * The spans of the records and fields of CSV text, read as parseCsvText reads it: a field opening
 * with `"` runs to its closing quote (`""` inside), a quote elsewhere is a letter; records end at
 * any line ending outside quotes (CRLF, LF or CR, mixed or not), a final one opens no record. The
 * first one found is the file's own, used for records added at its end.
 */
function scanCsv(text: string, delimiter: CsvDelimiter): { records: RecordSpan[]; lineEnding: string } {
  const records: RecordSpan[] = [];
  let lineEnding = '';
  const n = text.length;
  let i = 0;
  let fields: RecordSpan['fields'] = [];
  const endsRecord = (at: number): number => {
    if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
    return text[at] === '\n' ? 1 : 0;
  };
  while (i < n) {
    const start = i;
    if (text[i] === '"') {
      for (i++; i < n; i++) {
        if (text[i] !== '"') continue;
        if (text[i + 1] === '"') i++;
        else { i++; break; }
      }
    }
    while (i < n && text[i] !== delimiter && endsRecord(i) === 0) i++;
    fields.push({ start, end: i });
    if (i < n && text[i] === delimiter) {
      i++;
      if (i < n) continue;
      // A separator ending the text: one more (empty) field, and the record ends there.
      fields.push({ start: n, end: n });
    }
    records.push({ fields, end: i });
    fields = [];
    const ending = endsRecord(i);
    if (ending > 0 && !lineEnding) lineEnding = text.slice(i, i + ending);
    i += ending;
  }
  return { records, lineEnding: lineEnding || '\r\n' };
}

/** A value as one quoted CSV field (see stringifyCsv: protected when formula-looking, forbidden characters dropped). */
function quotedField(value: string): string {
  return `"${protectCsvValue(dropXmlForbidden(value)).replace(/"/g, '""')}"`;
}

/**
 * The CSV text with the given cells (0-based) set and every other character as it was: other
 * cells, quotes, line endings, blank lines. A cell past the end of its row or of the file is added
 * with the separators before it. Returns null when the text's own reading disagrees with the
 * span scan (a file csv-parse reads in its own way), so the caller writes the grid instead.
 */
export function setCsvCells(
  text: string, delimiter: CsvDelimiter, cells: readonly CellText[],
  /** The text's grid, when the caller has read it already (parseCsvText of `text`). */
  read: readonly (readonly string[])[] = parseCsvText(text, delimiter),
): string | null {
  const { records, lineEnding } = scanCsv(text, delimiter);
  const expected = read.map((row) => [...row]);
  // The cells to set, by row then column (a later one for the same cell wins, as in a grid).
  const byRow = new Map<number, Map<number, string>>();
  for (const { row, column, text: value } of cells) {
    while (expected.length <= row) expected.push([]);
    while (expected[row].length <= column) expected[row].push('');
    expected[row][column] = value;
    if (!byRow.has(row)) byRow.set(row, new Map());
    byRow.get(row)?.set(column, quotedField(value));
  }
  // Edits as [start, end, text]: a set field's span replaced, or the fields a row lacks added at its end
  // (in row order: two at one place, an empty last field and what follows it, keep that order).
  const edits: [number, number, string][] = [];
  const added: string[] = [];
  for (const [row, values] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const record = records[row];
    const last = Math.max(...values.keys());
    if (!record) {
      while (added.length < row - records.length) added.push('');
      added.push(Array.from({ length: last + 1 }, (_, c) => values.get(c) ?? '').join(delimiter));
      continue;
    }
    for (const [column, value] of values) {
      const field = record.fields[column];
      if (field) edits.push([field.start, field.end, value]);
    }
    const lacking = Array.from({ length: Math.max(0, last + 1 - record.fields.length) }, (_, k) => values.get(record.fields.length + k) ?? '');
    if (lacking.length > 0) edits.push([record.end, record.end, lacking.map((v) => delimiter + v).join('')]);
  }
  // From the end of the text back, so the spans before each edit stay where they are.
  let out = text;
  const order = edits.map((edit, k) => ({ edit, k })).sort((a, b) => b.edit[0] - a.edit[0] || b.k - a.k);
  for (const { edit: [start, end, insert] } of order) out = out.slice(0, start) + insert + out.slice(end);
  if (added.length > 0) {
    if (out.length > 0 && !out.endsWith(lineEnding)) out += lineEnding;
    out += added.join(lineEnding) + lineEnding;
  }
  // The copy must read back as the input with exactly these cells set; anything else is a reading the scan does not share.
  const width = Math.max(0, ...expected.map((row) => row.length));
  const padded = expected.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  return JSON.stringify(parseCsvText(out, delimiter)) === JSON.stringify(padded) ? out : null;
}

/**
 * Copies a CSV file with the given cells (0-based) set and every other cell as written, byte for
 * byte in its text (see setCsvCells); the grid grows when a cell lies outside it. The copy is
 * UTF-8 with a BOM, or UTF-16 LE with one when the input was UTF-16 (see encodeLikeInput). The input
 * is never modified: the same path for both is refused. Returns how the copy's encoding differs
 * from the input's, if it does.
 */
export async function writeCsvCells(
  inPath: string, outPath: string, cells: CellText[],
  /** The separator the input was read with, when the caller knows it (a .txt table is tab-separated whatever its first line holds). */
  known?: CsvDelimiter,
): Promise<EncodedCopy['changed']> {
  await assertDistinctOutput(inPath, outPath);
  cells.forEach(assertCellPosition);
  // One read and one decoding of the input serve the span edit and, should it not apply, the grid.
  const decoded = decodeOfficeText(await readInputFile(inPath), inPath);
  const { grid, delimiter } = csvGridOfText(decoded.text, decoded.encoding, inPath, known);
  let body = setCsvCells(decoded.text, delimiter, cells, grid);
  if (body === null) {
    for (const { row, column, text: value } of cells) {
      while (grid.length <= row) grid.push([]);
      const line = grid[row];
      while (line.length <= column) line.push('');
      line[column] = value;
    }
    body = csvBody(rectangular(grid), delimiter);
  }
  const copy = encodeLikeInput(body, decoded, true);
  await writeFileAtomic(outPath, copy.bytes);
  return copy.changed;
}

/**
 * Whether a field is one Excel quoted: it opens and closes with `"` and holds what made Excel quote
 * it, a line break, a tab or a doubled `""` (with `multiline`, a line break only).
 */
function isExcelQuoted(raw: string, multiline: boolean): boolean {
  if (raw.length <= 2 || !raw.startsWith('"') || !raw.endsWith('"')) return false;
  const inner = raw.slice(1, -1);
  // Excel doubles every quote inside a quoted cell: a lone one means a report text's own quote (an
  // unclosed `"ไม่รับสินบน”`) ran the field on past its cell, so this is no cell Excel quoted.
  if (inner.replace(/""/g, '').includes('"')) return false;
  return /[\r\n]/.test(inner) || (!multiline && (inner.includes('\t') || inner.includes('""')));
}

function hasExcelQuotedField(text: string, records: readonly RecordSpan[], multiline: boolean): boolean {
  return records.some((record) => record.fields.some(({ start, end }) => isExcelQuoted(text.slice(start, end), multiline)));
}

/**
 * Text (.txt) that is a table Excel saved as "Text (Tab delimited)" or "Unicode Text": a header
 * row naming the measure, steps and results among tab-separated fields, no row below it wider, and
 * cells Excel quoted (across lines, or holding quotes). `no-header` for text with cells quoted across
 * lines but no header (a table, yet not one this program can read); null for other text: a report
 * text as Word saves it, or a table without quoted cells, which reads the same as report text.
 */
export function excelTabTable(text: string): { grid: string[][] } | 'no-header' | null {
  if (!text.includes('\t') || !text.includes('"')) return null;
  let grid: string[][];
  try {
    grid = parseCsvText(text, '\t');
  } catch {
    return null;
  }
  const { records } = scanCsv(text, '\t');
  const { match } = findHeaderRow(grid.map((row) => row.map((cell) => normalizeText(cell))));
  if (!match) return hasExcelQuotedField(text, records, true) ? 'no-header' : null;
  const below = records.slice(match.row);
  const width = records[match.row]?.fields.length ?? 0;
  if (below.some((r) => r.fields.length > width)) return null;
  return hasExcelQuotedField(text, below, false) ? { grid } : null;
}
