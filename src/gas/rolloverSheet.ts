/**
 * "เริ่มปีงบประมาณใหม่" in the spreadsheet: the core's rollover plan applied with a fixed number of
 * service calls. The current measures sheet is renamed `มาตรการ <ปี>` and protected with a warning
 * (editors are warned before changing last year's record, nobody is locked out; a protection
 * someone already set is kept as it is), a new `มาตรการ`
 * sheet comes first (values with their number formats), last year's problems and suggestions
 * become notes, the settings' fiscal year moves on by one and the edition to the plan, last year's
 * report date, cut-off and introduction are cleared (each kept in its cell's note), and last
 * year's confirmations are kept as `การยืนยันผลตรวจ <ปี>` (warned like the measures) beside a fresh,
 * empty sheet. Nothing is deleted.
 */
import { SHEETS, planRollover, rolloverSettingsSaid, type RolloverPlan } from '../core';
import { UserError } from './errors';
import { measuresSheet, mergesOf, rangeGrowing, writeBlock } from './sheetio';
import { ensureAgencySheet } from './agencySheets';
import { readSettings } from './settings';
import { fileLegacyState } from './editionState';
import { formatMeasuresSheet } from './setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RolloverResult {
  fiscalYear: number;
  nextFiscalYear: number;
  archiveName: string;
  measures: number;
  message: string;
}

/** The plan, or a clear refusal when this year was already rolled over (reads: values, formats and merges, settings and their notes). */
export function planSheetRollover(ss: Spreadsheet): RolloverPlan {
  const read = readSettings(ss);
  const fiscalYear = read.report.fiscalYear;
  const range = measuresSheet(ss).getDataRange();
  const settings = ss.getSheetByName(SHEETS.settings)?.getDataRange() ?? null;
  // The values with their number formats: the new sheet shows 20,000 and 80% as this one does.
  const plan = planRollover(range.getValues(), settings ? settings.getValues() : null, fiscalYear, {
    numberFormats: range.getNumberFormats(),
    merges: mergesOf(range),
    settingsNotes: settings ? settings.getNotes() : undefined,
    timeZone: read.timeZone,
  });
  // Checked before anything moves: a rollover stopped half-way would leave the year half started.
  const taken = [plan.archiveName, plan.confirmationsArchiveName].find((name) => ss.getSheetByName(name));
  if (taken) {
    throw new UserError(
      'ALREADY_ROLLED_OVER',
      `มีชีต “${taken}” อยู่แล้ว ปีงบประมาณ ${fiscalYear} อาจเริ่มปีใหม่ไปแล้ว ตรวจ “ปีงบประมาณ (พ.ศ.)” ในชีตตั้งค่า`,
      `A sheet named “${taken}” already exists: fiscal year ${fiscalYear} may already have been rolled over (check the settings)`,
    );
  }
  return plan;
}

/**
 * Last year's sheet kept under `name`, with a warning on edits (editors are warned, nobody is locked
 * out). A sheet someone already protected keeps that protection: protect() would return it, and
 * setWarningOnly would loosen it to a mere warning.
 */
function archiveSheet(sheet: Sheet, name: string, description: string): void {
  sheet.setName(name);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet.protect().setDescription(description).setWarningOnly(true);
  }
}

/**
 * The settings cells the plan changes: a few single cells (value, and the note that keeps a cleared
 * value) rather than the whole column, which would write back every other setting as read.
 */
function applySettingsCells(ss: Spreadsheet, plan: RolloverPlan): void {
  const settings = ss.getSheetByName(SHEETS.settings);
  if (!settings) return;
  for (const edit of plan.settingsCells) {
    const cell = settings.getRange(edit.row + 1, edit.column + 1);
    cell.setValue(edit.value);
    if (edit.note !== undefined) cell.setNote(edit.note);
  }
}

export function applySheetRollover(ss: Spreadsheet, plan: RolloverPlan): RolloverResult {
  const current = measuresSheet(ss);
  archiveSheet(current, plan.archiveName, `ตารางมาตรการปีงบประมาณ ${plan.fiscalYear} (เก็บไว้เป็นหลักฐาน)`);
  const fresh = ss.insertSheet(SHEETS.measures, 0);
  if (plan.numberFormats && plan.numberFormats.length > 0) {
    // Formats first: a value written into a cell formatted as text stays text.
    rangeGrowing(fresh, 2, 1, plan.numberFormats.length, plan.numberFormats[0].length).setNumberFormats(plan.numberFormats);
  }
  writeBlock(fresh, 1, 1, plan.measures);
  formatMeasuresSheet(fresh, plan.measures[0]);
  if (plan.notes.length > 0) {
    // One call for every note: the block spans the measure column of all new rows.
    const column = plan.notes[0].column;
    const block: (string | null)[][] = plan.measures.slice(1).map(() => [null]);
    for (const note of plan.notes) block[note.row - 1][0] = note.text;
    fresh.getRange(2, column + 1, block.length, 1).setNotes(block);
  }
  applySettingsCells(ss, plan);
  // Last year's confirmations speak of last year's results: kept as they were, and the new year starts with none.
  const confirmations = ss.getSheetByName(SHEETS.confirmations);
  const archived = confirmations !== null && confirmations.getLastRow() > 1;
  if (confirmations && archived) {
    archiveSheet(confirmations, plan.confirmationsArchiveName, `การยืนยันผลตรวจปีงบประมาณ ${plan.fiscalYear} (เก็บไว้เป็นหลักฐาน)`);
    ensureAgencySheet(ss, SHEETS.confirmations);
  }
  fileLegacyState(PropertiesService.getDocumentProperties(), plan.fiscalYear);
  fresh.activate();
  const count = plan.measures.length - 1;
  return {
    fiscalYear: plan.fiscalYear,
    nextFiscalYear: plan.nextFiscalYear,
    archiveName: plan.archiveName,
    measures: count,
    message: `เริ่มปีงบประมาณ ${plan.nextFiscalYear} แล้ว: ${count} มาตรการในชีต “${SHEETS.measures}” ตารางปี ${plan.fiscalYear} เก็บไว้ในชีต “${plan.archiveName}” (มีคำเตือนเมื่อแก้ไข)${rolloverSettingsSaid(plan, 'th')}${archived ? ` การยืนยันผลตรวจปี ${plan.fiscalYear} เก็บไว้ในชีต “${plan.confirmationsArchiveName}”` : ''}`,
  };
}
