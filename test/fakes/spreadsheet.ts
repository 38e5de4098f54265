/**
 * SpreadsheetApp fake: spreadsheets, sheets, ranges and the editor UI, behaving as Google documents
 * them where the add-on relies on it (A1 notation, rectangular 2-D arrays with dimension checks,
 * getDataRange from A1 to the last cell with a value, notes, backgrounds, frozen rows, unique
 * sheet names). Every method records itself in the shared CallLog.
 */
import { CallLog, as } from './callLog';
import { a1Of, parseA1, rangeA1, splitSheet, type GridRange } from './a1';

type GS = typeof GoogleAppsScript.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export type CellValue = string | number | boolean | Date;

const DEFAULT_BACKGROUND = '#ffffff';

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A written string Sheets parses as a formula (typing `=…`, `+…` or `-…` that is not a number). */
export function parsesAsFormula(s: string): boolean {
  return /^[=+-]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s.trim());
}

/** Stands in a cell for a formula the fake cannot evaluate, so a test sees text became a formula. */
export const FORMULA_VALUE = '#FORMULA';

/** What a cell holds: its value, and the formula that computes it when there is one. */
interface Stored {
  value: CellValue;
  formula?: string;
  /** The number format Sheets gives the cell when it reads typed text as a number. */
  numberFormat?: string;
}

/**
 * What Sheets stores for a written value, as typing it would: Sheets "automatically" formats what it
 * recognises as a number (https://support.google.com/docs/answer/56470, "Format numbers in a
 * spreadsheet"; https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 * writes values as typed). Plain digits become a number; digits grouped with commas ("50,000") become
 * that number shown with grouping (#,##0); a percentage ("80%") becomes the fraction (0.8) shown as a
 * percentage (0%). A leading apostrophe forces text (and is not part of the value); `=…` becomes a
 * formula, which the fake does not evaluate.
 */
function coerce(v: unknown): Stored {
  if (v === null || v === undefined) return { value: '' };
  if (isDate(v)) return { value: new Date(v.getTime()) };
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (parsesAsFormula(s)) return { value: FORMULA_VALUE, formula: s };
  const t = s.trim();
  if (/^-?\d+(\.\d+)?$/.test(t) && t.length < 16) return { value: Number(t) };
  const grouped = /^-?\d{1,3}(,\d{3})+(\.(\d+))?$/.exec(t);
  if (grouped) return { value: Number(t.replace(/,/g, '')), numberFormat: grouped[3] ? `#,##0.${'0'.repeat(grouped[3].length)}` : '#,##0' };
  const percent = /^(-?\d+(\.(\d+))?)%$/.exec(t);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: percent[3] ? `0.${'0'.repeat(percent[3].length)}%` : '0%' };
  return { value: s };
}

/**
 * The text a cell shows (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues():
 * "the displayed value takes into account date, time and currency formatting"): text as it is, a
 * number in its number format (plain when it has none), TRUE/FALSE, a date as M/d/yyyy (the en_US
 * spreadsheet locale's date format).
 */
function shown(value: CellValue, numberFormat: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return `${value.getMonth() + 1}/${value.getDate()}/${value.getFullYear()}`;
  if (typeof value !== 'number') return value;
  const percent = numberFormat?.endsWith('%');
  const decimals = /\.(0+)/.exec(numberFormat ?? '')?.[1].length ?? 0;
  if (percent) return `${(value * 100).toFixed(decimals)}%`;
  if (numberFormat?.startsWith('#,##0')) return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return String(value);
}

/** Google's refusal of an edit to a protected range by someone not among its editors. */
export const PROTECTED_MESSAGE = 'Exception: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * A protected range (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * "A protected range can protect either a static range of cells or a named range"; only its editors
 * may edit it, unless it is warning-only ("editors are warned, not blocked", setWarningOnly). Scripts
 * run as the user who runs them, so a script's write is refused where that user may not edit.
 * The area is fixed here (tests do not move rows through a protected range).
 */
export interface RangeProtection {
  area: GridRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

function overlaps(a: GridRange, b: GridRange): boolean {
  return a.row <= b.row + b.numRows - 1 && b.row <= a.row + a.numRows - 1 && a.column <= b.column + b.numColumns - 1 && b.column <= a.column + a.numColumns - 1;
}

/**
 * The protection of a whole sheet (https://developers.google.com/apps-script/reference/spreadsheet/protection):
 * "A protected sheet may include unprotected regions" (not modelled: none here). As for a range, only
 * its editors may edit the sheet, unless it is warning-only.
 */
export interface SheetProtection {
  description: string;
  warningOnly: boolean;
  editors: string[];
}

function copyValue(v: CellValue): CellValue {
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** Google's own wording for a 2-D array that does not fit the range. */
function checkDimensions(data: unknown, range: GridRange): asserts data is unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw new Error('Exception: The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
  }
  if (data.length !== range.numRows) {
    throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${range.numRows}.`);
  }
  for (const row of data as unknown[][]) {
    if (row.length !== range.numColumns) {
      throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${range.numColumns}.`);
    }
  }
}

/**
 * Developer metadata as Sheets stores it. A row or column entry is anchored to that row or column,
 * not to its number: "if developer metadata is associated with row 5 and another row is then
 * subsequently inserted above row 5, that original metadata will still be associated with the row it
 * was first associated with (what is now row 6). If the associated object is deleted its metadata is
 * deleted too." (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata)
 * PROJECT visibility: "only visible to and accessible by the developer project that created the
 * metadata"; DOCUMENT: "accessible from any developer project with access to the document"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataVisibility).
 */
export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** The Apps Script project that created it (what PROJECT visibility is checked against). */
  project: string;
  /** 1-based row or column; 0 for the sheet itself. */
  location: { type: 'ROW' | 'COLUMN' | 'SHEET'; index: number };
}

/** The stored state of one sheet (what a test seeds and asserts on). */
export class SheetData {
  /** Developer metadata on this sheet, its rows and its columns. */
  metadata: MetadataEntry[] = [];
  values: CellValue[][] = [];
  /** The formula of each cell that has one ('' or missing otherwise); `values` then holds what it computes. */
  formulas: string[][] = [];
  notes: string[][] = [];
  backgrounds: string[][] = [];
  /** Other formatting (font weight, wrap, alignment) per cell key `r,c`. */
  formats = new Map<string, Record<string, unknown>>();
  frozenRows = 0;
  /** Hidden from view (Sheet.hideSheet, or a test's set-up); the values are still there for scripts. */
  hidden = false;
  /** Set by Sheet.protect(): the whole sheet protected (see SheetProtection). */
  protection: SheetProtection | null = null;
  /** Protected ranges on this sheet (test set-up: protectRange). */
  rangeProtections: RangeProtection[] = [];
  columnWidths = new Map<number, number>();
  /**
   * Merged ranges, 1-based. Range.merge() "Merges the cells in the range together into a single
   * block" (https://developers.google.com/apps-script/reference/spreadsheet/range#merge());
   * mergeVertically() merges each column of the range on its own ("creates 3 merged columns: B1 to
   * B10, C1 to C10, and D1 to D10", #mergeVertically()). The block shows its top-left cell's value
   * over all its cells, and only that cell holds a value: merging keeps the top-left value (the
   * Sheets editor warns it "will only preserve the top-leftmost value"), and getValues /
   * getDisplayValues read every other cell of the block blank (a "" like any empty cell, #getValues()).
   */
  merges: GridRange[] = [];
  maxRows = 1000;
  maxColumns = 26;

  constructor(public name: string, public readonly sheetId: number, private readonly ids: { next: number } = { next: 1 }) {}

  /** Adds developer metadata (ids are unique in the spreadsheet, as Google's are). */
  addMetadata(entry: Omit<MetadataEntry, 'id'>): MetadataEntry {
    const full = { ...entry, id: this.ids.next++ };
    this.metadata.push(full);
    return full;
  }

  /**
   * Inserts empty rows before row `at` (1-based), as Sheet.insertRowsBefore or a co-editor does: the
   * rows below move down with their values, notes, backgrounds, formatting and row metadata
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)).
   */
  insertRows(at: number, count: number): void {
    const blank = Array.from({ length: count }, () => undefined);
    for (const grid of [this.values, this.formulas, this.notes, this.backgrounds] as unknown[][][]) {
      if (grid.length >= at) grid.splice(at - 1, 0, ...(blank as unknown as unknown[][]));
    }
    this.remapFormats((row) => (row >= at ? row + count : row));
    for (const m of this.metadata) if (m.location.type === 'ROW' && m.location.index >= at) m.location.index += count;
    // A merge below moves down; one the new rows cut through grows over them.
    for (const m of this.merges) {
      if (m.row >= at) m.row += count;
      else if (m.row + m.numRows - 1 >= at) m.numRows += count;
    }
    this.maxRows += count;
  }

  /**
   * Deletes `count` rows from row `at`: rows below move up; the deleted rows' metadata is deleted
   * with them (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)).
   */
  deleteRows(at: number, count: number): void {
    if (at < 1 || at + count - 1 > this.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (count >= this.maxRows) throw new Error('Exception: You can\'t delete all the rows on the sheet.');
    for (const grid of [this.values, this.formulas, this.notes, this.backgrounds] as unknown[][][]) grid.splice(at - 1, count);
    this.remapFormats((row) => (row < at ? row : row >= at + count ? row - count : null));
    this.metadata = this.metadata.filter((m) => !(m.location.type === 'ROW' && m.location.index >= at && m.location.index < at + count));
    for (const m of this.metadata) if (m.location.type === 'ROW' && m.location.index >= at + count) m.location.index -= count;
    // A merge keeps its rows that remain; one left a single cell is no merge.
    this.merges = this.merges.flatMap((m) => {
      const kept = Array.from({ length: m.numRows }, (_, i) => m.row + i).filter((r) => r < at || r >= at + count);
      if (kept.length === 0) return [];
      const row = kept[0] < at ? kept[0] : kept[0] - count;
      return kept.length === 1 && m.numColumns === 1 ? [] : [{ ...m, row, numRows: kept.length }];
    });
    this.maxRows -= count;
  }

  /**
   * Sorts rows `from`..`to` (1-based, inclusive) by one column, as Sheet.sort does below the frozen
   * rows: whole rows move, with their notes, backgrounds and row metadata (metadata "will remain
   * associated at those locations as they move around", see MetadataEntry). A stable sort; empty
   * cells last; numbers before text.
   */
  sortRows(from: number, to: number, column: number, ascending: boolean): void {
    if (to < from) return;
    if (this.merges.some((m) => m.numRows > 1 && m.row <= to && m.row + m.numRows - 1 >= from)) {
      throw new Error('fake: sorting rows a vertical merge spans is not modelled');
    }
    const order = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const key = (row: number) => this.get(row, column);
    order.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : typeof x === 'number' ? -1 : typeof y === 'number' ? 1 : String(x).localeCompare(String(y), 'th');
      return ascending ? c : -c;
    });
    const newRowOf = new Map(order.map((oldRow, i) => [oldRow, from + i]));
    for (const grid of [this.values, this.formulas, this.notes, this.backgrounds] as unknown[][][]) {
      const moved = order.map((oldRow) => grid[oldRow - 1]);
      moved.forEach((r, i) => (grid[from + i - 1] = r));
    }
    this.remapFormats((row) => newRowOf.get(row) ?? row);
    for (const m of this.metadata) if (m.location.type === 'ROW') m.location.index = newRowOf.get(m.location.index) ?? m.location.index;
  }

  /**
   * Inserts empty columns before column `at` (1-based), as Sheet.insertColumnsAfter does: the columns
   * to the right move with their values, notes, backgrounds, formatting, widths and column metadata
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)).
   */
  insertColumns(at: number, count: number): void {
    for (const grid of [this.values, this.formulas, this.notes, this.backgrounds] as unknown[][][]) {
      for (const row of grid) if (row && row.length >= at) row.splice(at - 1, 0, ...Array.from({ length: count }, () => undefined));
    }
    const formats = new Map<string, Record<string, unknown>>();
    for (const [k, v] of this.formats) {
      const [row, column] = k.split(',').map(Number);
      formats.set(`${row},${column >= at ? column + count : column}`, v);
    }
    this.formats = formats;
    this.columnWidths = new Map([...this.columnWidths].map(([column, width]) => [column >= at ? column + count : column, width]));
    for (const m of this.metadata) if (m.location.type === 'COLUMN' && m.location.index >= at) m.location.index += count;
    for (const m of this.merges) {
      if (m.column >= at) m.column += count;
      else if (m.column + m.numColumns - 1 >= at) m.numColumns += count;
    }
    this.maxColumns += count;
  }

  /** Moves per-cell formatting to new row numbers (null drops it: the row was deleted). */
  private remapFormats(rowOf: (row: number) => number | null): void {
    const next = new Map<string, Record<string, unknown>>();
    for (const [k, v] of this.formats) {
      const [row, column] = k.split(',').map(Number);
      const to = rowOf(row);
      if (to !== null) next.set(`${to},${column}`, v);
    }
    this.formats = next;
  }

  private grow(row: number, column: number): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
  }

  get(row: number, column: number): CellValue {
    if (this.coveringMerge(row, column)) return '';
    return this.values[row - 1]?.[column - 1] ?? '';
  }
  /** The merge covering a cell other than its top-left one (that cell reads blank; see merges). */
  coveringMerge(row: number, column: number): GridRange | undefined {
    return this.merges.find((m) => row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns &&
      (row !== m.row || column !== m.column));
  }
  /** Merged ranges overlapping `area` (Range.getMergedRanges: "merged cells that either are fully within the current range, or contain at least one cell in the current range"). */
  mergesOver(area: GridRange): GridRange[] {
    return this.merges.filter((m) => overlaps(m, area));
  }
  /**
   * Merges `area` into one block, keeping its top-left value (see merges). A merge that would cut
   * through another is refused as the Sheets editor refuses it; merges inside the area join it.
   */
  merge(area: GridRange): void {
    if (area.numRows === 1 && area.numColumns === 1) return;
    const inside = (m: GridRange) => m.row >= area.row && m.column >= area.column &&
      m.row + m.numRows <= area.row + area.numRows && m.column + m.numColumns <= area.column + area.numColumns;
    if (this.merges.some((m) => overlaps(m, area) && !inside(m))) {
      throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    }
    this.merges = this.merges.filter((m) => !inside(m));
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        if (r === area.row && c === area.column) continue;
        if (this.values[r - 1]) this.values[r - 1][c - 1] = '';
        if (this.formulas[r - 1]) this.formulas[r - 1][c - 1] = '';
      }
    }
    this.merges.push({ ...area });
  }
  set(row: number, column: number, v: unknown): void {
    this.grow(row, column);
    // A cell formatted as plain text (`@`) keeps what is written as text: "Plain text: ... numbers
    // and formulas are treated as text" (https://support.google.com/docs/answer/56470).
    const stored = typeof v === 'string' && this.numberFormat(row, column) === '@' ? { value: v } : coerce(v);
    (this.values[row - 1] ??= [])[column - 1] = stored.value;
    (this.formulas[row - 1] ??= [])[column - 1] = stored.formula ?? '';
    if (stored.numberFormat) this.format(row, column, 'numberFormat', stored.numberFormat);
  }
  /** A formula with the value it computes (test set-up: the fake does not evaluate formulas). */
  setFormula(row: number, column: number, formula: string, computed: CellValue): this {
    this.grow(row, column);
    (this.values[row - 1] ??= [])[column - 1] = computed;
    (this.formulas[row - 1] ??= [])[column - 1] = formula;
    return this;
  }
  formula(row: number, column: number): string {
    return this.formulas[row - 1]?.[column - 1] ?? '';
  }
  /** The cell's number format pattern; `General` (Sheets' "Automatic") when none was set or recognised. */
  numberFormat(row: number, column: number): string {
    return (this.formats.get(`${row},${column}`)?.numberFormat as string | undefined) ?? 'General';
  }
  /** The text the cell shows (see shown). */
  display(row: number, column: number): string {
    return shown(this.get(row, column), this.formats.get(`${row},${column}`)?.numberFormat as string | undefined);
  }
  /** Protects an A1 range so only `editors` may edit it (test set-up). */
  protectRange(a1: string, options: { description: string; editors: string[]; warningOnly?: boolean }): this {
    this.rangeProtections.push({ area: parseA1(a1, this.maxRows, this.maxColumns), description: options.description, editors: options.editors, warningOnly: options.warningOnly ?? false });
    return this;
  }
  /**
   * Refuses, as Google does, an edit of `area` by `user` where the sheet's protection or a protected
   * range (either not warning-only) excludes them.
   */
  checkEditable(area: GridRange, user: string): void {
    this.checkSheetEditable(user);
    if (this.rangeProtections.some((p) => !p.warningOnly && !p.editors.includes(user) && overlaps(p.area, area))) throw new Error(PROTECTED_MESSAGE);
  }
  /** Refuses anything that changes a sheet protected (not warning-only) against `user`. */
  checkSheetEditable(user: string): void {
    const sheet = this.protection;
    if (sheet && !sheet.warningOnly && !sheet.editors.includes(user)) throw new Error(PROTECTED_MESSAGE);
  }
  /**
   * Refuses inserting rows (or columns) before `at` where that splits a protected range the user may
   * not edit, or the sheet is protected against them: the new cells would be inside the protection.
   * Inserting above or left of a range (which moves it in Google) is not refused; the fake's areas
   * are fixed, so tests do not do it.
   */
  checkInsertable(at: number, axis: 'row' | 'column', user: string): void {
    this.checkSheetEditable(user);
    const splits = (p: GridRange) => (axis === 'row' ? p.row < at && at <= p.row + p.numRows - 1 : p.column < at && at <= p.column + p.numColumns - 1);
    if (this.rangeProtections.some((p) => !p.warningOnly && !p.editors.includes(user) && splits(p.area))) throw new Error(PROTECTED_MESSAGE);
  }
  note(row: number, column: number): string {
    return this.notes[row - 1]?.[column - 1] ?? '';
  }
  setNote(row: number, column: number, note: string | null): void {
    this.grow(row, column);
    (this.notes[row - 1] ??= [])[column - 1] = note ?? '';
  }
  background(row: number, column: number): string {
    return this.backgrounds[row - 1]?.[column - 1] ?? DEFAULT_BACKGROUND;
  }
  setBackground(row: number, column: number, color: string | null): void {
    this.grow(row, column);
    (this.backgrounds[row - 1] ??= [])[column - 1] = color ? color.toLowerCase() : DEFAULT_BACKGROUND;
  }
  format(row: number, column: number, key: string, value: unknown): void {
    const k = `${row},${column}`;
    this.formats.set(k, { ...(this.formats.get(k) ?? {}), [key]: value });
  }

  /** Last row / column holding a value (0 when the sheet is empty), as getLastRow() reports. */
  lastRow(): number {
    // A formula counts even when what it computes is blank.
    for (let r = Math.max(this.values.length, this.formulas.length); r > 0; r--) {
      if ((this.values[r - 1] ?? []).some((v) => v !== '' && v !== undefined) || (this.formulas[r - 1] ?? []).some(Boolean)) return r;
    }
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const row of [...this.values, ...this.formulas]) if (row) for (let c = row.length; c > last; c--) if (row[c - 1] !== '' && row[c - 1] !== undefined) { last = c; break; }
    return last;
  }

  /** Seeds values from a 2-D array at A1 (test set-up, not a recorded call). */
  seed(grid: unknown[][], row = 1, column = 1): this {
    grid.forEach((r, i) => r.forEach((v, j) => this.set(row + i, column + j, v)));
    return this;
  }

  /** Values as getValues() would return them for the data range (test assertions). */
  grid(): CellValue[][] {
    const rows = Math.max(this.lastRow(), 1);
    const cols = Math.max(this.lastColumn(), 1);
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => copyValue(this.get(r + 1, c + 1))));
  }
}

export class FakeRange implements Pick<Range,
  'getValues' | 'getDisplayValues' | 'getFormulas' | 'setValues' | 'getValue' | 'setValue' | 'getNotes' | 'setNotes' | 'getNote' | 'setNote' | 'clearNote' |
  'getBackgrounds' | 'setBackgrounds' | 'getBackground' | 'setBackground' | 'getNumberFormats' | 'setNumberFormats' | 'getA1Notation' | 'getRow' | 'getColumn' |
  'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getSheet' | 'activate' | 'setWrap' | 'setFontWeight' |
  'setHorizontalAlignment' | 'setVerticalAlignment' | 'addDeveloperMetadata' | 'createDeveloperMetadataFinder' |
  'merge' | 'mergeVertically' | 'getMergedRanges' | 'isPartOfMerge'> {
  constructor(private readonly log: CallLog, readonly owner: FakeSheet, readonly area: GridRange) {}

  private rec(method: string): void {
    this.log.record(`Range.${method}`, `${this.owner.data.name}!${rangeA1(this.area)}`);
  }
  private self(): Range {
    return as<Range>(this);
  }
  private cells<T>(read: (row: number, column: number) => T): T[][] {
    const { row, column, numRows, numColumns } = this.area;
    return Array.from({ length: numRows }, (_, i) => Array.from({ length: numColumns }, (_, j) => read(row + i, column + j)));
  }
  private each(write: (row: number, column: number, i: number, j: number) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numColumns; j++) write(row + i, column + j, i, j);
  }
  private get data(): SheetData {
    return this.owner.data;
  }
  /** Every write first: a protected range refuses the whole call (see RangeProtection). */
  checkEditable(): void {
    this.data.checkEditable(this.area, this.owner.spreadsheet.activeUser);
  }
  private write(method: string): void {
    this.rec(method);
    this.checkEditable();
  }

  getValues(): any[][] {
    this.rec('getValues');
    return this.cells((r, c) => copyValue(this.data.get(r, c)));
  }
  /** The shown text of each cell (see shown). */
  getDisplayValues(): string[][] {
    this.rec('getDisplayValues');
    return this.cells((r, c) => this.data.display(r, c));
  }
  /** "Returns the formulas (A1 notation) for the cells in the range. Entries in the 2D array are empty strings for cells with no formula." (#getFormulas()) */
  getFormulas(): string[][] {
    this.rec('getFormulas');
    return this.cells((r, c) => this.data.formula(r, c));
  }
  setValues(values: any[][]): Range {
    this.write('setValues');
    checkDimensions(values, this.area);
    this.each((r, c, i, j) => this.data.set(r, c, values[i][j]));
    return this.self();
  }
  getValue(): any {
    this.rec('getValue');
    return copyValue(this.data.get(this.area.row, this.area.column));
  }
  setValue(value: any): Range {
    this.write('setValue');
    this.each((r, c) => this.data.set(r, c, value));
    return this.self();
  }
  getNotes(): string[][] {
    this.rec('getNotes');
    return this.cells((r, c) => this.data.note(r, c));
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    this.write('setNotes');
    checkDimensions(notes, this.area);
    this.each((r, c, i, j) => this.data.setNote(r, c, notes[i][j] === null ? '' : String(notes[i][j])));
    return this.self();
  }
  getNote(): string {
    this.rec('getNote');
    return this.data.note(this.area.row, this.area.column);
  }
  setNote(note: string | null): Range {
    this.write('setNote');
    this.each((r, c) => this.data.setNote(r, c, note));
    return this.self();
  }
  clearNote(): Range {
    this.write('clearNote');
    this.each((r, c) => this.data.setNote(r, c, ''));
    return this.self();
  }
  /**
   * "Returns the number or date formats for the cells in the range"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormats()); a
   * cell nobody formatted reports `General`, the pattern of Sheets' Automatic format.
   */
  getNumberFormats(): string[][] {
    this.rec('getNumberFormats');
    return this.cells((r, c) => this.data.numberFormat(r, c));
  }
  /**
   * "Sets a rectangular grid of number or date formats (must match dimensions of this range)"
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)):
   * the values stay, what they show changes.
   */
  setNumberFormats(numberFormats: string[][]): Range {
    this.write('setNumberFormats');
    checkDimensions(numberFormats, this.area);
    this.each((r, c, i, j) => this.data.format(r, c, 'numberFormat', String(numberFormats[i][j])));
    return this.self();
  }
  getBackgrounds(): string[][] {
    this.rec('getBackgrounds');
    return this.cells((r, c) => this.data.background(r, c));
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    this.write('setBackgrounds');
    checkDimensions(color, this.area);
    this.each((r, c, i, j) => this.data.setBackground(r, c, color[i][j]));
    return this.self();
  }
  getBackground(): string {
    this.rec('getBackground');
    return this.data.background(this.area.row, this.area.column);
  }
  setBackground(color: string | null): Range {
    this.write('setBackground');
    this.each((r, c) => this.data.setBackground(r, c, color));
    return this.self();
  }
  /** Merges the range into one block (#merge(); see SheetData.merges). */
  merge(): Range {
    this.write('merge');
    this.data.merge(this.area);
    return this.self();
  }
  /** Merges each column of the range on its own (#mergeVertically()). */
  mergeVertically(): Range {
    this.write('mergeVertically');
    for (let j = 0; j < this.area.numColumns; j++) this.data.merge({ ...this.area, column: this.area.column + j, numColumns: 1 });
    return this.self();
  }
  /** "Returns an array of Range objects representing merged cells that either are fully within the current range, or contain at least one cell in the current range." (#getMergedRanges()) */
  getMergedRanges(): Range[] {
    this.rec('getMergedRanges');
    return this.data.mergesOver(this.area).map((m) => as<Range>(new FakeRange(this.log, this.owner, { ...m })));
  }
  /** "Returns true if the cells in the current range overlap any merged cells." (#isPartOfMerge()) */
  isPartOfMerge(): boolean {
    this.rec('isPartOfMerge');
    return this.data.mergesOver(this.area).length > 0;
  }
  getA1Notation(): string {
    this.rec('getA1Notation');
    return rangeA1(this.area);
  }
  getRow(): number {
    this.rec('getRow');
    return this.area.row;
  }
  getColumn(): number {
    this.rec('getColumn');
    return this.area.column;
  }
  getNumRows(): number {
    this.rec('getNumRows');
    return this.area.numRows;
  }
  getNumColumns(): number {
    this.rec('getNumColumns');
    return this.area.numColumns;
  }
  getLastRow(): number {
    this.rec('getLastRow');
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn(): number {
    this.rec('getLastColumn');
    return this.area.column + this.area.numColumns - 1;
  }
  getSheet(): Sheet {
    this.rec('getSheet');
    return as<Sheet>(this.owner);
  }
  activate(): Range {
    this.rec('activate');
    this.owner.spreadsheet.active = { sheet: this.data.name, a1: rangeA1(this.area) };
    return this.self();
  }
  setWrap(isWrapEnabled: boolean): Range {
    this.write('setWrap');
    this.each((r, c) => this.data.format(r, c, 'wrap', isWrapEnabled));
    return this.self();
  }
  setFontWeight(fontWeight: string | null): Range {
    this.write('setFontWeight');
    this.each((r, c) => this.data.format(r, c, 'fontWeight', fontWeight));
    return this.self();
  }
  setHorizontalAlignment(alignment: string | null): Range {
    this.write('setHorizontalAlignment');
    this.each((r, c) => this.data.format(r, c, 'horizontalAlignment', alignment));
    return this.self();
  }
  setVerticalAlignment(alignment: string | null): Range {
    this.write('setVerticalAlignment');
    this.each((r, c) => this.data.format(r, c, 'verticalAlignment', alignment));
    return this.self();
  }

  /** The row or column this range is, when it is exactly one whole row or column (where metadata may go). */
  dimension(): MetadataEntry['location'] | null {
    const { row, column, numRows, numColumns } = this.area;
    if (numRows === 1 && column === 1 && numColumns === this.data.maxColumns) return { type: 'ROW', index: row };
    if (numColumns === 1 && row === 1 && numRows === this.data.maxRows) return { type: 'COLUMN', index: column };
    return null;
  }

  /**
   * Metadata goes on a whole row or column only: the API's DeveloperMetadataLocation.dimensionRange
   * "must represent a single row or column; it cannot be unbounded or span multiple rows or columns"
   * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata#DeveloperMetadataLocation).
   * Overloads: (key), (key, visibility), (key, value), (key, value, visibility)
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)).
   */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Range {
    this.rec('addDeveloperMetadata');
    const location = this.dimension();
    if (!location) {
      throw new Error('Exception: Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
    }
    this.data.addMetadata({ key, ...metadataArgs(a, b), project: this.owner.spreadsheet.projectId, location });
    return this.self();
  }
  /** Metadata "associated with the range" itself (https://developers.google.com/apps-script/reference/spreadsheet/range#createDeveloperMetadataFinder()). */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.rec('createDeveloperMetadataFinder');
    const here = this.dimension();
    const { row, column, numRows, numColumns } = this.area;
    const inside = (m: MetadataEntry, intersecting: boolean) => {
      if (!intersecting) return here !== null && m.location.type === here.type && m.location.index === here.index;
      if (m.location.type === 'ROW') return m.location.index >= row && m.location.index < row + numRows;
      if (m.location.type === 'COLUMN') return m.location.index >= column && m.location.index < column + numColumns;
      return false;
    };
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(new FakeMetadataFinder(this.log, this.owner, inside));
  }
}

/** Google's enums print their names; a distinct object tells a visibility from a string value. */
export class MetadataVisibility {
  static readonly DOCUMENT = new MetadataVisibility('DOCUMENT');
  static readonly PROJECT = new MetadataVisibility('PROJECT');
  private constructor(readonly name: 'DOCUMENT' | 'PROJECT') {}
  toString(): string {
    return this.name;
  }
}
/** addDeveloperMetadata's optional arguments: (value), (visibility) or (value, visibility); DOCUMENT when none is given. */
function metadataArgs(a: unknown, b: unknown): Pick<MetadataEntry, 'value' | 'visibility'> {
  const visibility = a instanceof MetadataVisibility ? a : b instanceof MetadataVisibility ? b : MetadataVisibility.DOCUMENT;
  return { value: typeof a === 'string' ? a : null, visibility: visibility.name };
}

export class MetadataLocationType {
  static readonly SPREADSHEET = new MetadataLocationType('SPREADSHEET');
  static readonly SHEET = new MetadataLocationType('SHEET');
  static readonly ROW = new MetadataLocationType('ROW');
  static readonly COLUMN = new MetadataLocationType('COLUMN');
  private constructor(readonly name: string) {}
  toString(): string {
    return this.name;
  }
}

/**
 * DeveloperMetadataFinder (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder):
 * the with* filters narrow the search; find() runs it. PROJECT metadata of another script is never
 * returned (see MetadataEntry).
 */
export class FakeMetadataFinder implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  'find' | 'withKey' | 'withValue' | 'withId' | 'withLocationType' | 'withVisibility' | 'onIntersectingLocations'> {
  private readonly filters: ((m: MetadataEntry) => boolean)[] = [];
  private intersecting = false;
  constructor(
    private readonly log: CallLog,
    private readonly sheet: FakeSheet,
    private readonly inScope: (m: MetadataEntry, intersecting: boolean) => boolean,
  ) {}
  private self(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(this);
  }
  private narrow(method: string, filter: (m: MetadataEntry) => boolean): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.log.record(`DeveloperMetadataFinder.${method}`);
    this.filters.push(filter);
    return this.self();
  }
  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.narrow('withKey', (m) => m.key === key);
  }
  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.narrow('withValue', (m) => m.value === value);
  }
  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.narrow('withId', (m) => m.id === id);
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.narrow('withLocationType', (m) => m.location.type === String(locationType));
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this.narrow('withVisibility', (m) => m.visibility === String(visibility));
  }
  onIntersectingLocations(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.log.record('DeveloperMetadataFinder.onIntersectingLocations');
    this.intersecting = true;
    return this.self();
  }
  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.log.record('DeveloperMetadataFinder.find', this.sheet.data.name);
    const project = this.sheet.spreadsheet.projectId;
    return this.sheet.data.metadata
      .filter((m) => (m.visibility === 'DOCUMENT' || m.project === project) && this.inScope(m, this.intersecting) && this.filters.every((f) => f(m)))
      .map((m) => as<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(new FakeDeveloperMetadata(this.log, this.sheet, m)));
  }
}

/**
 * One found metadata (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata).
 * Its key, value and location are as find() returned them (the API's search answers with whole
 * DeveloperMetadata resources, location included); remove and set* change the stored entry.
 */
export class FakeDeveloperMetadata implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  'getId' | 'getKey' | 'getValue' | 'getVisibility' | 'getLocation' | 'remove' | 'setValue'> {
  private readonly found: MetadataEntry;
  constructor(private readonly log: CallLog, private readonly sheet: FakeSheet, private readonly entry: MetadataEntry) {
    this.found = { ...entry, location: { ...entry.location } };
  }
  private rec(method: string): void {
    this.log.record(`DeveloperMetadata.${method}`, String(this.found.id));
  }
  /** The stored entry; gone when its row was deleted or it was removed meanwhile. */
  private live(): MetadataEntry {
    if (!this.sheet.data.metadata.includes(this.entry)) throw new Error(`Exception: No developer metadata with ID ${this.found.id} was found.`);
    return this.entry;
  }
  getId(): number {
    this.rec('getId');
    return this.found.id;
  }
  getKey(): string {
    this.rec('getKey');
    return this.found.key;
  }
  getValue(): string | null {
    this.rec('getValue');
    return this.found.value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    this.rec('getVisibility');
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>(MetadataVisibility[this.found.visibility]);
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    this.rec('getLocation');
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(new FakeMetadataLocation(this.log, this.sheet, this.found.location));
  }
  remove(): void {
    this.rec('remove');
    const entry = this.live();
    this.sheet.data.metadata = this.sheet.data.metadata.filter((m) => m !== entry);
  }
  setValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.rec('setValue');
    this.live().value = value;
    this.found.value = value;
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(this);
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location: getRow() is the whole row, null for other types. */
export class FakeMetadataLocation implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getLocationType' | 'getRow' | 'getColumn' | 'getSheet'> {
  constructor(private readonly log: CallLog, private readonly sheet: FakeSheet, private readonly location: MetadataEntry['location']) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    this.log.record('DeveloperMetadataLocation.getLocationType');
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType>(MetadataLocationType[this.location.type]);
  }
  getRow(): Range | null {
    this.log.record('DeveloperMetadataLocation.getRow');
    if (this.location.type !== 'ROW') return null;
    return as<Range>(this.sheet.rangeOf({ row: this.location.index, column: 1, numRows: 1, numColumns: this.sheet.data.maxColumns }));
  }
  getColumn(): Range | null {
    this.log.record('DeveloperMetadataLocation.getColumn');
    if (this.location.type !== 'COLUMN') return null;
    return as<Range>(this.sheet.rangeOf({ row: 1, column: this.location.index, numRows: this.sheet.data.maxRows, numColumns: 1 }));
  }
  getSheet(): Sheet | null {
    this.log.record('DeveloperMetadataLocation.getSheet');
    return this.location.type === 'SHEET' ? as<Sheet>(this.sheet) : null;
  }
}

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/protection: description, warning-only
 * mode and editors. Only editors may edit the protected area unless it is warning-only (see
 * SheetData.checkEditable); "Neither the owner of the spreadsheet nor the current user can be
 * removed" from the editors (removeEditor).
 */
export class FakeProtection implements Pick<GoogleAppsScript.Spreadsheet.Protection,
  'setDescription' | 'getDescription' | 'setWarningOnly' | 'isWarningOnly' | 'getEditors' | 'addEditor' | 'addEditors' | 'removeEditor' | 'removeEditors' | 'canEdit'> {
  constructor(
    private readonly log: CallLog,
    private readonly state: SheetProtection,
    private readonly people: { owner: string; user: string },
  ) {}
  private self(): GoogleAppsScript.Spreadsheet.Protection {
    return as<GoogleAppsScript.Spreadsheet.Protection>(this);
  }
  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.setDescription');
    this.state.description = description;
    return this.self();
  }
  getDescription(): string {
    this.log.record('Protection.getDescription');
    return this.state.description;
  }
  /** "Sets whether or not this protected range is using 'warning based' protection": editors are warned, not blocked. */
  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.setWarningOnly');
    this.state.warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean {
    this.log.record('Protection.isWarningOnly');
    return this.state.warningOnly;
  }
  /** "Gets the list of editors for the protected range or sheet." */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.log.record('Protection.getEditors');
    return this.state.editors.map((email) => as<GoogleAppsScript.Base.User>({
      getEmail: () => {
        this.log.record('User.getEmail');
        return email;
      },
    }));
  }
  addEditor(who: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.addEditor');
    return this.add([who]);
  }
  addEditors(emailAddresses: string[]): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.addEditors');
    return this.add(emailAddresses);
  }
  removeEditor(who: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.removeEditor');
    return this.remove([who]);
  }
  removeEditors(who: (string | GoogleAppsScript.Base.User)[]): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection.removeEditors');
    return this.remove(who);
  }
  /** "Determines whether the user has permission to edit the protected range or sheet." */
  canEdit(): boolean {
    this.log.record('Protection.canEdit');
    return this.state.editors.includes(this.people.user);
  }
  private add(who: (string | GoogleAppsScript.Base.User)[]): GoogleAppsScript.Spreadsheet.Protection {
    for (const email of who.map(emailOf)) if (!this.state.editors.includes(email)) this.state.editors.push(email);
    return this.self();
  }
  private remove(who: (string | GoogleAppsScript.Base.User)[]): GoogleAppsScript.Spreadsheet.Protection {
    const gone = new Set(who.map(emailOf).filter((email) => email !== this.people.owner && email !== this.people.user));
    this.state.editors = this.state.editors.filter((email) => !gone.has(email));
    return this.self();
  }
}

const emailOf = (who: string | GoogleAppsScript.Base.User): string => (typeof who === 'string' ? who : who.getEmail());

export class FakeRangeList implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setBackground' | 'setNote' | 'clearNote' | 'setValue'> {
  constructor(private readonly log: CallLog, private readonly ranges: FakeRange[]) {}
  private self(): GoogleAppsScript.Spreadsheet.RangeList {
    return as<GoogleAppsScript.Spreadsheet.RangeList>(this);
  }
  getRanges(): Range[] {
    this.log.record('RangeList.getRanges', String(this.ranges.length));
    return as<Range[]>(this.ranges.slice());
  }
  /** A range list applies one value to every cell of every range, in one call. */
  private apply(method: string, fn: (r: FakeRange) => void): GoogleAppsScript.Spreadsheet.RangeList {
    this.log.record(`RangeList.${method}`, String(this.ranges.length));
    // One call is one request, refused whole: "If any request is not valid, no requests will be applied"
    // (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).
    this.ranges.forEach((r) => r.checkEditable());
    // The per-range work below is part of this one call: do not count it again.
    this.log.mute(() => this.ranges.forEach(fn));
    return this.self();
  }
  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this.apply('setBackground', (r) => r.setBackground(color));
  }
  setNote(note: string | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this.apply('setNote', (r) => r.setNote(note));
  }
  clearNote(): GoogleAppsScript.Spreadsheet.RangeList {
    return this.apply('clearNote', (r) => r.clearNote());
  }
  setValue(value: any): GoogleAppsScript.Spreadsheet.RangeList {
    return this.apply('setValue', (r) => r.setValue(value));
  }
}

export class FakeSheet implements Pick<Sheet,
  'getName' | 'getSheetId' | 'getRange' | 'getDataRange' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' |
  'setFrozenRows' | 'getFrozenRows' | 'setColumnWidth' | 'getColumnWidth' | 'appendRow' | 'getRangeList' | 'activate' |
  'insertRowBefore' | 'insertRowAfter' | 'insertRowsBefore' | 'insertRowsAfter' | 'insertRows' | 'insertColumnsAfter' | 'deleteRow' | 'deleteRows' | 'sort' |
  'addDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'setName' | 'protect' | 'getProtections' | 'isSheetHidden' | 'hideSheet' | 'showSheet'> {
  constructor(private readonly log: CallLog, readonly spreadsheet: FakeSpreadsheet, readonly data: SheetData) {}

  private rec(method: string, detail = ''): void {
    this.log.record(`Sheet.${method}`, `${this.data.name}${detail ? `!${detail}` : ''}`);
  }
  private self(): Sheet {
    return as<Sheet>(this);
  }
  /** A range without recording (fake-internal). */
  rangeOf(area: GridRange): FakeRange {
    // Sheet.getRange refuses any cell outside the sheet's rows and columns; only appendRow and the
    // insert methods add some (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)).
    if (area.row < 1 || area.column < 1 || area.numRows < 1 || area.numColumns < 1
      || area.row + area.numRows - 1 > this.data.maxRows || area.column + area.numColumns - 1 > this.data.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.log, this, area);
  }

  getName(): string {
    this.rec('getName');
    return this.data.name;
  }
  getSheetId(): number {
    this.rec('getSheetId');
    return this.data.sheetId;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isSheetHidden(): true when the sheet is hidden in the UI. */
  isSheetHidden(): boolean {
    this.rec('isSheetHidden');
    return this.data.hidden;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet(): hides the sheet; scripts still read it. */
  hideSheet(): Sheet {
    this.rec('hideSheet');
    this.data.hidden = true;
    return this.self();
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showSheet(): makes the sheet visible. */
  showSheet(): Sheet {
    this.rec('showSheet');
    this.data.hidden = false;
    return this.self();
  }
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') {
      this.rec('getRange', a);
      const { sheet } = splitSheet(a);
      if (sheet !== undefined && sheet !== this.data.name) throw new Error(`Exception: Range not found: ${a}`);
      return as<Range>(this.rangeOf(parseA1(a, this.data.maxRows, this.data.maxColumns)));
    }
    if (column === undefined) throw new Error('Exception: The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    const area = { row: a, column, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    this.rec('getRange', rangeA1(area));
    return as<Range>(this.rangeOf(area));
  }
  getDataRange(): Range {
    this.rec('getDataRange');
    return as<Range>(this.rangeOf({ row: 1, column: 1, numRows: Math.max(this.data.lastRow(), 1), numColumns: Math.max(this.data.lastColumn(), 1) }));
  }
  getLastRow(): number {
    this.rec('getLastRow');
    return this.data.lastRow();
  }
  getLastColumn(): number {
    this.rec('getLastColumn');
    return this.data.lastColumn();
  }
  getMaxRows(): number {
    this.rec('getMaxRows');
    return this.data.maxRows;
  }
  getMaxColumns(): number {
    this.rec('getMaxColumns');
    return this.data.maxColumns;
  }
  setFrozenRows(rows: number): void {
    this.rec('setFrozenRows');
    this.data.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.rec('getFrozenRows');
    return this.data.frozenRows;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.rec('setColumnWidth');
    this.data.columnWidths.set(columnPosition, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    this.rec('getColumnWidth');
    return this.data.columnWidths.get(columnPosition) ?? 100;
  }
  /** Writes cells like any other edit, so a protection that excludes the user refuses it (SheetData.checkEditable). */
  appendRow(rowContents: any[]): Sheet {
    this.rec('appendRow');
    const row = this.data.lastRow() + 1;
    this.data.checkEditable({ row, column: 1, numRows: 1, numColumns: Math.max(rowContents.length, 1) }, this.user());
    rowContents.forEach((v, i) => this.data.set(row, i + 1, v));
    return this.self();
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.rec('getRangeList', String(a1Notations.length));
    const ranges = a1Notations.map((a1) => this.rangeOf(parseA1(a1, this.data.maxRows, this.data.maxColumns)));
    return as<GoogleAppsScript.Spreadsheet.RangeList>(new FakeRangeList(this.log, ranges));
  }
  activate(): Sheet {
    this.rec('activate');
    this.spreadsheet.active = { sheet: this.data.name, a1: 'A1' };
    return this.self();
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String): names are unique in a spreadsheet. */
  setName(name: string): Sheet {
    this.rec('setName', name);
    if (this.spreadsheet.sheets.some((s) => s !== this && s.data.name === name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.data.name = name;
    return this.self();
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect(): "Creates an object that can
   * protect the sheet from being edited except by users who have permission"; the Protection's settings are kept
   * on the sheet for assertions, and its editors are the only ones whose edits the sheet then accepts.
   * A new protection starts with the spreadsheet's editors: the reference's own example
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection) has to
   * `removeEditors(protection.getEditors())` to keep others out.
   */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.rec('protect');
    // "If the sheet is already protected, this method returns an object representing the existing protection settings."
    this.data.protection ??= { description: '', warningOnly: false, editors: [...new Set([...this.spreadsheet.editors, this.spreadsheet.activeUser])] };
    return this.protectionOf(this.data.protection);
  }
  private protectionOf(state: SheetProtection): GoogleAppsScript.Spreadsheet.Protection {
    return as<GoogleAppsScript.Spreadsheet.Protection>(new FakeProtection(this.log, state, { owner: this.spreadsheet.editors[0] ?? '', user: this.spreadsheet.activeUser }));
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType): "Gets an
   * array of objects representing all protected ranges in the sheet, or a single-element array representing the
   * protection on the sheet itself." Only sheet protection is modelled: RANGE finds none.
   */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.rec('getProtections');
    if (String(type) !== ProtectionType.SHEET || !this.data.protection) return [];
    return [this.protectionOf(this.data.protection)];
  }

  private user(): string {
    return this.spreadsheet.activeUser;
  }

  // Row inserts and deletes (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowBefore(Integer)
  // and the methods after it): cells, notes, backgrounds and row metadata move with their rows (SheetData.insertRows).
  // Inserts are edits: a protection that excludes the user refuses them (SheetData.checkInsertable).
  insertRowBefore(beforePosition: number): Sheet {
    this.rec('insertRowBefore', String(beforePosition));
    this.data.checkInsertable(beforePosition, 'row', this.user());
    this.data.insertRows(beforePosition, 1);
    return this.self();
  }
  insertRowAfter(afterPosition: number): Sheet {
    this.rec('insertRowAfter', String(afterPosition));
    this.data.checkInsertable(afterPosition + 1, 'row', this.user());
    this.data.insertRows(afterPosition + 1, 1);
    return this.self();
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this.rec('insertRowsBefore', String(beforePosition));
    this.data.checkInsertable(beforePosition, 'row', this.user());
    this.data.insertRows(beforePosition, howMany);
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.rec('insertRowsAfter', String(afterPosition));
    this.data.checkInsertable(afterPosition + 1, 'row', this.user());
    this.data.insertRows(afterPosition + 1, howMany);
    return this.self();
  }
  /** insertRows(rowIndex, numRows = 1): "Inserts one or more consecutive blank rows in a sheet starting at the specified location." */
  insertRows(rowIndex: number, numRows = 1): void {
    this.rec('insertRows', String(rowIndex));
    this.data.checkInsertable(rowIndex, 'row', this.user());
    this.data.insertRows(rowIndex, numRows);
  }
  /**
   * insertColumnsAfter(afterPosition, howMany): blank columns after the given one, which must be a
   * column of the sheet (SheetData.insertColumns;
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer)).
   */
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this.rec('insertColumnsAfter', String(afterPosition));
    if (afterPosition < 1 || afterPosition > this.data.maxColumns || howMany < 1) throw new Error('Exception: Those columns are out of bounds.');
    this.data.checkInsertable(afterPosition + 1, 'column', this.user());
    this.data.insertColumns(afterPosition + 1, howMany);
    return this.self();
  }
  deleteRow(rowPosition: number): Sheet {
    this.rec('deleteRow', String(rowPosition));
    this.data.deleteRows(rowPosition, 1);
    return this.self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.rec('deleteRows', String(rowPosition));
    this.data.deleteRows(rowPosition, howMany);
  }
  /** "Sorts a sheet by column", rows below the frozen rows (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)). */
  sort(columnPosition: number, ascending = true): Sheet {
    this.rec('sort', String(columnPosition));
    this.data.sortRows(this.data.frozenRows + 1, this.data.lastRow(), columnPosition, ascending);
    return this.self();
  }
  /** Metadata on the sheet itself (https://developers.google.com/apps-script/reference/spreadsheet/sheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)). */
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): Sheet {
    this.rec('addDeveloperMetadata');
    this.data.addMetadata({ key, ...metadataArgs(a, b), project: this.spreadsheet.projectId, location: { type: 'SHEET', index: 0 } });
    return this.self();
  }
  /**
   * "Metadata is in the scope of a particular sheet if it is either associated with the sheet itself,
   * or associated with a row, column, or range on that sheet."
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#createDeveloperMetadataFinder())
   */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.rec('createDeveloperMetadataFinder');
    return as<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(new FakeMetadataFinder(this.log, this, () => true));
  }
}

export class FakeSpreadsheet implements Pick<Spreadsheet,
  'getId' | 'getName' | 'getUrl' | 'getSheetByName' | 'getSheets' | 'insertSheet' | 'getSpreadsheetTimeZone' | 'toast' | 'getActiveSheet' | 'getEditors' | 'deleteSheet'> {
  readonly sheets: FakeSheet[] = [];
  /** The people who can edit the spreadsheet (its owner first), as e-mail addresses. */
  editors: string[] = ['coordinator@song.go.th'];
  /** Who runs the script: "scripts run as the user" for an editor add-on's menu and sidebar calls; the owner by default. */
  activeUser = 'coordinator@song.go.th';
  /** The selection (sheet and A1) after activate(): selectCell asserts on it. */
  active: { sheet: string; a1: string } | null = null;
  readonly toasts: { msg: string; title?: string }[] = [];
  private nextSheetId = 0;
  /** Developer metadata ids are unique in the spreadsheet. */
  private readonly metadataIds = { next: 1 };
  /** The Apps Script project the add-on runs as (PROJECT-visible metadata belongs to it). */
  projectId = 'ita-sheets-script';

  constructor(private readonly log: CallLog, readonly id = 'ss-1', readonly name = 'ITA ทดสอบ', public timeZone = 'Asia/Bangkok') {
    this.addSheet('Sheet1');
  }

  /** "Gets the list of editors for this Spreadsheet" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()). */
  getEditors(): GoogleAppsScript.Base.User[] {
    this.log.record('Spreadsheet.getEditors');
    return this.editors.map((email) => as<GoogleAppsScript.Base.User>({
      getEmail: () => {
        this.log.record('User.getEmail');
        return email;
      },
    }));
  }

  /** Google refuses to delete a spreadsheet's only sheet. */
  deleteSheet(sheet: Sheet): void {
    this.log.record('Spreadsheet.deleteSheet');
    const i = this.sheets.indexOf(sheet as unknown as FakeSheet);
    if (i < 0) throw new Error('Exception: Invalid argument: sheet');
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
  }

  /** Adds a sheet without recording (test set-up). */
  addSheet(name: string, index = this.sheets.length): SheetData {
    if (this.sheets.some((s) => s.data.name === name)) {
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const data = new SheetData(name, this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919, this.metadataIds);
    this.nextSheetId++;
    this.sheets.splice(index, 0, new FakeSheet(this.log, this, data));
    return data;
  }
  /** Sheet data by name (test assertions); throws when missing. */
  sheetData(name: string): SheetData {
    const s = this.sheets.find((x) => x.data.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s.data;
  }
  hasSheet(name: string): boolean {
    return this.sheets.some((x) => x.data.name === name);
  }

  getId(): string {
    this.log.record('Spreadsheet.getId');
    return this.id;
  }
  getName(): string {
    this.log.record('Spreadsheet.getName');
    return this.name;
  }
  getUrl(): string {
    this.log.record('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheetByName(name: string): Sheet | null {
    this.log.record('Spreadsheet.getSheetByName', name);
    return as<Sheet | null>(this.sheets.find((s) => s.data.name === name) ?? null);
  }
  getSheets(): Sheet[] {
    this.log.record('Spreadsheet.getSheets');
    return as<Sheet[]>(this.sheets.slice());
  }
  insertSheet(a?: unknown, b?: unknown): Sheet {
    this.log.record('Spreadsheet.insertSheet', String(a ?? ''));
    const name = typeof a === 'string' ? a : `Sheet${this.sheets.length + 1}`;
    const index = typeof b === 'number' ? b : typeof a === 'number' ? a : this.sheets.length;
    this.addSheet(name, index);
    return as<Sheet>(this.sheets.find((s) => s.data.name === name));
  }
  getSpreadsheetTimeZone(): string {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.log.record('Spreadsheet.toast');
    this.toasts.push({ msg, title });
  }
  getActiveSheet(): Sheet {
    this.log.record('Spreadsheet.getActiveSheet');
    return as<Sheet>(this.sheets[0]);
  }
}

export interface MenuRecord {
  kind: 'addon' | 'custom';
  title?: string;
  items: ({ caption: string; functionName: string } | 'separator')[];
  addedToUi: boolean;
}

export class FakeMenu implements Pick<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addToUi'> {
  constructor(private readonly log: CallLog, readonly record: MenuRecord) {}
  private self(): GoogleAppsScript.Base.Menu {
    return as<GoogleAppsScript.Base.Menu>(this);
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    this.log.record('Menu.addItem', caption);
    if (!caption || !functionName) throw new Error('Exception: Invalid argument: caption and functionName are required');
    this.record.items.push({ caption, functionName });
    return this.self();
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.log.record('Menu.addSeparator');
    this.record.items.push('separator');
    return this.self();
  }
  addToUi(): void {
    this.log.record('Menu.addToUi');
    this.record.addedToUi = true;
  }
}

/** Button values as strings (Google's enums print their names). */
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export interface DialogRecord {
  kind: 'sidebar' | 'modal' | 'alert';
  title?: string;
  content: string;
}

export class FakeUi implements Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu' | 'createMenu' | 'showSidebar' | 'showModalDialog' | 'alert'> {
  readonly menus: MenuRecord[] = [];
  readonly dialogs: DialogRecord[] = [];
  /** Answers alert() returns, in order (default OK / YES). */
  readonly alertAnswers: string[] = [];
  readonly ButtonSet = as<GoogleAppsScript.Base.ButtonSet>(ButtonSet);
  readonly Button = as<GoogleAppsScript.Base.Button>(Button);

  constructor(private readonly log: CallLog) {}

  createAddonMenu(): GoogleAppsScript.Base.Menu {
    this.log.record('Ui.createAddonMenu');
    const record: MenuRecord = { kind: 'addon', items: [], addedToUi: false };
    this.menus.push(record);
    return as<GoogleAppsScript.Base.Menu>(new FakeMenu(this.log, record));
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    this.log.record('Ui.createMenu');
    const record: MenuRecord = { kind: 'custom', title: caption, items: [], addedToUi: false };
    this.menus.push(record);
    return as<GoogleAppsScript.Base.Menu>(new FakeMenu(this.log, record));
  }
  showSidebar(userInterface: HtmlOutput): void {
    this.log.record('Ui.showSidebar');
    this.dialogs.push({ kind: 'sidebar', title: userInterface.getTitle(), content: userInterface.getContent() });
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.log.record('Ui.showModalDialog');
    this.dialogs.push({ kind: 'modal', title, content: userInterface.getContent() });
  }
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.log.record('Ui.alert');
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), c] : typeof b === 'string' && !(b in ButtonSet) ? [a, b, 'OK'] : [undefined, a, b ?? 'OK'];
    this.dialogs.push({ kind: 'alert', title, content: prompt });
    const answer = this.alertAnswers.shift() ?? (buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK');
    return as<GoogleAppsScript.Base.Button>(answer);
  }
}

/** SpreadsheetApp.ProtectionType (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). */
export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'getUi' | 'flush'> {
  readonly DeveloperMetadataVisibility = as<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>(MetadataVisibility);
  readonly DeveloperMetadataLocationType = as<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType>(MetadataLocationType);
  readonly ProtectionType = as<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(ProtectionType);
  constructor(private readonly log: CallLog, readonly spreadsheet: FakeSpreadsheet, readonly ui: FakeUi) {}
  getActiveSpreadsheet(): Spreadsheet {
    this.log.record('SpreadsheetApp.getActiveSpreadsheet');
    return as<Spreadsheet>(this.spreadsheet);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    this.log.record('SpreadsheetApp.getUi');
    return as<GoogleAppsScript.Base.Ui>(this.ui);
  }
  flush(): void {
    this.log.record('SpreadsheetApp.flush');
  }
}

export type { GS };
export { a1Of };
