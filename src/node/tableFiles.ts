/**
 * One door for the three input formats (.xlsx, .csv, report .txt): each becomes the same
 * MeasureTable, and a filled copy goes back out in the format it came in.
 */
import * as path from 'path';
import {
  InputError,
  SHEETS,
  parseReportText,
  readGrid,
  fillReportText,
  tableToGrid,
  type AgencySheets,
  type MeasureTable,
  type SuggestionFill,
  dropXmlForbidden,
  makeFinding,
  settingsRows,
  settingsStatedBy,
  SETTINGS_HEADER,
  type Finding,
  measureRows,
  splitByMerges,
} from '../core';
import { quotedList, readXlsxGrid, writeGridXlsx, writeXlsxCells } from './xlsx';
import { excelTabTable, readCsvGrid, writeCsvCells, writeCsvGrid, type CsvDelimiter } from './csv';
import { assertDistinctOutput, readInputFile, writeFileAtomic } from './fileErrors';
import { decodeOfficeText, encodeLikeInput, type DecodedText, type EncodedCopy } from './textEncoding';
import type { FillTarget, SkippedCell } from './xlsxParts';

export type TableFormat = 'xlsx' | 'csv' | 'txt';

export interface LoadedTable {
  path: string;
  format: TableFormat;
  table: MeasureTable;
  /** Worksheet the measures came from (xlsx). */
  sheetName?: string;
  /** The add-on's settings and templates sheets, when the workbook was downloaded from it (xlsx). */
  settingsValues?: string[][];
  templateValues?: string[][];
  /** The agency's confirmations and synonyms sheets, when the workbook has them (xlsx). */
  agency?: AgencySheets;
  /** Report text: the text as read, so a filled copy changes only the cells it fills. */
  text?: string;
  /** A table read as CSV from a .txt (Excel's tab-delimited text): its separator, which the filled copy keeps. */
  delimiter?: CsvDelimiter;
  /** Report text: how it was encoded, so a filled copy is written for the same program. */
  encoding?: Pick<DecodedText, 'encoding' | 'bom'>;
}

/** Spreadsheet files this program cannot open, and what they are (the message says to save them as .xlsx). */
const SAVE_AS_XLSX: Record<string, { th: string; en: string }> = {
  '.xls': { th: 'Excel รุ่นเก่า (.xls)', en: 'an old Excel file (.xls)' },
  '.ods': { th: 'ไฟล์ LibreOffice / OpenDocument (.ods)', en: 'a LibreOffice / OpenDocument spreadsheet (.ods)' },
};

export function formatOf(filePath: string): TableFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  const other = SAVE_AS_XLSX[ext];
  if (other) {
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `ไฟล์ ${filePath} เป็น${other.th} ซึ่งโปรแกรมนี้อ่านไม่ได้ กรุณาเปิดในโปรแกรมที่สร้างแล้วบันทึกเป็น .xlsx (Excel Workbook) แล้วลองอีกครั้ง`,
      `${filePath} is ${other.en}, which this program cannot read: open it in the program that made it, save it as .xlsx (Excel Workbook) and try again`,
    );
  }
  if (ext === '.csv') return 'csv';
  if (ext === '.txt' || ext === '.text') return 'txt';
  throw new InputError(
    'UNSUPPORTED_FORMAT',
    `ไม่รู้จักชนิดไฟล์ ${filePath} ใช้ได้เฉพาะ .xlsx, .csv หรือข้อความรายงาน .txt`,
    `Unknown file type ${filePath}: use .xlsx, .csv or a report text .txt`,
  );
}

/**
 * Adds the file name to a problem found inside it, so the message says where to look, and for a
 * workbook the sheets that were searched for the table.
 */
/** Runs `run` over a file's table, naming the file (and the sheets searched) in any input error it throws. */
export function inFile<T>(filePath: string, run: () => T, sheet?: { name: string; lookedAt: string[] }): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) {
      const sheets = sheet ? quotedList(sheet.lookedAt) : '';
      const th = sheet ? ` (แผ่นงาน "${sheet.name}"; แผ่นงานที่ค้นหา: ${sheets})` : '';
      const en = sheet ? ` (sheet "${sheet.name}"; sheets searched: ${sheets})` : '';
      throw new InputError(error.code, `${filePath}: ${error.messageTh}${th}`, `${filePath}: ${error.messageEn}${en}`, error.ref);
    }
    throw error;
  }
}

/**
 * A workbook of yearly tabs (`ปี 2566`, `ปี 2567`) holds a table on more than one sheet; only the
 * first is read, so say which, lest last year's measures be checked and published unnoticed.
 */
function otherTableSheetsFinding(read: string, others: readonly string[]): Finding {
  return makeFinding('warning', 'OTHER_TABLE_SHEET', null, null, {},
    `ตรวจเฉพาะแผ่นงาน "${read}" แต่แผ่นงาน ${quotedList([...others])} ก็มีตารางมาตรการ ถ้าต้องการตรวจและเผยแพร่แผ่นงานอื่น ให้ตั้งชื่อแผ่นงานนั้นว่า "${SHEETS.measures}"`,
    `Only sheet "${read}" is checked, but ${quotedList([...others])} also hold a measures table; to check and publish another, name that sheet "${SHEETS.measures}"`);
}

/** A workbook's confirmations and synonyms sheets, and which of them are hidden (they still count: the check names them, AGENCY_SHEET_HIDDEN). */
export function agencySheetsOf(extra: Record<string, string[][]>, hiddenExtra: readonly string[]): { confirmations: string[][] | null; synonyms: string[][] | null; hidden?: string[] } {
  const hidden = hiddenExtra.filter((name) => name === SHEETS.confirmations || name === SHEETS.synonyms);
  return { confirmations: extra[SHEETS.confirmations] ?? null, synonyms: extra[SHEETS.synonyms] ?? null, ...(hidden.length ? { hidden } : {}) };
}

export async function loadTable(filePath: string): Promise<LoadedTable> {
  const format = formatOf(filePath);
  if (format === 'xlsx') {
    const { sheetName, grid, merges, extra, hiddenExtra, sheetsLookedAt, otherTableSheets } = await readXlsxGrid(filePath, [SHEETS.settings, SHEETS.templates, SHEETS.confirmations, SHEETS.synonyms]);
    const table = inFile(filePath, () => readGrid(grid, merges), { name: sheetName, lookedAt: sheetsLookedAt });
    if (otherTableSheets.length > 0) table.findings.unshift(otherTableSheetsFinding(sheetName, otherTableSheets));
    const loaded: LoadedTable = { path: filePath, format, sheetName, table };
    if (extra[SHEETS.settings]) loaded.settingsValues = extra[SHEETS.settings];
    if (extra[SHEETS.templates]) loaded.templateValues = extra[SHEETS.templates];
    loaded.agency = agencySheetsOf(extra, hiddenExtra);
    return loaded;
  }
  if (format === 'csv') {
    const { grid } = await readCsvGrid(filePath);
    return { path: filePath, format, table: inFile(filePath, () => readGrid(grid)) };
  }
  const { text, encoding, bom } = decodeOfficeText(await readInputFile(filePath), filePath);
  // Excel's "Text (Tab delimited)" and "Unicode Text" are tables, not a report's text: read as the CSV they are.
  const tabTable = excelTabTable(text);
  if (tabTable === 'no-header') throw tabTextWithoutHeader(filePath);
  if (tabTable) return { path: filePath, format: 'csv', delimiter: '\t', table: inFile(filePath, () => readGrid(tabTable.grid)) };
  return { path: filePath, format, table: inFile(filePath, () => parseReportText(text)), text, encoding: { encoding, bom } };
}

/** A .txt of tab-separated cells Excel quoted across lines, but no header row naming the columns. */
function tabTextWithoutHeader(filePath: string): InputError {
  return new InputError(
    'NO_HEADER',
    `ไฟล์ ${filePath} เป็นตารางที่บันทึกจาก Excel เป็นข้อความ (คั่นด้วยแท็บ) แต่ไม่พบแถวหัวตารางที่มีคอลัมน์ "มาตรการ", "ขั้นตอนหรือวิธีการปฏิบัติ" และ "ผลการดำเนินงาน" ใน 10 แถวแรก เพิ่มแถวหัวตาราง แล้วบันทึกเป็น .xlsx หรือ "CSV UTF-8" แล้วลองอีกครั้ง`,
    `${filePath} is a table Excel saved as (tab-delimited) text, but none of its first 10 rows is a header row naming the measure, steps and results columns: add one, save it as .xlsx or "CSV UTF-8" and try again`,
  );
}

function assertSameFormat(loaded: LoadedTable, outPath: string): void {
  // By the file names: a .txt holding an Excel table is read as CSV but still filled into a .txt.
  const format = formatOf(loaded.path);
  if (formatOf(outPath) !== format) {
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `ไฟล์ผลลัพธ์ ${outPath} ต้องเป็นชนิดเดียวกับไฟล์ต้นฉบับ (.${format})`,
      `The output ${outPath} must have the input's format (.${format})`,
    );
  }
}

/** What a fill wrote, and the cells it left alone with the reason. */
export interface FillOutcome {
  written: SuggestionFill[];
  skipped: SkippedCell[];
  /** Set when a text copy's encoding is not the input's (see encodeLikeInput). */
  encodingChanged?: EncodedCopy['changed'];
}

/** Cells to write for the fills, each with the rows of its measure (a merge may span them, no more). */
export function fillTargets(table: MeasureTable, fills: SuggestionFill[]): FillTarget[] {
  return fills
    .filter((f) => f.row >= 0)
    .map((f) => {
      const measure = table.measures.find((m) => m.index === f.measureIndex);
      return { row: f.row, column: f.column, text: f.text, ...measureRows(measure, f.row), ...(f.replaces !== undefined ? { replaces: f.replaces } : {}) };
    });
}

/**
 * Writes a copy of the input with the suggestions in their empty cells; the input is never touched.
 * In a workbook nothing else changes (see xlsxParts); cells found not empty or merged are skipped.
 */
export async function writeFilledCopy(loaded: LoadedTable, outPath: string, fills: SuggestionFill[]): Promise<FillOutcome> {
  assertSameFormat(loaded, outPath);
  await assertDistinctOutput(loaded.path, outPath);
  if (loaded.format === 'xlsx') {
    // Cells a merge covers or shares with another measure: left alone (as the add-on's fill does), named here.
    const { kept, refused } = splitByMerges(loaded.table, fills);
    const { written, skipped } = await writeXlsxCells(loaded.path, outPath, fillTargets(loaded.table, kept), loaded.sheetName);
    return { written: kept.filter((f) => f.cell && written.includes(f.cell)), skipped: [...refused.map((r) => r.refusal), ...skipped] };
  }
  if (loaded.format === 'csv') {
    const encodingChanged = await writeCsvCells(loaded.path, outPath, fillTargets(loaded.table, fills), loaded.delimiter);
    return { written: fills, skipped: [], ...(encodingChanged ? { encodingChanged } : {}) };
  }
  const input = loaded.text !== undefined && loaded.encoding ? { text: loaded.text, ...loaded.encoding } : decodeOfficeText(await readInputFile(loaded.path), loaded.path);
  const filled = fillReportText(input.text, loaded.table, fills);
  const copy = encodeLikeInput(dropXmlForbidden(filled.text), input);
  await writeFileAtomic(outPath, copy.bytes);
  return { written: filled.written, skipped: [], ...(copy.changed ? { encodingChanged: copy.changed } : {}) };
}

/**
 * The sheet layout of a table (import of an old report): .xlsx or .csv by the output's name.
 * `inPath` is the file it came from, which is never overwritten.
 */
export async function writeSheetLayout(table: MeasureTable, outPath: string, inPath: string): Promise<void> {
  const format = formatOf(outPath);
  await assertDistinctOutput(inPath, outPath);
  const grid = tableToGrid(table);
  if (format === 'xlsx') {
    // A report text's title states its year, agency, edition and introduction: kept in a settings
    // sheet, so publishing the imported workbook prints them instead of today's year.
    // A year the title does not state stays blank (not today's), so publishing still says it is missing.
    const stated = { fiscalYear: '', numerals: table.numerals === 'arabic' ? 'อารบิก' : 'ไทย', ...settingsStatedBy(table.preamble) };
    const settings = table.preamble ? [{ name: SHEETS.settings, grid: [SETTINGS_HEADER, ...settingsRows(stated).map((row) => row.map(String))], columnWidths: [28, 40, 16, 60] }] : [];
    return writeGridXlsx(outPath, grid, { sheetName: SHEETS.measures, frozenRows: 1, columnWidths: [40, 60, 60, 40], wrap: true, extraSheets: settings });
  }
  if (format === 'csv') return writeCsvGrid(outPath, grid);
  throw new InputError(
    'UNSUPPORTED_FORMAT',
    `นำเข้าได้เป็น .xlsx หรือ .csv เท่านั้น (${outPath})`,
    `Import writes .xlsx or .csv only (${outPath})`,
  );
}
