import {
  checkWithAgencySheets, editionCheckOptions, editionOf, formatThaiDate, readGrid, validateResponse as coreValidateResponse,
  type AgencySheets, type CheckResult, type Finding, type NumeralStyle,
} from '../core';
import type { ValidateResponse } from '../core/api';
import { readAgencySheets } from './agencySheets';
import { DOC_PROPS } from './names';
import {
  MARK_COLORS, markRecord, noteChangeApplies, parseMarks, placeMarks, planMarks, planTags, serializeMarks, withoutNewMarks, type NoteChange,
} from './marks';
import { applyTagPlan, readRowTags } from './rowTags';
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
 * Writes the planned note changes in one block, after reading that block again: a note a co-editor
 * added or changed since the first read stays as they left it (noteChangeApplies). Returns the
 * changes that were written. Two calls, whatever the number of cells.
 */
function writeNotes(sheet: Sheet, changes: NoteChange[]): Set<NoteChange> {
  const written = new Set<NoteChange>();
  if (changes.length === 0) return written;
  const r0 = Math.min(...changes.map((c) => c.row));
  const r1 = Math.max(...changes.map((c) => c.row));
  const c0 = Math.min(...changes.map((c) => c.column));
  const c1 = Math.max(...changes.map((c) => c.column));
  const box = sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1);
  const block = box.getNotes();
  for (const change of changes) {
    if (!noteChangeApplies(change, block[change.row - r0][change.column - c0])) continue;
    block[change.row - r0][change.column - c0] = change.note;
    written.add(change);
  }
  if (written.size > 0) box.setNotes(block);
  return written;
}

/**
 * Replaces the previous run's marks with this run's. The record (DocumentProperties, shared by all
 * editors, so anyone's next run clears the marks) names each mark by the tag on its row, so a mark
 * is found again after rows move. Calls are constant in the table size, plus one per row that gains
 * or loses its last mark since the previous run (adding or removing its tag).
 */
function applyMarks(sheet: Sheet, backgrounds: string[][], notes: string[][], findings: Finding[], stamp: string): void {
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const previous = parseMarks(stored, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount);
  const sheetId = sheet.getSheetId();
  const found = readRowTags(sheet);
  const planned = planMarks(backgrounds, notes, placeMarks(previous.record, sheetId, found.tags), findings, stamp);
  // Tags first: a row whose tag cannot be added is not marked (nobody could find that mark again).
  const tags = planTags(found.tags, planned.marks);
  const plan = withoutNewMarks(planned, applyTagPlan(sheet, found, tags));
  let written: Set<NoteChange>;
  let paintRefused = false;
  try {
    if (plan.resetBackground.length) sheet.getRangeList(plan.resetBackground).setBackground(null);
    for (const severity of ['error', 'warning'] as const) {
      const cells = plan.setBackground[severity];
      if (cells.length) sheet.getRangeList(cells).setBackground(MARK_COLORS[severity]);
    }
    written = writeNotes(sheet, plan.notes);
  } catch (error) {
    // Rows deleted meanwhile on a sheet with none to spare: getRange refuses the rows the marks were
    // planned on. What was painted is still recorded below (every planned mark, painted or not, and
    // last run's marks as well: clearing checks a cell still holds the mark), so the next run clears it.
    if (sheet.getMaxRows() >= backgrounds.length) throw error;
    written = new Set(plan.notes);
    paintRefused = true;
  }
  // A note that could not be written (a co-editor's note got there first) is not the add-on's to clear later.
  const refused = new Set(plan.notes.filter((c) => c.note !== '' && !written.has(c)).map((c) => `${c.row},${c.column}`));
  const marks = plan.marks
    .map((m) => (refused.has(`${m.row},${m.column}`) ? { ...m, noteHash: '' } : m))
    .filter((m) => m.background || m.noteHash);
  const record = markRecord(marks, tags.idOfRow, sheetId);
  if (paintRefused && previous.record?.version === 2 && previous.record.sheetId === sheetId) {
    // The cells may still hold last run's marks (what was not repainted): keep their entries too, so
    // the next run clears whichever of the two a cell holds (clearing needs an exact match).
    const seen = new Set(record.cells.map((entry) => JSON.stringify(entry)));
    for (const entry of previous.record.cells) if (!seen.has(JSON.stringify(entry))) record.cells.push(entry);
  }
  if (previous.count > 0 || record.cells.length > 0) {
    props.setProperties(serializeMarks(record, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount, previous.count));
  }
}

export interface ValidationRun {
  result: CheckResult;
  response: ValidateResponse;
  sheet: Sheet;
  values: unknown[][];
}

/** Validate: one read of values, colours and notes; the core check; marks; the sidebar's response. */
export function runValidation(context?: { ss?: Spreadsheet; settings?: Settings; progress?: ProgressReporter; agency?: AgencySheets }): ValidationRun {
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
    result = checkWithAgencySheets(readGrid(snap.values), context?.agency ?? readAgencySheets(ss, settings.timeZone), editionCheckOptions(settings.report));
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
  response.edition = editionOf(settings.report);
  response.fiscalYear = settings.report.fiscalYear;
  return { result, response, sheet, values: snap.values };
}
