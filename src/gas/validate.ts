import {
  checkWithAgencySheets, formatThaiDate, readGrid, validateResponse as coreValidateResponse,
  type CheckResult, type Finding, type NumeralStyle,
} from '../core';
import type { ValidateResponse } from '../core/api';
import { readAgencySheets } from './agencySheets';
import { DOC_PROPS } from './names';
import { MARK_COLORS, parseMarks, planMarks, serializeMarks } from './marks';
import { activeSpreadsheet, measuresSheet, readForMarking } from './sheetio';
import { readSettings } from './settings';
import type { ProgressReporter } from './progress';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Settings = ReturnType<typeof readSettings>;

export function validateResponse(result: CheckResult, sheetName: string, numerals: NumeralStyle, timeZone: string, now = new Date()): ValidateResponse {
  return coreValidateResponse(result, sheetName, now, { numerals, timeZone });
}

/**
 * Replaces the previous run's marks with this run's: reads the record from DocumentProperties
 * (shared by all editors, so anyone's next run clears the marks), plans, then writes with a
 * constant number of calls (range lists for colours, one block for notes).
 */
function applyMarks(sheet: Sheet, backgrounds: string[][], notes: string[][], findings: Finding[], stamp: string): void {
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const previous = parseMarks(stored, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount);
  const plan = planMarks(backgrounds, notes, previous.record, findings, sheet.getSheetId(), stamp);
  if (plan.resetBackground.length) sheet.getRangeList(plan.resetBackground).setBackground(null);
  for (const severity of ['error', 'warning'] as const) {
    const cells = plan.setBackground[severity];
    if (cells.length) sheet.getRangeList(cells).setBackground(MARK_COLORS[severity]);
  }
  if (plan.clearNotes.length) sheet.getRangeList(plan.clearNotes).clearNote();
  if (plan.noteBox) {
    const { row, column, notes: block } = plan.noteBox;
    sheet.getRange(row + 1, column + 1, block.length, block[0].length).setNotes(block);
  }
  if (previous.count > 0 || plan.record.cells.length > 0) {
    props.setProperties(serializeMarks(plan.record, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount, previous.count));
  }
}

export interface ValidationRun {
  result: CheckResult;
  response: ValidateResponse;
  sheet: Sheet;
  values: unknown[][];
}

/** Validate: one read of values, colours and notes; the core check; marks; the sidebar's response. */
export function runValidation(context?: { ss?: Spreadsheet; settings?: Settings; progress?: ProgressReporter }): ValidationRun {
  context?.progress?.('reading');
  const ss = context?.ss ?? activeSpreadsheet();
  const settings = context?.settings ?? readSettings(ss);
  const sheet = measuresSheet(ss);
  const snap = readForMarking(sheet);
  context?.progress?.('checking');
  const now = new Date();
  const stamp = formatThaiDate(now, settings.report.numerals, { time: true, timeZone: settings.timeZone });
  let result: CheckResult;
  try {
    result = checkWithAgencySheets(readGrid(snap.values), readAgencySheets(ss, settings.timeZone));
  } catch (error) {
    // An unreadable table still gets last run's marks removed, so nothing stale stays on the sheet.
    applyMarks(sheet, snap.backgrounds, snap.notes, [], stamp);
    throw error;
  }
  // Only open problems of the measures sheet are marked: confirmed findings (info) and rows of the
  // confirmations sheet are not.
  const marked = result.findings.filter((f) => f.severity !== 'info' && !f.sheet);
  applyMarks(sheet, snap.backgrounds, snap.notes, marked, stamp);
  const response = validateResponse(result, sheet.getName(), settings.report.numerals, settings.timeZone, now);
  return { result, response, sheet, values: snap.values };
}
