/**
 * The agency's two sheets the coordinators write through the sidebar: confirmations
 * (`การยืนยันผลตรวจ`) and synonyms (`คำพ้องความหมาย`). Reading costs two lookups and two reads
 * whatever their size; writing appends one row and never changes a row already there.
 */
import { CONFIRMATIONS_HEADER, SYNONYMS_HEADER, type AgencySheets } from '../core';
import { SHEETS } from './names';
import { confirmationVerifier } from './confirmationDigest';
import { HEADER_BACKGROUND, rangeGrowing, sheetValues, writeBlock } from './sheetio';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Both sheets' values, which of them are hidden (they still count: people are told) and the check
 * of a confirmation row's signature.
 */
export function readAgencySheets(ss: Spreadsheet, timeZone: string): AgencySheets {
  const hidden = [SHEETS.confirmations, SHEETS.synonyms].filter((name) => ss.getSheetByName(name)?.isSheetHidden());
  return {
    confirmations: sheetValues(ss, SHEETS.confirmations), synonyms: sheetValues(ss, SHEETS.synonyms), timeZone,
    ...(hidden.length ? { hidden } : {}), verify: confirmationVerifier(),
  };
}

export const AGENCY_SHEETS: { name: string; header: string[]; widths: number[] }[] = [
  { name: SHEETS.confirmations, header: CONFIRMATIONS_HEADER, widths: [70, 70, 110, 100, 240, 200, 170, 320, 320, 120] },
  { name: SHEETS.synonyms, header: SYNONYMS_HEADER, widths: [180, 180, 180, 180] },
];

/**
 * The sheet, created with its header when missing; an existing sheet is returned as it is (an
 * empty one gets the header), so nothing a person typed is changed. `created` says which happened.
 */
export function ensureAgencySheet(ss: Spreadsheet, name: string): { sheet: Sheet; created: boolean } {
  const spec = AGENCY_SHEETS.find((s) => s.name === name);
  if (!spec) throw new Error(`not an agency sheet: ${name}`);
  const existing = ss.getSheetByName(name);
  if (existing && existing.getLastRow() > 0) return { sheet: existing, created: false };
  const sheet = existing ?? ss.insertSheet(name);
  rangeGrowing(sheet, 1, 1, 1, spec.header.length).setValues([spec.header]).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
  spec.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return { sheet, created: true };
}

/** Appends one row below the last (text written as text) and returns its 1-based row number. */
export function appendAgencyRow(ss: Spreadsheet, name: string, row: (string | number)[]): number {
  const { sheet } = ensureAgencySheet(ss, name);
  const at = sheet.getLastRow() + 1;
  writeBlock(sheet, at, 1, [row]);
  return at;
}
