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

/**
 * What Sheets stores for a written value: numeric text becomes a number (as typing it would), a
 * leading apostrophe forces text (and is not part of the value), `=…` becomes a formula.
 */
function coerce(v: unknown): CellValue {
  if (v === null || v === undefined) return '';
  if (isDate(v)) return new Date(v.getTime());
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  const s = String(v);
  if (s.startsWith("'")) return s.slice(1);
  if (parsesAsFormula(s)) return FORMULA_VALUE;
  return /^-?\d+(\.\d+)?$/.test(s.trim()) && s.trim().length < 16 ? Number(s) : s;
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

/** The stored state of one sheet (what a test seeds and asserts on). */
export class SheetData {
  values: CellValue[][] = [];
  notes: string[][] = [];
  backgrounds: string[][] = [];
  /** Other formatting (font weight, wrap, alignment) per cell key `r,c`. */
  formats = new Map<string, Record<string, unknown>>();
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  maxRows = 1000;
  maxColumns = 26;

  constructor(public name: string, public readonly sheetId: number) {}

  private grow(row: number, column: number): void {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
  }

  get(row: number, column: number): CellValue {
    return this.values[row - 1]?.[column - 1] ?? '';
  }
  set(row: number, column: number, v: unknown): void {
    this.grow(row, column);
    (this.values[row - 1] ??= [])[column - 1] = coerce(v);
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
    for (let r = this.values.length; r > 0; r--) if ((this.values[r - 1] ?? []).some((v) => v !== '' && v !== undefined)) return r;
    return 0;
  }
  lastColumn(): number {
    let last = 0;
    for (const row of this.values) if (row) for (let c = row.length; c > last; c--) if (row[c - 1] !== '' && row[c - 1] !== undefined) { last = c; break; }
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
  'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getNotes' | 'setNotes' | 'getNote' | 'setNote' | 'clearNote' |
  'getBackgrounds' | 'setBackgrounds' | 'getBackground' | 'setBackground' | 'getA1Notation' | 'getRow' | 'getColumn' |
  'getNumRows' | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getSheet' | 'activate' | 'setWrap' | 'setFontWeight' |
  'setHorizontalAlignment' | 'setVerticalAlignment'> {
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

  getValues(): any[][] {
    this.rec('getValues');
    return this.cells((r, c) => copyValue(this.data.get(r, c)));
  }
  setValues(values: any[][]): Range {
    this.rec('setValues');
    checkDimensions(values, this.area);
    this.each((r, c, i, j) => this.data.set(r, c, values[i][j]));
    return this.self();
  }
  getValue(): any {
    this.rec('getValue');
    return copyValue(this.data.get(this.area.row, this.area.column));
  }
  setValue(value: any): Range {
    this.rec('setValue');
    this.each((r, c) => this.data.set(r, c, value));
    return this.self();
  }
  getNotes(): string[][] {
    this.rec('getNotes');
    return this.cells((r, c) => this.data.note(r, c));
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    this.rec('setNotes');
    checkDimensions(notes, this.area);
    this.each((r, c, i, j) => this.data.setNote(r, c, notes[i][j] === null ? '' : String(notes[i][j])));
    return this.self();
  }
  getNote(): string {
    this.rec('getNote');
    return this.data.note(this.area.row, this.area.column);
  }
  setNote(note: string | null): Range {
    this.rec('setNote');
    this.each((r, c) => this.data.setNote(r, c, note));
    return this.self();
  }
  clearNote(): Range {
    this.rec('clearNote');
    this.each((r, c) => this.data.setNote(r, c, ''));
    return this.self();
  }
  getBackgrounds(): string[][] {
    this.rec('getBackgrounds');
    return this.cells((r, c) => this.data.background(r, c));
  }
  setBackgrounds(color: Array<Array<string | null>>): Range {
    this.rec('setBackgrounds');
    checkDimensions(color, this.area);
    this.each((r, c, i, j) => this.data.setBackground(r, c, color[i][j]));
    return this.self();
  }
  getBackground(): string {
    this.rec('getBackground');
    return this.data.background(this.area.row, this.area.column);
  }
  setBackground(color: string | null): Range {
    this.rec('setBackground');
    this.each((r, c) => this.data.setBackground(r, c, color));
    return this.self();
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
    this.rec('setWrap');
    this.each((r, c) => this.data.format(r, c, 'wrap', isWrapEnabled));
    return this.self();
  }
  setFontWeight(fontWeight: string | null): Range {
    this.rec('setFontWeight');
    this.each((r, c) => this.data.format(r, c, 'fontWeight', fontWeight));
    return this.self();
  }
  setHorizontalAlignment(alignment: string | null): Range {
    this.rec('setHorizontalAlignment');
    this.each((r, c) => this.data.format(r, c, 'horizontalAlignment', alignment));
    return this.self();
  }
  setVerticalAlignment(alignment: string | null): Range {
    this.rec('setVerticalAlignment');
    this.each((r, c) => this.data.format(r, c, 'verticalAlignment', alignment));
    return this.self();
  }
}

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
  'setFrozenRows' | 'getFrozenRows' | 'setColumnWidth' | 'getColumnWidth' | 'appendRow' | 'getRangeList' | 'activate'> {
  constructor(private readonly log: CallLog, readonly spreadsheet: FakeSpreadsheet, readonly data: SheetData) {}

  private rec(method: string, detail = ''): void {
    this.log.record(`Sheet.${method}`, `${this.data.name}${detail ? `!${detail}` : ''}`);
  }
  private self(): Sheet {
    return as<Sheet>(this);
  }
  /** A range without recording (fake-internal). */
  rangeOf(area: GridRange): FakeRange {
    if (area.row < 1 || area.column < 1 || area.numRows < 1 || area.numColumns < 1) {
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
  appendRow(rowContents: any[]): Sheet {
    this.rec('appendRow');
    const row = this.data.lastRow() + 1;
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
}

export class FakeSpreadsheet implements Pick<Spreadsheet,
  'getId' | 'getName' | 'getUrl' | 'getSheetByName' | 'getSheets' | 'insertSheet' | 'getSpreadsheetTimeZone' | 'toast' | 'getActiveSheet' | 'getEditors' | 'deleteSheet'> {
  readonly sheets: FakeSheet[] = [];
  /** The people who can edit the spreadsheet (its owner first), as e-mail addresses. */
  editors: string[] = ['coordinator@song.go.th'];
  /** The selection (sheet and A1) after activate(): selectCell asserts on it. */
  active: { sheet: string; a1: string } | null = null;
  readonly toasts: { msg: string; title?: string }[] = [];
  private nextSheetId = 0;

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
    const data = new SheetData(name, this.nextSheetId === 0 ? 0 : 100000 + this.nextSheetId * 7919);
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

export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet' | 'getUi' | 'flush'> {
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
