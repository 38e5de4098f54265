/**
 * `rollover FILE -o NEXT.xlsx`: the workbook for the next fiscal year. The current measures sheet
 * is kept as `มาตรการ <ปี>` (protected), a fresh `มาตรการ` comes first with the measures, steps,
 * extra and plan columns, last year's problems and suggestions as notes; the settings' fiscal year
 * moves on by one and the edition to the plan, last year's report date, cut-off and introduction
 * are cleared (each kept in its cell's note), and last year's confirmations are kept as
 * `การยืนยันผลตรวจ <ปี>` (protected) beside a fresh, empty sheet. The input is never modified; the
 * output is written to a temporary file, then renamed.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { promises as fs } from 'fs';
import {
  InputError,
  SHEETS,
  assertEveryRowPlaced,
  CONFIRMATIONS_HEADER,
  classifyExtraHeader,
  classifyHeader,
  fiscalYearBE,
  planRollover,
  readGrid,
  settingsFiscalYear,
  settingsRows,
  SETTINGS_HEADER,
  tableToGrid,
  type RolloverPlan,
} from '../core';
import { fillTextGrid, loadWorkbook, pickMeasureSheet, quotedList, worksheetMerges, worksheetToGrid } from './xlsx';
import { readCsvGrid } from './csv';
import { formatOf, inFile, loadTable } from './tableFiles';
import { assertDistinctOutput, writeFileAtomic } from './fileErrors';

export interface RolloverOptions {
  /** The fiscal year being closed (B.E.); default: the settings sheet's, the title's, or today's. */
  fiscalYear?: number;
  now?: Date;
}

/** The plan, and whether the year closed was today's fiscal year for want of any other (said to the reader). */
export type WrittenRollover = RolloverPlan & { yearDefaulted: boolean; confirmationsArchived: boolean };

/** The year being closed: the option, else the settings sheet's or the title's (`stated`), else today's fiscal year. */
function closingYear(options: RolloverOptions, stated: number | null | undefined): { fiscalYear: number; yearDefaulted: boolean } {
  const year = options.fiscalYear ?? stated ?? undefined;
  return year === undefined ? { fiscalYear: fiscalYearBE(options.now ?? new Date()), yearDefaulted: true } : { fiscalYear: year, yearDefaulted: false };
}

/** Column widths (characters) by what the header names: long lists wide, short facts narrow. */
function widthOf(header: string): number {
  const kind = classifyHeader(header) ?? classifyExtraHeader(header);
  if (kind === 'steps' || kind === 'results') return 60;
  if (kind === 'measure' || kind === 'suggestion') return 40;
  if (kind === 'number') return 6;
  return 24;
}

function fillMeasuresSheet(sheet: ExcelJS.Worksheet, plan: RolloverPlan): void {
  fillTextGrid(sheet, plan.measures, { columnWidths: plan.measures[0].map(widthOf) });
  for (const note of plan.notes) sheet.getCell(note.row + 1, note.column + 1).note = note.text;
}

/** Last year's sheet stays readable but cannot be edited by mistake (Excel and Sheets both honour it). */
async function protectArchive(sheet: ExcelJS.Worksheet): Promise<void> {
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

/** The notes of a sheet's cells as a grid (0-based, '' where none), as the plan reads them. */
function notesGrid(sheet: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const note = cell.note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      if (text) (grid[r - 1] ??= [])[c - 1] = text;
    });
  });
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? ''));
}

function applySettingsCells(sheet: ExcelJS.Worksheet, plan: RolloverPlan): void {
  for (const edit of plan.settingsCells) {
    const cell = sheet.getCell(edit.row + 1, edit.column + 1);
    // An empty string, not null: exceljs writes no cell, and so no note, for a null value.
    cell.value = edit.value;
    if (edit.note !== undefined) cell.note = edit.note;
  }
}

/** Last year's confirmations kept under the year's name (protected), a fresh sheet with the header beside them; none when there were none. */
async function archiveConfirmations(workbook: ExcelJS.Workbook, plan: RolloverPlan): Promise<boolean> {
  const sheet = workbook.worksheets.find((s) => s.name.normalize('NFC') === SHEETS.confirmations);
  if (!sheet || worksheetToGrid(sheet).length < 2) return false;
  sheet.name = plan.confirmationsArchiveName;
  await protectArchive(sheet);
  const fresh = workbook.addWorksheet(SHEETS.confirmations, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  fresh.addRow([...CONFIRMATIONS_HEADER]).font = { bold: true };
  return true;
}

function addSettingsSheet(workbook: ExcelJS.Workbook, nextYear: number, agency: string): void {
  const sheet = workbook.addWorksheet(SHEETS.settings);
  sheet.addRow([...SETTINGS_HEADER]);
  for (const row of settingsRows({ fiscalYear: nextYear, agency, edition: 'แผน' })) sheet.addRow(row);
}

function alreadyRolled(workbook: ExcelJS.Workbook, plan: RolloverPlan, file: string): void {
  const names = new Set(workbook.worksheets.map((s) => s.name.normalize('NFC')));
  const taken = [plan.archiveName, plan.confirmationsArchiveName].find((name) => names.has(name));
  if (taken) {
    throw new InputError(
      'NOT_A_TABLE',
      `${file}: มีแผ่นงาน “${taken}” อยู่แล้ว ปีงบประมาณนี้อาจเริ่มปีใหม่ไปแล้ว ตรวจปีงบประมาณในชีตตั้งค่า`,
      `${file}: a sheet named “${taken}” already exists; this year may already have been rolled over (check the fiscal year in the settings)`,
    );
  }
}

/** The new measures sheet placed first, so the workbook opens on the new year. */
function addFirstSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // exceljs orders sheets by `orderNo` when writing the workbook.
  (sheet as unknown as { orderNo: number }).orderNo = Math.min(...workbook.worksheets.map((s) => (s as unknown as { orderNo: number }).orderNo)) - 1;
  return sheet;
}

async function rolloverXlsx(inPath: string, options: RolloverOptions): Promise<{ workbook: ExcelJS.Workbook; plan: WrittenRollover }> {
  // One read of the file: the workbook is both what is planned from and what is written back.
  const workbook = await loadWorkbook(inPath);
  const { sheet: current, grid: currentGrid, lookedAt, otherTables } = pickMeasureSheet(workbook);
  // Yearly tabs: archiving the first one found may archive the wrong year, and rollover renames and
  // locks what it archives, so it asks which instead of guessing (check only warns).
  if (otherTables.length > 0) {
    throw new InputError(
      'NOT_A_TABLE',
      `${inPath}: แผ่นงาน ${quotedList([current.name, ...otherTables])} มีตารางมาตรการทุกแผ่น จึงไม่รู้ว่าจะเริ่มปีใหม่จากแผ่นใด ให้ตั้งชื่อแผ่นงานของปีนี้ว่า “${SHEETS.measures}” แล้วลองใหม่`,
      `${inPath}: sheets ${quotedList([current.name, ...otherTables])} all hold a measures table, so which year to roll over is unclear; name this year's sheet “${SHEETS.measures}” and try again`,
    );
  }
  const settingsSheet = workbook.worksheets.find((s) => s.name.normalize('NFC') === SHEETS.settings);
  const settingsGrid = settingsSheet ? worksheetToGrid(settingsSheet) : null;
  const sheet = { name: current.name, lookedAt };
  const merges = worksheetMerges(current);
  const title = inFile(inPath, () => readGrid(currentGrid, merges).preamble, sheet);
  const { fiscalYear, yearDefaulted } = closingYear(options, settingsFiscalYear(settingsGrid) ?? title?.fiscalYear);
  const plan = inFile(inPath, () => planRollover(currentGrid, settingsGrid, fiscalYear, { settingsNotes: settingsSheet ? notesGrid(settingsSheet) : undefined, merges }), sheet);
  alreadyRolled(workbook, plan, inPath);
  current.name = plan.archiveName;
  await protectArchive(current);
  fillMeasuresSheet(addFirstSheet(workbook, SHEETS.measures), plan);
  const confirmationsArchived = await archiveConfirmations(workbook, plan);
  if (settingsSheet) {
    applySettingsCells(settingsSheet, plan);
  } else {
    // The agency the title rows above the table name, if they name one.
    addSettingsSheet(workbook, plan.nextFiscalYear, title?.agency ?? '');
  }
  return { workbook, plan: { ...plan, yearDefaulted, confirmationsArchived } };
}

/** A .csv or report text has no workbook around it: the output gets last year's table, the new one and settings. */
async function rolloverTable(inPath: string, options: RolloverOptions): Promise<{ workbook: ExcelJS.Workbook; plan: WrittenRollover }> {
  // A CSV is its grid, read once; report text is parsed once and laid out as a sheet.
  const loaded = formatOf(inPath) === 'csv' ? null : await loadTable(inPath);
  if (loaded) inFile(inPath, () => assertEveryRowPlaced(loaded.table));
  const grid = loaded ? tableToGrid(loaded.table) : (await readCsvGrid(inPath)).grid;
  // A CSV's title rows above its header say its year and agency as a report text's title does.
  const preamble = loaded ? loaded.table.preamble : inFile(inPath, () => readGrid(grid).preamble);
  const { fiscalYear, yearDefaulted } = closingYear(options, preamble?.fiscalYear);
  const plan = inFile(inPath, () => planRollover(grid, null, fiscalYear));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ita-sheets';
  fillMeasuresSheet(workbook.addWorksheet(SHEETS.measures, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] }), plan);
  const archive = workbook.addWorksheet(plan.archiveName);
  fillTextGrid(archive, grid);
  await protectArchive(archive);
  addSettingsSheet(workbook, plan.nextFiscalYear, preamble?.agency ?? '');
  return { workbook, plan: { ...plan, yearDefaulted, confirmationsArchived: false } };
}

export async function writeRollover(inPath: string, outPath: string, options: RolloverOptions = {}): Promise<WrittenRollover> {
  if (path.extname(outPath).toLowerCase() !== '.xlsx') {
    throw new InputError('UNSUPPORTED_FORMAT', `ไฟล์ปีใหม่ต้องเป็น .xlsx (${outPath})`, `The next year's file must be .xlsx (${outPath})`);
  }
  await assertDistinctOutput(inPath, outPath);
  const { workbook, plan } = formatOf(inPath) === 'xlsx' ? await rolloverXlsx(inPath, options) : await rolloverTable(inPath, options);
  await fs.mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  await writeFileAtomic(outPath, Buffer.from(await workbook.xlsx.writeBuffer()));
  return plan;
}
