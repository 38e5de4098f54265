import { MEASURE_HEADERS, COLUMNS, assertImportable, parseReportText, tableToGrid, formatNumber, type ReportPreamble } from '../core';
import { SHEETS } from './names';
import { UserError } from './errors';
import { activeSpreadsheet, asPlainText, isEmptyRow, writeBlock } from './sheetio';
import { formatMeasuresSheet, setupSpreadsheet } from './setup';

export interface ImportResponse {
  measures: number;
  message: string;
  /** The message names text joined or left out: the dialog stays open until the coordinator has read it. */
  hasNotices: boolean;
}

const HEADER_TEXTS = new Set(COLUMNS.map((c) => MEASURE_HEADERS[c]));

/** True when a row is blank or only repeats the four headers (what set-up writes). */
function isHeaderOrBlank(row: readonly unknown[]): boolean {
  return row.every((v) => v === '' || HEADER_TEXTS.has(String(v).trim()));
}

/**
 * Writes what the report's title says into the settings sheet, as the add-on reads its settings
 * from there: the agency when that cell is still blank, and the fiscal year when set-up has just
 * made the sheet (its year is then only today's default, not a coordinator's choice).
 */
function fillFromTitle(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, preamble: ReportPreamble | undefined, settingsJustMade: boolean): void {
  const sheet = ss.getSheetByName(SHEETS.settings);
  if (!preamble || !sheet) return;
  const values = sheet.getDataRange().getValues();
  const rowOf = (key: string) => values.findIndex((r) => String(r[2]).trim() === key);
  const agency = rowOf('agency');
  if (preamble.agency && agency > 0 && String(values[agency][1]).trim() === '') sheet.getRange(agency + 1, 2).setValue(asPlainText(preamble.agency));
  const year = rowOf('fiscalYear');
  if (settingsJustMade && preamble.fiscalYear !== undefined && year > 0) sheet.getRange(year + 1, 2).setValue(preamble.fiscalYear);
}

/**
 * Pasted report text → the measures sheet, in one setValues. Refuses when the sheet already holds
 * measures: an import must never overwrite a coordinator's work.
 */
export function importReportText(text: string): ImportResponse {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new UserError('EMPTY_INPUT', 'ยังไม่ได้วางข้อความรายงาน วางข้อความทั้งหมดของรายงานเดิม (รวมตาราง) แล้วกดนำเข้า', 'Nothing was pasted: paste the whole report text, including the table');
  }
  const table = parseReportText(text);
  assertImportable(table);
  const ss = activeSpreadsheet();
  const existing = ss.getSheetByName(SHEETS.measures);
  if (existing) {
    const values = existing.getDataRange().getValues();
    const dataRows = values.filter((row, i) => !(i === 0 ? isHeaderOrBlank(row) : isEmptyRow(row)));
    if (dataRows.length > 0) {
      throw new UserError(
        'SHEET_NOT_EMPTY',
        `ชีต “${SHEETS.measures}” มีข้อมูลอยู่แล้ว จึงไม่นำเข้าทับ ลบข้อมูลเดิมออกก่อน หรือเพิ่มชีตใหม่แล้วเปลี่ยนชื่อชีตเดิม`,
        `The “${SHEETS.measures}” sheet already holds data, so nothing was imported. Clear it or rename it first`,
      );
    }
  }
  const setup = setupSpreadsheet(ss);
  const sheet = ss.getSheetByName(SHEETS.measures)!;
  const grid = tableToGrid(table);
  writeBlock(sheet, 1, 1, grid);
  // Set-up laid out the usual four columns; a table with more gets widths and wrapping for its own.
  if (grid[0].length !== COLUMNS.length) formatMeasuresSheet(sheet, grid[0]);
  fillFromTitle(ss, table.preamble, setup.created.includes(SHEETS.settings));
  const n = table.measures.length;
  // Text a page break cut, or a line the copy broke off a cell, joined to the cell before it: say where, so the coordinator can check those cells.
  const joinLines = [...new Set(table.findings.filter((f) => f.code === 'PAGE_BREAK_JOIN' || f.code === 'WRAPPED_LINE').map((f) => f.line))];
  const joined = joinLines.length === 0 ? '' : ` ข้อความต้นหน้าที่บรรทัด ${joinLines.join(', ')} ถูกอ่านเป็นส่วนท้ายของข้อก่อนหน้า ตรวจดูว่าถูกต้อง`;
  // Text the sheet does not get (rows after the table, a note row, a column with no header): say so, with where.
  const left = table.findings.filter((f) => f.code === 'TABLE_END' || f.code === 'NOTE_ROW' || f.code === 'UNHEADED_COLUMN').map((f) => ` ${f.message}`).join('');
  return {
    measures: n,
    hasNotices: joined !== '' || left !== '',
    message: `นำเข้า ${formatNumber(n, 'thai')} มาตรการลงชีต “${SHEETS.measures}” แล้ว${joined}${left} ตรวจดูข้อความ แล้วกด ตรวจสอบ`,
  };
}
