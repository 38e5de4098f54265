import { COLUMNS, EXTRA_COLUMNS, MEASURE_HEADERS, classifyExtraHeader, classifyHeader, columnHeader, findHeaderRow, type TableColumn } from '../core';
import { SHEETS } from './names';
import { SETTINGS_HEADER, TEMPLATES_HEADER, settingsRows, templateRows } from './settings';
import { HEADER_BACKGROUND, isEmptyRow, rangeGrowing, writeBlock } from './sheetio';
import { AGENCY_SHEETS, ensureAgencySheet } from './agencySheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PUBLISH_LOG_HEADER = [
  'วันที่เผยแพร่', 'ผู้เผยแพร่', 'ฉบับที่', 'Google เอกสาร', 'PDF', 'ข้อผิดพลาด', 'คำเตือน', 'เผยแพร่แม้มีข้อผิดพลาด', 'การแชร์',
  'ยืนยันโดยผู้ประสานงาน', 'ฉบับรายงาน', 'ปีงบประมาณ', 'ข้อความตอบ ITAS',
];

/** Column widths in pixels by what a header names: steps and results wide (Thai text wraps in long lines), short facts narrow. */
export function measureColumnWidth(header: string): number {
  const kind = classifyHeader(header) ?? classifyExtraHeader(header);
  if (kind === 'steps' || kind === 'results') return 420;
  if (kind === 'suggestion') return 300;
  if (kind === 'measure') return 260;
  if (kind === 'number') return 50;
  return kind === 'evidence' || kind === 'indicator' ? 240 : 160;
}

/** The header row bold, shaded and frozen; widths by column; whole columns wrapped and top-aligned. */
export function formatMeasuresSheet(sheet: Sheet, headers: string[]): void {
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setHorizontalAlignment('center');
  sheet.setFrozenRows(1);
  headers.forEach((h, i) => sheet.setColumnWidth(i + 1, measureColumnWidth(h)));
  // Whole columns wrap and align top so multi-line steps stay readable.
  sheet.getRange(1, 1, sheet.getMaxRows(), headers.length).setWrap(true).setVerticalAlignment('top');
}

export interface SetupResult {
  created: string[];
  kept: string[];
  message: string;
}

/** The measures sheet with its header row, if it does not exist or is completely empty. */
export function ensureMeasuresSheet(ss: Spreadsheet, result: SetupResult): Sheet {
  let sheet = ss.getSheetByName(SHEETS.measures);
  if (sheet && sheet.getLastRow() > 0) {
    result.kept.push(SHEETS.measures);
    return sheet;
  }
  if (!sheet) sheet = ss.insertSheet(SHEETS.measures, 0);
  const headers = COLUMNS.map((c) => MEASURE_HEADERS[c]);
  rangeGrowing(sheet, 1, 1, 1, headers.length).setValues([headers]);
  formatMeasuresSheet(sheet, headers);
  result.created.push(SHEETS.measures);
  return sheet;
}

/**
 * A key/value sheet: created when missing; when present only rows whose key is missing are appended
 * below the existing ones (nothing already typed is changed).
 */
function ensureKeyedSheet(ss: Spreadsheet, name: string, header: string[], rows: (string | number)[][], keyColumn: number, result: SetupResult, widths: number[]): void {
  const sheet = ss.getSheetByName(name);
  if (!sheet) {
    const created = ss.insertSheet(name);
    writeBlock(created, 1, 1, [header, ...rows]);
    created.getRange(1, 1, 1, header.length).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    created.setFrozenRows(1);
    widths.forEach((w, i) => created.setColumnWidth(i + 1, w));
    created.getRange(1, 1, rows.length + 1, header.length).setWrap(true).setVerticalAlignment('top');
    result.created.push(name);
    return;
  }
  const values = sheet.getDataRange().getValues();
  const present = new Set(values.map((row) => String(row[keyColumn] ?? '').trim()));
  // Settings rows are keyed by column C but also recognised by their Thai label (column A).
  const labels = new Set(values.map((row) => String(row[0] ?? '').trim()));
  const missing = rows.filter((row) => !present.has(String(row[keyColumn])) && !labels.has(String(row[0])));
  const empty = values.length === 1 && isEmptyRow(values[0]);
  if (empty) {
    writeBlock(sheet, 1, 1, [header, ...rows]);
    result.created.push(name);
  } else if (missing.length > 0) {
    writeBlock(sheet, sheet.getLastRow() + 1, 1, missing);
    result.created.push(`${name} (+${missing.length})`);
  } else {
    result.kept.push(name);
  }
}

function ensurePublishLog(ss: Spreadsheet, result: SetupResult): Sheet {
  let sheet = ss.getSheetByName(SHEETS.publishLog);
  if (sheet) {
    result.kept.push(SHEETS.publishLog);
    return sheet;
  }
  sheet = ss.insertSheet(SHEETS.publishLog);
  sheet.getRange(1, 1, 1, PUBLISH_LOG_HEADER.length).setValues([PUBLISH_LOG_HEADER]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  result.created.push(SHEETS.publishLog);
  return sheet;
}

/** The publish log; a log started before editions existed gets the new column headers (only blank header cells are written). */
export function publishLogSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.getSheetByName(SHEETS.publishLog);
  if (!sheet) return ensurePublishLog(ss, { created: [], kept: [], message: '' });
  const header = rangeGrowing(sheet, 1, 1, 1, PUBLISH_LOG_HEADER.length).getValues()[0];
  const first = header.findIndex((cell) => cell === '');
  if (first >= 0 && header.slice(first).every((cell) => cell === '')) {
    sheet.getRange(1, first + 1, 1, PUBLISH_LOG_HEADER.length - first).setValues([PUBLISH_LOG_HEADER.slice(first)]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  }
  return sheet;
}

/** Set-up offers the columns the ITA criteria ask for when the measures table lacks some of them. */
function extraColumnsOffer(ss: Spreadsheet): string {
  const sheet = ss.getSheetByName(SHEETS.measures);
  if (!sheet || sheet.getLastRow() === 0) return '';
  // The header row as the reader finds it (title rows may stand above it), in one read of the first rows.
  const top = sheet.getRange(1, 1, Math.min(sheet.getLastRow(), 10), Math.max(sheet.getLastColumn(), 1)).getValues().map((row) => row.map((v) => String(v ?? '')));
  const { match } = findHeaderRow(top);
  if (!match) return '';
  const present = new Set<TableColumn>(Object.keys(match.columns.extra ?? {}) as TableColumn[]);
  if (match.columns.suggestion !== undefined) present.add('suggestion');
  const missing: TableColumn[] = [...(present.has('suggestion') ? [] : ['suggestion' as const]), ...EXTRA_COLUMNS.filter((c) => !present.has(c))];
  return missing.length
    ? ` · เพิ่มคอลัมน์ตามเกณฑ์ ITA (${missing.map((c) => columnHeader(c)).join(', ')}) ได้ที่เมนู “เพิ่มคอลัมน์ตามเกณฑ์ ITA”`
    : '';
}

/** Creates what is missing, never touching what exists. */
export function setupSpreadsheet(ss: Spreadsheet): SetupResult {
  const result: SetupResult = { created: [], kept: [], message: '' };
  ensureMeasuresSheet(ss, result);
  ensureKeyedSheet(ss, SHEETS.settings, SETTINGS_HEADER, settingsRows(), 2, result, [200, 320, 120, 420]);
  ensureKeyedSheet(ss, SHEETS.templates, TEMPLATES_HEADER, templateRows(), 0, result, [140, 560, 320]);
  ensurePublishLog(ss, result);
  for (const { name } of AGENCY_SHEETS) (ensureAgencySheet(ss, name).created ? result.created : result.kept).push(name);
  const created = result.created.length ? `สร้าง/เพิ่ม: ${result.created.join(', ')}` : 'ไม่มีชีตที่ต้องสร้างเพิ่ม';
  const kept = result.kept.length ? ` · มีอยู่แล้ว (ไม่แก้ไข): ${result.kept.join(', ')}` : '';
  result.message = `ตั้งค่าชีตเรียบร้อย — ${created}${kept}${extraColumnsOffer(ss)}`;
  return result;
}
