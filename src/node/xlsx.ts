/**
 * Excel workbooks (.xlsx) in and out, with exceljs. The grid read here is what `readGrid` of the
 * core expects: strings only, row 0 = sheet row 1 and column 0 = column A, so A1 references the
 * core computes from indexes point at the right cells.
 */
import ExcelJS from 'exceljs';
import { InputError } from '../core/errors';
import { assertCellPosition, assertDistinctOutput, readInputFile, writeFileAtomic } from './fileErrors';

export interface XlsxGrid {
  sheetName: string;
  grid: string[][];
  /** Grids of the other sheets asked for by name (absent when the workbook has no such sheet). */
  extra: Record<string, string[][]>;
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
}

/** Names of the sheet that holds the measures, in Thai or English. */
const MEASURE_SHEET_NAME = /มาตรการ|measures/i;

/** Old binary Excel files (.xls) start with the OLE compound-file signature. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export async function loadWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  const bytes = await readInputFile(filePath);
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
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

/**
 * The measures sheet: the one named exactly `มาตรการ` (after a rollover, `มาตรการ 2568` is last
 * year's), else one named for measures, else the first visible sheet, else the first.
 */
export function pickMeasureSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  return (
    sheets.find((sheet) => sheet.name.normalize('NFC').trim() === 'มาตรการ') ??
    sheets.find((sheet) => MEASURE_SHEET_NAME.test(sheet.name.normalize('NFC'))) ??
    sheets.find((sheet) => sheet.state === 'visible') ??
    sheets[0]
  );
}

function findSheet(workbook: ExcelJS.Workbook, filePath: string, sheetName?: string): ExcelJS.Worksheet {
  if (sheetName === undefined) return pickMeasureSheet(workbook);
  const wanted = sheetName.normalize('NFC');
  const sheet = workbook.worksheets.find((s) => s.name.normalize('NFC') === wanted);
  if (!sheet) {
    throw new InputError(
      'NOT_A_TABLE',
      `ไม่พบแผ่นงาน "${sheetName}" ในไฟล์ ${filePath}`,
      `No sheet named "${sheetName}" in ${filePath}`,
    );
  }
  return sheet;
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
 */
export function xlsxValueToText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
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

export function worksheetToGrid(sheet: ExcelJS.Worksheet): string[][] {
  const texts = new Map<number, Map<number, string>>();
  let rowCount = 0;
  let columnCount = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // Like Range.getValues() in Sheets: only the top-left cell of a merged range holds the value.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const text = xlsxValueToText(cell.value);
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

/**
 * Reads the measures sheet of a workbook as a rectangular grid of strings.
 * Throws InputError: MISSING_FILE, UNSUPPORTED_FORMAT (.xls), CORRUPT_FILE, EMPTY_INPUT (no sheet or an empty sheet).
 */
export async function readXlsxGrid(filePath: string, extraSheets: readonly string[] = []): Promise<XlsxGrid> {
  const workbook = await loadWorkbook(filePath);
  const extra: Record<string, string[][]> = {};
  for (const name of extraSheets) {
    const other = workbook.worksheets.find((s) => s.name.normalize('NFC') === name.normalize('NFC'));
    if (other) extra[name] = worksheetToGrid(other);
  }
  const sheet = pickMeasureSheet(workbook);
  const grid = worksheetToGrid(sheet);
  if (grid.length === 0) {
    throw new InputError(
      'EMPTY_INPUT',
      `แผ่นงาน "${sheet.name}" ในไฟล์ ${filePath} ไม่มีข้อมูล`,
      `Sheet "${sheet.name}" in ${filePath} is empty`,
    );
  }
  return { sheetName: sheet.name, grid, extra };
}

/**
 * Copies a workbook with the given cells set to plain text. A string value is stored as a string
 * cell, so `=SUM(A1)` written here is text, never a formula. Everything else in the workbook is kept
 * as exceljs round-trips it. The input is never modified: the same path for both is refused.
 * Default sheet: the one readXlsxGrid reads, so its grid positions line up.
 */
export async function writeXlsxCells(
  inPath: string,
  outPath: string,
  cells: CellText[],
  sheetName?: string,
): Promise<void> {
  await assertDistinctOutput(inPath, outPath);
  cells.forEach(assertCellPosition);
  const workbook = await loadWorkbook(inPath);
  const sheet = findSheet(workbook, inPath, sheetName);
  for (const { row, column, text } of cells) {
    sheet.getCell(row + 1, column + 1).value = text;
  }
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(outPath, Buffer.from(bytes));
}

/**
 * Writes a grid of text into a sheet: bold header row, text aligned to the top, text number format
 * (so formula-looking text stays text when someone edits it), given column widths.
 */
export function fillTextGrid(sheet: ExcelJS.Worksheet, grid: string[][], options: { wrap?: boolean; columnWidths?: number[] } = {}): void {
  grid.forEach((line, r) => {
    line.forEach((text, c) => {
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
  const bytes = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(outPath, Buffer.from(bytes));
}
