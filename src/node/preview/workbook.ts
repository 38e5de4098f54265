/**
 * The preview's "spreadsheet": a grid of strings loaded from .xlsx, .csv or report .txt, kept in
 * memory so fills show up at once, and copied under out/ whenever it changes.
 */
import path from 'node:path';
import { parseReportText, tableToGrid } from '../../core/reportText';
import type { ReportPreamble } from '../../core/types';
import { SHEETS } from '../../core/settings';
import { readCsvGrid, writeCsvGrid, type CsvDelimiter } from '../csv';
import { readInputFile } from '../fileErrors';
import { formatOf, type TableFormat } from '../tableFiles';
import { readXlsxGrid, writeGridXlsx, writeXlsxCells, type CellText } from '../xlsx';

export type SourceKind = TableFormat;

export interface PreviewWorkbook {
  source: string;
  kind: SourceKind;
  sheetName: string;
  grid: string[][];
  /** Title and introduction when the source is report text (used for the report). */
  preamble?: ReportPreamble;
  /** Every cell the preview has written so far (an .xlsx copy gets all of them). */
  written: CellText[];
  /** CSV source: its separator, kept in the filled copy. */
  delimiter?: CsvDelimiter;
  /** The agency's confirmations and synonyms sheets (from the workbook; confirmations made in the preview are added here, in memory). */
  agency: { confirmations: string[][] | null; synonyms: string[][] | null };
}

export const DEFAULT_SHEET_NAME = SHEETS.measures;

function noAgencySheets(): PreviewWorkbook['agency'] {
  return { confirmations: null, synonyms: null };
}

/** Appends a row to one of the agency's sheets (created with its header when missing); returns its 1-based row. */
export function appendAgencyRow(workbook: PreviewWorkbook, sheet: 'confirmations' | 'synonyms', header: string[], row: (string | number)[]): number {
  const grid = (workbook.agency[sheet] ??= [header]);
  grid.push(row.map(String));
  return grid.length;
}

export async function loadWorkbook(file: string): Promise<PreviewWorkbook> {
  const ext = path.extname(file);
  const format = formatOf(file);
  if (format === 'xlsx') {
    const { sheetName, grid, extra } = await readXlsxGrid(file, [SHEETS.confirmations, SHEETS.synonyms]);
    const agency = { confirmations: extra[SHEETS.confirmations] ?? null, synonyms: extra[SHEETS.synonyms] ?? null };
    return { source: file, kind: 'xlsx', sheetName, grid, written: [], agency };
  }
  if (format === 'csv') {
    const { grid, delimiter } = await readCsvGrid(file);
    return { source: file, kind: 'csv', sheetName: path.basename(file, ext), grid, written: [], agency: noAgencySheets(), delimiter };
  }
  // Report text becomes the sheet layout a coordinator would paste in, so findings get cells.
  const table = parseReportText((await readInputFile(file)).toString('utf8'));
  return { source: file, kind: 'txt', sheetName: DEFAULT_SHEET_NAME, grid: tableToGrid(table), preamble: table.preamble, written: [], agency: noAgencySheets() };
}

/** Sets cells in memory (growing the grid when needed). */
export function setCells(workbook: PreviewWorkbook, cells: CellText[]): void {
  for (const { row, column, text } of cells) {
    while (workbook.grid.length <= row) workbook.grid.push([]);
    const line = workbook.grid[row];
    while (line.length <= column) line.push('');
    line[column] = text;
    workbook.written.push({ row, column, text });
  }
}

/** Writes the current sheet under outDir in the source's own format (report text becomes .xlsx). */
export async function saveFilledCopy(workbook: PreviewWorkbook, outDir: string): Promise<string> {
  const base = path.basename(workbook.source, path.extname(workbook.source));
  if (workbook.kind === 'xlsx') {
    const out = path.join(outDir, `${base}-filled.xlsx`);
    await writeXlsxCells(workbook.source, out, workbook.written, workbook.sheetName);
    return out;
  }
  if (workbook.kind === 'csv') {
    const out = path.join(outDir, `${base}-filled.csv`);
    await writeCsvGrid(out, workbook.grid, workbook.delimiter);
    return out;
  }
  const out = path.join(outDir, `${base}-filled.xlsx`);
  await writeGridXlsx(out, workbook.grid, { sheetName: workbook.sheetName, columnWidths: [30, 50, 50, 40] });
  return out;
}
