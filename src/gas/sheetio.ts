import { SHEETS } from './names';
import { UserError } from './errors';
import { parseRangeA1, type CellRange } from '../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The shading of the add-on's header rows (measures, settings, templates, publish log, agency sheets). */
export const HEADER_BACKGROUND = '#d9e2f3';

export function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    throw new UserError('NO_SPREADSHEET', 'เปิดส่วนเสริมจากไฟล์ Google ชีตที่มีตารางมาตรการ', 'Open the add-on from the Google Sheet that holds the measures table');
  }
  return ss;
}

export function measuresSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.getSheetByName(SHEETS.measures);
  if (!sheet) {
    throw new UserError(
      'NO_MEASURES_SHEET',
      `ไม่พบชีต “${SHEETS.measures}” เลือกเมนู ส่วนเสริม › ita-sheets › ตั้งค่าชีตใหม่ หรือ นำเข้ารายงานเดิม ก่อน`,
      `There is no “${SHEETS.measures}” sheet. Use Extensions › ita-sheets › Set up sheets or Import a report first`,
    );
  }
  return sheet;
}

/** A sheet's values by name, or null when there is no such sheet. */
export function sheetValues(ss: Spreadsheet, name: string): unknown[][] | null {
  const sheet = ss.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

/**
 * The whole table in one read: Validate and Fill cost the same number of calls for 10 or 1,000
 * measures. The table is read as the sheet shows it (getDisplayValues): the report prints a budget
 * shown "50,000", a "80%" or a date in the sheet's own format, not the number or Date behind it
 * (getValues). Blank cells read '' either way. Settings and confirmations read values (sheetValues):
 * their dates are parsed in the sheet's time zone. The merged ranges come with the values: a merged
 * cell's text is in its first cell only, and the table is read as the sheet shows it (readGrid).
 */
export interface SheetSnapshot {
  sheet: Sheet;
  range: Range;
  values: unknown[][];
  merges: CellRange[];
}

/**
 * The merged ranges over the data range (one call, then each one's own A1 notation), 0-based.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()
 */
export function mergesOf(range: Range): CellRange[] {
  return range.getMergedRanges().map((merged) => parseRangeA1(merged.getA1Notation()));
}

export function readValues(sheet: Sheet): SheetSnapshot {
  const range = sheet.getDataRange();
  return { sheet, range, values: range.getDisplayValues(), merges: mergesOf(range) };
}

/** Cell formatting read alongside the values (two more calls, whatever the size). */
export interface MarkableSnapshot extends SheetSnapshot {
  backgrounds: string[][];
  notes: string[][];
}

export function readForMarking(sheet: Sheet): MarkableSnapshot {
  const range = sheet.getDataRange();
  return { sheet, range, values: range.getDisplayValues(), merges: mergesOf(range), backgrounds: range.getBackgrounds(), notes: range.getNotes() };
}

/**
 * Runs one batched write; when Google refuses it (a protected range the user may not edit, or rows
 * deleted meanwhile), writes item by item instead, so every cell that can change does, and tells
 * `refused` of each item Google refused and why (a batch of one is refused as it is). The per-item
 * writes happen only after a refusal: a usual write costs one call.
 */
export function writeOrEach<T>(items: readonly T[], batch: () => void, one: (item: T) => void, refused: (item: T, error: unknown) => void): void {
  if (items.length === 0) return;
  try {
    batch();
    return;
  } catch (error) {
    if (items.length === 1) {
      refused(items[0], error);
      return;
    }
  }
  for (const item of items) {
    try {
      one(item);
    } catch (error) {
      refused(item, error);
    }
  }
}

/** Pads rows to one width: setValues rejects ragged arrays. */
export function rectangular<T>(rows: T[][], fill: T): T[][] {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  return rows.map((row) => (row.length === width ? row : [...row, ...Array<T>(width - row.length).fill(fill)]));
}

/**
 * Text exactly as written: Sheets parses a written `=…`, `+…` or `-…` as a formula, and a leading
 * apostrophe is how a cell says "this is text" (it is not part of the value read back).
 */
export function asPlainText(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-']/.test(value) ? `'${value}` : value;
}

/** Whether a range reaches past the sheet's last row or column (two calls: only where a refusal is being explained). */
export function rangePastEdge(sheet: Sheet, row: number, column: number, numRows: number, numColumns: number): boolean {
  return row + numRows - 1 > sheet.getMaxRows() || column + numColumns - 1 > sheet.getMaxColumns();
}

/**
 * `sheet.getRange(row, column, numRows, numColumns)`, adding rows and columns at the sheet's edges
 * when the range reaches past them: getRange refuses cells the sheet does not have (a log or a
 * sheet someone trimmed to its data), and only the insert methods add some. The usual range costs
 * no extra call; a refusal for any other reason (in whatever language it is worded) is thrown on.
 */
export function rangeGrowing(sheet: Sheet, row: number, column: number, numRows: number, numColumns: number): GoogleAppsScript.Spreadsheet.Range {
  try {
    return sheet.getRange(row, column, numRows, numColumns);
  } catch (error) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1 || !rangePastEdge(sheet, row, column, numRows, numColumns)) throw error;
    const rows = sheet.getMaxRows();
    if (row + numRows - 1 > rows) sheet.insertRowsAfter(rows, row + numRows - 1 - rows);
    const columns = sheet.getMaxColumns();
    if (column + numColumns - 1 > columns) sheet.insertColumnsAfter(columns, column + numColumns - 1 - columns);
    return sheet.getRange(row, column, numRows, numColumns);
  }
}

/** Writes a block of text in one call (rows × columns starting at a 1-based row/column), growing the sheet if it must. */
export function writeBlock(sheet: Sheet, row: number, column: number, values: unknown[][]): void {
  if (values.length === 0) return;
  const block = rectangular(values, '').map((r) => r.map(asPlainText));
  rangeGrowing(sheet, row, column, block.length, block[0].length).setValues(block);
}

/** Row is empty when every cell is '' (the way getValues reports blank cells). */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === '' || v === null || v === undefined);
}

/** Splits `Sheet!A1`, `'Sheet name'!A1` or `A1`. */
export function splitSheetRef(ref: string): { sheet?: string; cell: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { cell: ref.trim() };
  let name = ref.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheet: name, cell: ref.slice(bang + 1).trim() };
}
