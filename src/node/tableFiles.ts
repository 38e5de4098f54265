/**
 * One door for the three input formats (.xlsx, .csv, report .txt): each becomes the same
 * MeasureTable, and a filled copy goes back out in the format it came in.
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import {
  InputError,
  SHEETS,
  parseReportText,
  readGrid,
  renderReportText,
  tableToGrid,
  type AgencySheets,
  type MeasureTable,
  type SuggestionFill,
} from '../core';
import { readXlsxGrid, writeGridXlsx, writeXlsxCells } from './xlsx';
import { readCsvGrid, writeCsvCells, writeCsvGrid } from './csv';
import { assertDistinctOutput, readInputFile, writeFileAtomic } from './fileErrors';

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
}

export function formatOf(filePath: string): TableFormat {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  if (ext === '.txt' || ext === '.text') return 'txt';
  throw new InputError(
    'UNSUPPORTED_FORMAT',
    `ไม่รู้จักชนิดไฟล์ ${filePath} ใช้ได้เฉพาะ .xlsx, .csv หรือข้อความรายงาน .txt`,
    `Unknown file type ${filePath}: use .xlsx, .csv or a report text .txt`,
  );
}

/** Adds the file name to a problem found inside it, so the message says where to look. */
function inFile(filePath: string, run: () => MeasureTable): MeasureTable {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) {
      throw new InputError(error.code, `${filePath}: ${error.messageTh}`, `${filePath}: ${error.messageEn}`, error.ref);
    }
    throw error;
  }
}

export async function loadTable(filePath: string): Promise<LoadedTable> {
  const format = formatOf(filePath);
  if (format === 'xlsx') {
    const { sheetName, grid, extra } = await readXlsxGrid(filePath, [SHEETS.settings, SHEETS.templates, SHEETS.confirmations, SHEETS.synonyms]);
    const loaded: LoadedTable = { path: filePath, format, sheetName, table: inFile(filePath, () => readGrid(grid)) };
    if (extra[SHEETS.settings]) loaded.settingsValues = extra[SHEETS.settings];
    if (extra[SHEETS.templates]) loaded.templateValues = extra[SHEETS.templates];
    loaded.agency = { confirmations: extra[SHEETS.confirmations] ?? null, synonyms: extra[SHEETS.synonyms] ?? null };
    return loaded;
  }
  if (format === 'csv') {
    const { grid } = await readCsvGrid(filePath);
    return { path: filePath, format, table: inFile(filePath, () => readGrid(grid)) };
  }
  const text = (await readInputFile(filePath)).toString('utf8');
  return { path: filePath, format, table: inFile(filePath, () => parseReportText(text)) };
}

function assertSameFormat(loaded: LoadedTable, outPath: string): void {
  if (formatOf(outPath) !== loaded.format) {
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `ไฟล์ผลลัพธ์ ${outPath} ต้องเป็นชนิดเดียวกับไฟล์ต้นฉบับ (.${loaded.format})`,
      `The output ${outPath} must have the input's format (.${loaded.format})`,
    );
  }
}

/** Writes a copy of the input with the suggestions in their cells; the input is never touched. */
export async function writeFilledCopy(loaded: LoadedTable, outPath: string, fills: SuggestionFill[]): Promise<void> {
  assertSameFormat(loaded, outPath);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  const cells = fills.filter((f) => f.row >= 0).map((f) => ({ row: f.row, column: f.column, text: f.text }));
  if (loaded.format === 'xlsx') return writeXlsxCells(loaded.path, outPath, cells, loaded.sheetName);
  if (loaded.format === 'csv') return writeCsvCells(loaded.path, outPath, cells);
  await assertDistinctOutput(loaded.path, outPath);
  await writeFileAtomic(outPath, renderReportText(loaded.table, fills));
}

/** The sheet layout of a table (import of an old report): .xlsx or .csv by the output's name. */
export async function writeSheetLayout(table: MeasureTable, outPath: string): Promise<void> {
  const format = formatOf(outPath);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  const grid = tableToGrid(table);
  if (format === 'xlsx') {
    return writeGridXlsx(outPath, grid, { sheetName: SHEETS.measures, frozenRows: 1, columnWidths: [40, 60, 60, 40], wrap: true });
  }
  if (format === 'csv') return writeCsvGrid(outPath, grid);
  throw new InputError(
    'UNSUPPORTED_FORMAT',
    `นำเข้าได้เป็น .xlsx หรือ .csv เท่านั้น (${outPath})`,
    `Import writes .xlsx or .csv only (${outPath})`,
  );
}
