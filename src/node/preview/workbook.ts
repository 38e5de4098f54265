/**
 * The preview's "spreadsheet": a grid of strings loaded from .xlsx, .csv or report .txt, kept in
 * memory so fills show up at once, and copied under out/ whenever it changes.
 */
import path from 'node:path';
import { toA1 } from '../../core/a1';
import { tableToGrid } from '../../core/reportText';
import type { ReportPreamble } from '../../core/types';
import type { CellRange } from '../../core/merges';
import { SHEETS } from '../../core/settings';
import { readCsvGrid, writeCsvCells, type CsvDelimiter } from '../csv';
import { agencySheetsOf, formatOf, loadTable, type TableFormat } from '../tableFiles';
import { readXlsxGrid, writeGridXlsx, writeXlsxCells } from '../xlsx';
import type { FillTarget, SkippedCell } from '../xlsxParts';

export type SourceKind = TableFormat;

export interface PreviewWorkbook {
  source: string;
  kind: SourceKind;
  sheetName: string;
  grid: string[][];
  /** Workbook source: the measures sheet's merged ranges (read as the sheet shows them). */
  merges?: CellRange[];
  /** Title and introduction when the source is report text (used for the report). */
  preamble?: ReportPreamble;
  /** Every cell the preview has written so far (an .xlsx copy gets all of them). */
  written: FillTarget[];
  /** CSV source: its separator, kept in the filled copy. */
  delimiter?: CsvDelimiter;
  /** The agency's confirmations and synonyms sheets (from the workbook; confirmations made in the preview are added here, in memory). */
  agency: { confirmations: string[][] | null; synonyms: string[][] | null; hidden?: string[] };
  /** The add-on's settings and suggestion-template sheets, when the workbook was downloaded from it. */
  settingsValues?: string[][];
  templateValues?: string[][];
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
    const { sheetName, grid, merges, extra, hiddenExtra } = await readXlsxGrid(file, [SHEETS.confirmations, SHEETS.synonyms, SHEETS.settings, SHEETS.templates]);
    const agency = agencySheetsOf(extra, hiddenExtra);
    const workbook: PreviewWorkbook = { source: file, kind: 'xlsx', sheetName, grid, merges, written: [], agency };
    if (extra[SHEETS.settings]) workbook.settingsValues = extra[SHEETS.settings];
    if (extra[SHEETS.templates]) workbook.templateValues = extra[SHEETS.templates];
    return workbook;
  }
  if (format === 'csv') {
    const { grid, delimiter } = await readCsvGrid(file);
    return { source: file, kind: 'csv', sheetName: path.basename(file, ext), grid, written: [], agency: noAgencySheets(), delimiter };
  }
  // Report text becomes the sheet layout a coordinator would paste in, so findings get cells
  // (an Excel table saved as text is read as the table it is, see loadTable).
  const { table } = await loadTable(file);
  return { source: file, kind: 'txt', sheetName: DEFAULT_SHEET_NAME, grid: tableToGrid(table), preamble: table.preamble, written: [], agency: noAgencySheets() };
}

/** Sets cells in memory (growing the grid when needed). */
function setCells(workbook: PreviewWorkbook, cells: FillTarget[]): void {
  for (const cell of cells) {
    while (workbook.grid.length <= cell.row) workbook.grid.push([]);
    const line = workbook.grid[cell.row];
    while (line.length <= cell.column) line.push('');
    line[cell.column] = cell.text;
    workbook.written.push(cell);
  }
}

/**
 * Writes `cells` and saves the sheet under outDir in the source's own format (report text becomes
 * .xlsx). A workbook is filled at the level of its parts, which leaves some cells alone (a formula,
 * a merge the cell does not start): those are returned with the reason and not set in memory
 * either, so the preview shows what the copy holds.
 */
export async function fillAndSave(workbook: PreviewWorkbook, outDir: string, cells: FillTarget[]): Promise<{ path: string; skipped: SkippedCell[] }> {
  const base = path.basename(workbook.source, path.extname(workbook.source));
  if (workbook.kind === 'xlsx') {
    const out = path.join(outDir, `${base}-filled.xlsx`);
    const { written, skipped } = await writeXlsxCells(workbook.source, out, [...workbook.written, ...cells], workbook.sheetName);
    setCells(workbook, cells.filter((cell) => written.includes(toA1(cell.row, cell.column))));
    return { path: out, skipped };
  }
  if (workbook.kind === 'csv') {
    // The source with every cell written so far, each other cell as it was (see writeCsvCells).
    const out = path.join(outDir, `${base}-filled.csv`);
    await writeCsvCells(workbook.source, out, [...workbook.written, ...cells]);
    setCells(workbook, cells);
    return { path: out, skipped: [] };
  }
  setCells(workbook, cells);
  const out = path.join(outDir, `${base}-filled.xlsx`);
  await writeGridXlsx(out, workbook.grid, { sheetName: workbook.sheetName, columnWidths: [30, 50, 50, 40] });
  return { path: out, skipped: [] };
}
