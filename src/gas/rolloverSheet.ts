/**
 * "เริ่มปีงบประมาณใหม่" in the spreadsheet: the core's rollover plan applied with a fixed number of
 * service calls. The current measures sheet is renamed `มาตรการ <ปี>` and protected with a warning
 * (editors are warned before changing last year's record, nobody is locked out; a protection
 * someone already set is kept as it is), a new `มาตรการ`
 * sheet comes first, last year's problems and suggestions become notes, the settings' fiscal year
 * moves on by one. Nothing is deleted.
 */
import { SHEETS, planRollover, type RolloverPlan } from '../core';
import { UserError } from './errors';
import { measuresSheet, sheetValues, writeBlock } from './sheetio';
import { readSettings } from './settings';
import { fileLegacyState } from './editionState';
import { formatMeasuresSheet } from './setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RolloverResult {
  fiscalYear: number;
  nextFiscalYear: number;
  archiveName: string;
  measures: number;
  message: string;
}

/** The plan, or a clear refusal when this year was already rolled over. */
export function planSheetRollover(ss: Spreadsheet): RolloverPlan {
  const fiscalYear = readSettings(ss).report.fiscalYear;
  const plan = planRollover(measuresSheet(ss).getDataRange().getValues(), sheetValues(ss, SHEETS.settings), fiscalYear);
  if (ss.getSheetByName(plan.archiveName)) {
    throw new UserError(
      'ALREADY_ROLLED_OVER',
      `มีชีต “${plan.archiveName}” อยู่แล้ว ปีงบประมาณ ${fiscalYear} อาจเริ่มปีใหม่ไปแล้ว ตรวจ “ปีงบประมาณ (พ.ศ.)” ในชีตตั้งค่า`,
      `A sheet named “${plan.archiveName}” already exists: fiscal year ${fiscalYear} may already have been rolled over (check the settings)`,
    );
  }
  return plan;
}

export function applySheetRollover(ss: Spreadsheet, plan: RolloverPlan): RolloverResult {
  const current = measuresSheet(ss);
  current.setName(plan.archiveName);
  // A sheet someone already protected keeps that protection: protect() would return it, and
  // setWarningOnly would loosen it to a mere warning.
  if (current.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    current.protect()
      .setDescription(`ตารางมาตรการปีงบประมาณ ${plan.fiscalYear} (เก็บไว้เป็นหลักฐาน)`)
      .setWarningOnly(true);
  }
  const fresh = ss.insertSheet(SHEETS.measures, 0);
  writeBlock(fresh, 1, 1, plan.measures);
  formatMeasuresSheet(fresh, plan.measures[0]);
  if (plan.notes.length > 0) {
    // One call for every note: the block spans the measure column of all new rows.
    const column = plan.notes[0].column;
    const block: (string | null)[][] = plan.measures.slice(1).map(() => [null]);
    for (const note of plan.notes) block[note.row - 1][0] = note.text;
    fresh.getRange(2, column + 1, block.length, 1).setNotes(block);
  }
  const settings = ss.getSheetByName(SHEETS.settings);
  if (settings && plan.fiscalYearCell) {
    settings.getRange(plan.fiscalYearCell.row + 1, plan.fiscalYearCell.column + 1).setValue(plan.fiscalYearCell.value);
  }
  fileLegacyState(PropertiesService.getDocumentProperties(), plan.fiscalYear);
  fresh.activate();
  const count = plan.measures.length - 1;
  return {
    fiscalYear: plan.fiscalYear,
    nextFiscalYear: plan.nextFiscalYear,
    archiveName: plan.archiveName,
    measures: count,
    message: `เริ่มปีงบประมาณ ${plan.nextFiscalYear} แล้ว: ${count} มาตรการในชีต “${SHEETS.measures}” ตารางปี ${plan.fiscalYear} เก็บไว้ในชีต “${plan.archiveName}” (มีคำเตือนเมื่อแก้ไข)`,
  };
}
