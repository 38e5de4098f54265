/**
 * Excel workbooks (.xlsx) in and out, with exceljs. The grid read here is what `readGrid` of the
 * core expects: strings only, row 0 = sheet row 1 and column 0 = column A, so A1 references the
 * core computes from indexes point at the right cells.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { InputError } from '../core/errors';
import { findHeaderRow } from '../core/headers';
import { SHEETS } from '../core/settings';
import { normalizeText } from '../core/text';
import { EXCEL_CELL_LIMIT, decodeExcelEscapes, dropXmlForbidden } from '../core/xmlChars';
import { toA1 } from '../core/a1';
import { parseRangeA1, type CellRange } from '../core/merges';
import { assertCellPosition, assertDistinctOutput, readInputFile, writeFileAtomic } from './fileErrors';
import { fillXlsxParts, type FillTarget, type SkippedCell } from './xlsxParts';
import { formatAsDisplayed } from './numberFormat';

export interface XlsxGrid {
  sheetName: string;
  grid: string[][];
  /** The measures sheet's merged ranges (the grid holds each one's text in its first cell only). */
  merges: CellRange[];
  /** Grids of the other sheets asked for by name (absent when the workbook has no such sheet). */
  extra: Record<string, string[][]>;
  /** Those of `extra` that are hidden or very hidden (exceljs' worksheet state): read all the same. */
  hiddenExtra: string[];
  /** Every sheet looked at for the table, in the order searched (for a message when it is not found). */
  sheetsLookedAt: string[];
  /** Other sheets whose header row names a measures table too (yearly tabs): only `sheetName` is read. */
  otherTableSheets: string[];
}

export interface CellText {
  /** 0-based row (0 = sheet row 1). */
  row: number;
  /** 0-based column (0 = column A). */
  column: number;
  text: string;
}

export interface GridXlsxOptions {
  sheetName: string;
  /** Rows kept in view when scrolling; default 1 (the header). */
  frozenRows?: number;
  /** Column widths in characters, column A first. */
  columnWidths?: number[];
  /** Wrap long text in every cell; default true. */
  wrap?: boolean;
  /** More sheets after the first, as text (an import's settings sheet). */
  extraSheets?: { name: string; grid: string[][]; columnWidths?: number[] }[];
}

/** Names of the sheet that holds the measures, in Thai or English (after the exact name `มาตรการ`). */
const MEASURE_SHEET_NAME = /มาตรการ|measures/i;

/** The stream an encrypted (password-protected) Office file keeps its workbook in, as CFB stores names (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** A zip that opens whole and holds a workbook's main part: the file is intact, only its form is unusual. */
async function isWholeWorkbookPackage(bytes: Buffer): Promise<boolean> {
  try {
    return (await JSZip.loadAsync(bytes)).file('xl/workbook.xml') !== null;
  } catch {
    return false;
  }
}

/** Old binary Excel files (.xls) start with the OLE compound-file signature. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function loadWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  return openWorkbook(await readInputFile(filePath), filePath);
}

/** The workbook in `bytes` (read from `filePath`, which messages name); the checks and errors of loadWorkbook. */
async function openWorkbook(bytes: Buffer, filePath: string): Promise<ExcelJS.Workbook> {
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    // Excel saves a password-protected .xlsx inside the same compound-file container as an old .xls
    // ([MS-OFFCRYPTO] §2.3.4: streams EncryptionInfo and EncryptedPackage).
    if (bytes.includes(ENCRYPTED_PACKAGE)) {
      throw new InputError(
        'PASSWORD_PROTECTED',
        `ไฟล์ ${filePath} ถูกป้องกันด้วยรหัสผ่าน เปิดใน Excel แล้วบันทึกใหม่โดยไม่ใส่รหัสผ่าน (ไฟล์ › ข้อมูล › ป้องกันเวิร์กบุ๊ก) แล้วลองอีกครั้ง`,
        `${filePath} is protected by a password: open it in Excel, save it without one (File › Info › Protect Workbook) and try again`,
      );
    }
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `ไฟล์ ${filePath} เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx แล้วลองอีกครั้ง`,
      `${filePath} is an old Excel file (.xls); save it as .xlsx and try again`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer-like; a Node Buffer is what it documents and reads.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    // The library's own wording (first sentence only: jszip appends a help link) helps a support person.
    const detail = (error instanceof Error ? error.message : String(error)).split(/[:.]\s/)[0].trim();
    // A workbook package (its main part is there) that the reader cannot parse: valid files from some
    // generators (namespace prefixes, rows without numbers) are; saving them again in an office program helps.
    if (await isWholeWorkbookPackage(bytes)) {
      throw new InputError(
        'CORRUPT_FILE',
        `เปิดไฟล์ ${filePath} ไม่ได้: เป็นไฟล์ Excel ที่เขียนในแบบที่โปรแกรมนี้อ่านไม่ได้ (${detail}) เปิดใน Excel, LibreOffice หรือ Google ชีต แล้วบันทึกเป็น .xlsx อีกครั้ง`,
        `Cannot open ${filePath}: it is an Excel workbook written in a form this program cannot read (${detail}); open it in Excel, LibreOffice or Google Sheets and save it as .xlsx again`,
      );
    }
    throw new InputError(
      'CORRUPT_FILE',
      `เปิดไฟล์ ${filePath} ไม่ได้ ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx) หรือไฟล์เสียหาย (${detail})`,
      `Cannot open ${filePath}: it is not an Excel workbook (.xlsx) or it is damaged (${detail})`,
    );
  }
  // exceljs opens any zip (a .docx, a zipped folder) as a workbook with no sheets. Zip entry names
  // are stored uncompressed, so a real workbook's bytes contain its main part's name.
  if (workbook.worksheets.length === 0 && !bytes.includes('xl/workbook.xml')) {
    throw new InputError(
      'CORRUPT_FILE',
      `ไฟล์ ${filePath} เป็นไฟล์ zip แต่ไม่ใช่ไฟล์ Excel (.xlsx)`,
      `${filePath} is a zip file but not an Excel workbook (.xlsx)`,
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new InputError('EMPTY_INPUT', `ไฟล์ ${filePath} ไม่มีแผ่นงาน`, `${filePath} has no worksheet`);
  }
  return workbook;
}

/** True when the first rows of `grid` hold the measures table's header row (also used to pick a CSV separator). */
export function hasHeaderRow(grid: string[][]): boolean {
  return headerRowKind(grid) !== null;
}

/** Whether a grid's first rows hold a header row naming all four columns (`full`), all but the problems / suggestions one, or neither. */
function headerRowKind(grid: string[][]): 'full' | 'without-suggestion' | null {
  const { match } = findHeaderRow(grid.map((row) => row.map((cell) => normalizeText(cell))));
  if (!match) return null;
  return match.columns.suggestion === undefined ? 'without-suggestion' : 'full';
}

/** The add-on's own sheets other than the measures sheet: never a measures table (the confirmations sheet's header names มาตรการ, ขั้นตอน, ผลการดำเนินงาน). */
const ADDON_SHEETS: ReadonlySet<string> = new Set(Object.values(SHEETS).filter((name) => name !== SHEETS.measures));

/** One of the add-on's own sheets, or a confirmations sheet a rollover archived under its year (`การยืนยันผลตรวจ 2565`). */
function isAddonSheet(name: string): boolean {
  const normal = name.normalize('NFC').trim();
  return ADDON_SHEETS.has(normal) || new RegExp(`^${SHEETS.confirmations}\\s+[0-9๐-๙]{4}$`).test(normal);
}

/**
 * The measures sheet: the one named exactly `มาตรการ` (what the add-on creates), else the first
 * sheet (visible ones first, never another of the add-on's own) whose first rows hold a header row
 * naming all four columns, else the first holding one without the problems / suggestions column,
 * else one named for measures, else the first visible sheet, whose reading then says what is missing.
 */
export function pickMeasureSheet(workbook: ExcelJS.Workbook): { sheet: ExcelJS.Worksheet; grid: string[][]; lookedAt: string[]; otherTables: string[] } {
  const sheets = workbook.worksheets;
  const exact = sheets.find((sheet) => sheet.name.normalize('NFC').trim() === SHEETS.measures);
  if (exact) return { sheet: exact, grid: worksheetToGrid(exact, 'displayed'), lookedAt: [exact.name], otherTables: [] };
  const ordered = [...sheets.filter((s) => s.state === 'visible'), ...sheets.filter((s) => s.state !== 'visible')];
  const grids = new Map(ordered.map((sheet) => [sheet, worksheetToGrid(sheet, 'displayed')] as const));
  const lookedAt = ordered.map((s) => s.name);
  const candidates = ordered.filter((s) => !isAddonSheet(s.name));
  // A header naming all four columns before one lacking the problems / suggestions column.
  const kinds = new Map(candidates.map((sheet) => [sheet, headerRowKind(grids.get(sheet) ?? [])] as const));
  const withHeader = candidates.find((sheet) => kinds.get(sheet) === 'full') ?? candidates.find((sheet) => kinds.get(sheet) !== null);
  const sheet =
    withHeader ??
    candidates.find((s) => MEASURE_SHEET_NAME.test(s.name.normalize('NFC'))) ??
    ordered[0];
  const otherTables = candidates.filter((s) => s !== sheet && kinds.get(s) !== null).map((s) => s.name);
  return { sheet, grid: grids.get(sheet) ?? [], lookedAt, otherTables };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** exceljs gives dates as UTC instants of the sheet's wall-clock day, so read them in UTC. */
function isoDay(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`;
}

/**
 * One exceljs cell value as the text a person sees: rich text joined, hyperlinks as their text,
 * formulas as their cached result (never the formula), errors as `#N/A` etc., dates as ISO days.
 * exceljs decodes Excel's `_xHHHH_` escapes in shared strings and rich text but not in inline
 * strings or formula results, so plain strings are decoded here (a shared string holding the
 * literal text `_x005F_x000D_` would be decoded twice: a known, very rare limit).
 */
export function xlsxValueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return decodeExcelEscapes(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if (!isRecord(value)) return String(value);
  if (Array.isArray(value.richText)) {
    return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return xlsxValueToText(value.result);
  if ('hyperlink' in value) return xlsxValueToText(value.text);
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return xlsxValueToText(value.text);
  return '';
}

/** The number or date a cell shows under its number format: its value, or a formula's cached result. */
function numberOrDate(value: unknown): number | Date | null {
  if (typeof value === 'number' || value instanceof Date) return value;
  if (isRecord(value) && ('formula' in value || 'sharedFormula' in value)) return numberOrDate(value.result);
  return null;
}

/**
 * One cell as the sheet shows it, as the add-on reads the measures table (getDisplayValues): numbers
 * and dates under the cell's number format (`80%`, `20,000`, `31/3/2568`), the raw value when the
 * format is one numberFormat does not know; text as xlsxValueToText gives it.
 */
export function xlsxCellText(cell: ExcelJS.Cell): string {
  const shown = numberOrDate(cell.value);
  const formatted = shown === null ? null : formatAsDisplayed(shown, cell.numFmt);
  return formatted ?? xlsxValueToText(cell.value);
}

/**
 * How a sheet's cells are read: `displayed` as the sheet shows them (the measures table, as the
 * add-on reads it), `values` as stored (settings and confirmations: their years and dates are
 * parsed, as the add-on reads them with getValues; see src/gas/sheetio.ts).
 */
export type CellReading = 'displayed' | 'values';

export function worksheetToGrid(sheet: ExcelJS.Worksheet, reading: CellReading = 'values'): string[][] {
  const texts = new Map<number, Map<number, string>>();
  let rowCount = 0;
  let columnCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // Like Range.getValues() in Sheets: only the top-left cell of a merged range holds the value.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = reading === 'displayed' ? xlsxCellText(cell) : xlsxValueToText(cell.value);
      if (text === '') return;
      let rowTexts = texts.get(rowNumber);
      if (!rowTexts) texts.set(rowNumber, (rowTexts = new Map()));
      rowTexts.set(columnNumber, text);
      rowCount = Math.max(rowCount, rowNumber);
      columnCount = Math.max(columnCount, columnNumber);
    });
  });
  // Leading empty rows and columns stay (indexes must match sheet positions); trailing ones are dropped.
  const grid: string[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const rowTexts = texts.get(r);
    const line: string[] = [];
    for (let c = 1; c <= columnCount; c++) line.push(rowTexts?.get(c) ?? '');
    grid.push(line);
  }
  return grid;
}

/** A worksheet's merged ranges (`<mergeCell ref="D2:D4">`, ECMA-376 Part 1 §18.3.1.55), 0-based. */
export function worksheetMerges(sheet: ExcelJS.Worksheet): CellRange[] {
  return sheet.model.merges.map(parseRangeA1);
}

/**
 * Reads the measures sheet of a workbook as a rectangular grid of strings.
 * Throws InputError: MISSING_FILE, UNSUPPORTED_FORMAT (.xls), CORRUPT_FILE, EMPTY_INPUT (no sheet or an empty sheet).
 */
export async function readXlsxGrid(filePath: string, extraSheets: readonly string[] = []): Promise<XlsxGrid> {
  const workbook = await loadWorkbook(filePath);
  const extra: Record<string, string[][]> = {};
  const hiddenExtra: string[] = [];
  for (const name of extraSheets) {
    const other = workbook.worksheets.find((s) => s.name.normalize('NFC') === name.normalize('NFC'));
    if (other) extra[name] = worksheetToGrid(other);
    if (other && (other.state === 'hidden' || other.state === 'veryHidden')) hiddenExtra.push(name);
  }
  const { sheet, grid, lookedAt, otherTables } = pickMeasureSheet(workbook);
  if (grid.length === 0) {
    throw new InputError(
      'EMPTY_INPUT',
      `แผ่นงาน "${sheet.name}" ในไฟล์ ${filePath} ไม่มีข้อมูล (แผ่นงานที่ดู: ${quotedList(lookedAt)})`,
      `Sheet "${sheet.name}" in ${filePath} is empty (sheets looked at: ${quotedList(lookedAt)})`,
    );
  }
  return { sheetName: sheet.name, grid, merges: worksheetMerges(sheet), extra, hiddenExtra, sheetsLookedAt: lookedAt, otherTableSheets: otherTables };
}

export function quotedList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/**
 * Copies a workbook with the given cells set to plain text, changing nothing else: the package is
 * edited at the part level (xlsxParts), so charts, pivot tables, comments and styles keep their bytes.
 * Cells that are not empty or sit in a merge they cannot own are skipped and returned with a reason.
 * The input is never modified: the same file for both is refused.
 */
export async function writeXlsxCells(
  inPath: string,
  outPath: string,
  cells: FillTarget[],
  sheetName?: string,
): Promise<{ written: string[]; skipped: SkippedCell[] }> {
  await assertDistinctOutput(inPath, outPath);
  cells.forEach(assertCellPosition);
  const bytes = await readInputFile(inPath);
  const workbook = await openWorkbook(bytes, inPath);
  const name = sheetName ?? pickMeasureSheet(workbook).sheet.name;
  const result = await fillXlsxParts(bytes, name, cells, inPath);
  await writeFileAtomic(outPath, result.bytes);
  return { written: result.written, skipped: result.skipped };
}

/**
 * Writes a grid of text into a sheet: bold header row, text aligned to the top, text number format
 * (so formula-looking text stays text when someone edits it), given column widths.
 */
export function fillTextGrid(sheet: ExcelJS.Worksheet, grid: string[][], options: { wrap?: boolean; columnWidths?: number[] } = {}): void {
  grid.forEach((line, r) => {
    line.forEach((raw, c) => {
      const text = dropXmlForbidden(raw);
      if (text.length > EXCEL_CELL_LIMIT) {
        const a1 = toA1(r, c);
        throw new InputError(
          'CELL_TOO_LONG',
          `เซลล์ ${a1} ยาว ${text.length} ตัวอักษร เกินขีดจำกัดของ Excel ${EXCEL_CELL_LIMIT} ตัวอักษร แบ่งข้อความเป็นหลายข้อหรือหลายแถว`,
          `Cell ${a1} is ${text.length} characters, over Excel's limit of ${EXCEL_CELL_LIMIT}: split the text into several items or rows`,
        );
      }
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = text;
      cell.numFmt = '@';
      cell.alignment = { vertical: 'top', wrapText: options.wrap ?? true };
      if (r === 0) cell.font = { bold: true };
    });
  });
  options.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
}

/**
 * A new workbook holding one grid of text (for `import REPORT.txt -o SHEET.xlsx`): bold frozen header
 * row, wrapped text aligned to the top, given column widths. Cells get the text number format so
 * Excel and Sheets keep formula-looking text as text when someone edits it.
 */
export async function writeGridXlsx(outPath: string, grid: string[][], options: GridXlsxOptions): Promise<void> {
  const frozenRows = options.frozenRows ?? 1;
  const wrap = options.wrap ?? true;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ita-sheets';
  const sheet = workbook.addWorksheet(options.sheetName, {
    views: frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: frozenRows }] : [],
  });
  fillTextGrid(sheet, grid, { wrap, columnWidths: options.columnWidths });
  for (const extra of options.extraSheets ?? []) fillTextGrid(workbook.addWorksheet(extra.name), extra.grid, { wrap, columnWidths: extra.columnWidths });
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(outPath, Buffer.from(bytes));
}
