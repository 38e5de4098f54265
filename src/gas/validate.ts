import {
  checkTable, formatThaiDate, readGrid, shownNumber, sortFindings,
  type CheckResult, type Finding, type NumeralStyle,
} from '../core';
import type { FindingView, MeasureSummary, ValidateResponse } from '../core/api';
import { DOC_PROPS } from './names';
import { MARK_COLORS, parseMarks, planMarks, serializeMarks } from './marks';
import { activeSpreadsheet, measuresSheet, readForMarking } from './sheetio';
import { readSettings } from './settings';
import type { ProgressReporter } from './progress';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Settings = ReturnType<typeof readSettings>;

/** Adds what the sidebar shows next to a finding: the sheet, the step text and the best result. */
function findingViews(result: CheckResult, sheetName: string): FindingView[] {
  return sortFindings(result.findings).map((f: Finding) => {
    const view: FindingView = { ...f };
    if (f.cell) view.sheet = sheetName;
    const check = f.measure === null ? undefined : result.checks.find((c) => shownNumber(c.measure) === f.measure);
    if (check && f.item !== null && (f.code === 'UNMATCHED_STEP' || f.code === 'WEAK_MATCH')) {
      const stepIndex = check.measure.steps.findIndex((s, i) => (s.number ?? i + 1) === f.item);
      const match = check.matches.find((m) => m.step === stepIndex);
      if (stepIndex >= 0) view.stepText = check.measure.steps[stepIndex].text;
      if (match) {
        view.strength = match.strength;
        view.resultNumber = match.result === null ? null : check.measure.results[match.result]?.number ?? match.result + 1;
        if (match.result !== null) view.resultText = check.measure.results[match.result]?.text;
      }
    }
    return view;
  });
}

function summaries(result: CheckResult): MeasureSummary[] {
  return result.checks.map(({ measure }) => {
    const mine = result.findings.filter((f) => f.measure === shownNumber(measure));
    return {
      index: measure.index,
      number: measure.number,
      title: measure.title,
      steps: measure.steps.length,
      results: measure.results.length,
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
    };
  });
}

export function validateResponse(result: CheckResult, sheetName: string, numerals: NumeralStyle, timeZone: string, now = new Date()): ValidateResponse {
  return {
    measures: summaries(result),
    findings: findingViews(result, sheetName),
    errors: result.errors,
    warnings: result.warnings,
    checkedAt: formatThaiDate(now, numerals, { time: true, timeZone }),
  };
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
    result = checkTable(readGrid(snap.values));
  } catch (error) {
    // An unreadable table still gets last run's marks removed, so nothing stale stays on the sheet.
    applyMarks(sheet, snap.backgrounds, snap.notes, [], stamp);
    throw error;
  }
  applyMarks(sheet, snap.backgrounds, snap.notes, result.findings, stamp);
  const response = validateResponse(result, sheet.getName(), settings.report.numerals, settings.timeZone, now);
  return { result, response, sheet, values: snap.values };
}
