/**
 * Set-up's offer of the columns the ITA criteria ask for (responsible, timeframe, budget, indicator,
 * evidence, and the problems / suggestions column a table may lack): the missing ones are added as
 * headers to the right of everything in the measures sheet, so no cell anyone typed moves or
 * changes. Existing extra columns, under any of their spellings, are left as they are.
 */
import { EXTRA_COLUMNS, columnHeader, readGrid, type TableColumn } from '../core';
import { HEADER_BACKGROUND, measuresSheet, rangeGrowing } from './sheetio';
import { measureColumnWidth } from './setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ExtraColumnsResult {
  added: TableColumn[];
  message: string;
}

export function addExtraColumns(ss: Spreadsheet): ExtraColumnsResult {
  const sheet = measuresSheet(ss);
  const values = sheet.getDataRange().getValues();
  // readGrid explains a missing header row in the coordinator's words.
  const table = readGrid(values);
  const present = table.columns?.extra ?? {};
  // The problems / suggestions column too, when the table has none: it is where suggestions are filled.
  const added: TableColumn[] = [
    ...(table.columns?.suggestion === undefined ? ['suggestion' as const] : []),
    ...EXTRA_COLUMNS.filter((c) => present[c] === undefined),
  ];
  if (added.length === 0) return { added, message: 'ตารางมีคอลัมน์ปัญหา / ข้อเสนอแนะ ผู้รับผิดชอบ ระยะเวลา งบประมาณ ตัวชี้วัด และหลักฐานครบแล้ว' };
  const row = (table.headerRow ?? 0) + 1;
  const first = sheet.getLastColumn() + 1;
  const headers = added.map((c) => columnHeader(c));
  // Only the new columns get formatted: the coordinator's own widths and colours stay.
  // (A sheet with no column to spare gets the ones it lacks: rangeGrowing.)
  rangeGrowing(sheet, row, first, 1, headers.length).setValues([headers]).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setHorizontalAlignment('center');
  headers.forEach((h, i) => sheet.setColumnWidth(first + i, measureColumnWidth(h)));
  sheet.getRange(row, first, sheet.getMaxRows() - row + 1, headers.length).setWrap(true).setVerticalAlignment('top');
  return { added, message: `เพิ่มคอลัมน์ ${headers.map((h) => `“${h}”`).join(' ')} ต่อท้ายตารางแล้ว (ไม่มีข้อมูลเดิมถูกย้ายหรือแก้ไข)` };
}
