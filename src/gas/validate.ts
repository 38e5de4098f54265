import {
  checkWithAgencySheets, editionCheckOptions, editionOf, formatThaiDate, readGrid, toA1, validateResponse as coreValidateResponse,
  type AgencySheets, type CheckResult, type Finding, type NumeralStyle,
} from '../core';
import type { ValidateResponse } from '../core/api';
import { readAgencySheets } from './agencySheets';
import { DOC_PROPS, SHEETS } from './names';
import {
  MARK_COLORS, markRecord, noteChangeApplies, parseMarks, placeMarks, planMarks, planTags, serializeMarks, withoutNewMarks, type NoteChange,
} from './marks';
import { applyTagPlan, readRowTags } from './rowTags';
import { activeSpreadsheet, measuresSheet, readForMarking, writeOrEach } from './sheetio';
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
 * changes that were written. Two calls, whatever the number of cells; when Google refuses the block
 * (it rewrites unchanged cells too, and one may be protected), only the changing cells are written,
 * one by one.
 */
function writeNotes(sheet: Sheet, changes: NoteChange[], refused: Set<string>): Set<NoteChange> {
  const written = new Set<NoteChange>();
  if (changes.length === 0) return written;
  const r0 = Math.min(...changes.map((c) => c.row));
  const r1 = Math.max(...changes.map((c) => c.row));
  const c0 = Math.min(...changes.map((c) => c.column));
  const c1 = Math.max(...changes.map((c) => c.column));
  let box: GoogleAppsScript.Spreadsheet.Range;
  try {
    box = sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1);
  } catch {
    // Rows deleted meanwhile: none of these cells is where it was planned.
    for (const change of changes) refused.add(toA1(change.row, change.column));
    return written;
  }
  const block = box.getNotes();
  const applying = changes.filter((change) => noteChangeApplies(change, block[change.row - r0][change.column - c0]));
  for (const change of applying) block[change.row - r0][change.column - c0] = change.note;
  const byCell = new Map(applying.map((change) => [toA1(change.row, change.column), change]));
  writeOrEach([...byCell.keys()], () => box.setNotes(block), (a1) => sheet.getRange(a1).setNote(byCell.get(a1)?.note || null), (a1) => refused.add(a1));
  for (const [a1, change] of byCell) if (!refused.has(a1)) written.add(change);
  return written;
}

/**
 * Names the refused cells for the person (Thai first): a protected range they may not edit, usually.
 * A notice, not an error: the check itself is complete, and a refusal that comes back on every run
 * must not stop this person from checking, filling or publishing.
 */
function marksRefused(cells: string[]): NonNullable<ValidateResponse['marksRefused']> {
  const list = cells.slice(0, 10).join(', ') + (cells.length > 10 ? ' …' : '');
  return {
    cells,
    message: `ทำหรือล้างเครื่องหมายผลตรวจที่เซลล์ ${list} ของชีต “${SHEETS.measures}” ไม่ได้ เพราะ Google ชีตไม่ยอม (มักเป็นช่วงที่ป้องกันไว้ซึ่งคุณไม่ได้เป็นผู้แก้ไข) ` +
      'ผลตรวจในแถบข้างครบถ้วน ขาดเพียงเครื่องหมายในเซลล์เหล่านี้ ซึ่งจะทำหรือล้างได้เมื่อผู้แก้ไขของช่วงนั้นกดตรวจสอบ หรือเมื่อเจ้าของช่วงเพิ่มคุณเป็นผู้แก้ไข',
    messageEn: `Google Sheets refused to set or clear check marks in cells ${list} of the “${SHEETS.measures}” sheet (usually a protected range you may not edit). ` +
      'The findings listed here are complete; only those cells lack their marks, which an editor of that range can set or clear by running the check, or you can once its owner adds you as an editor.',
  };
}

/**
 * Replaces the previous run's marks with this run's. The record (DocumentProperties, shared by all
 * editors, so anyone's next run clears the marks) names each mark by the tag on its row, so a mark
 * is found again after rows move. Calls are constant in the table size, plus one per row that gains
 * or loses its last mark since the previous run (adding or removing its tag).
 */
function applyMarks(sheet: Sheet, backgrounds: string[][], notes: string[][], findings: Finding[], stamp: string): string[] {
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const previous = parseMarks(stored, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount);
  const sheetId = sheet.getSheetId();
  const found = readRowTags(sheet);
  const planned = planMarks(backgrounds, notes, placeMarks(previous.record, sheetId, found.tags), findings, stamp);
  // Tags first: a row whose tag cannot be added is not marked (nobody could find that mark again).
  const tags = planTags(found.tags, planned.marks);
  const plan = withoutNewMarks(planned, applyTagPlan(sheet, found, tags));
  // Cells (A1) whose colour, and whose note, Google refused to change in this run.
  const unpainted = new Set<string>();
  const notesRefused = new Set<string>();
  const paint = (cells: string[], colour: string | null) =>
    writeOrEach(cells, () => sheet.getRangeList(cells).setBackground(colour), (a1) => sheet.getRange(a1).setBackground(colour), (a1) => unpainted.add(a1));
  paint(plan.resetBackground, null);
  for (const severity of ['error', 'warning'] as const) paint(plan.setBackground[severity], MARK_COLORS[severity]);
  const written = writeNotes(sheet, plan.notes, notesRefused);
  // The record names only what this run put on the sheet: a colour Google refused is not the
  // add-on's, nor is a note that was not written (a co-editor's note got there first, or refused).
  const noteRefused = new Set(plan.notes.filter((c) => c.note !== '' && !written.has(c)).map((c) => `${c.row},${c.column}`));
  const marks = plan.marks
    .map((m) => ({
      ...m,
      background: unpainted.has(toA1(m.row, m.column)) ? '' : m.background,
      noteHash: noteRefused.has(`${m.row},${m.column}`) ? '' : m.noteHash,
    }))
    .filter((m) => m.background || m.noteHash);
  const record = markRecord(marks, tags.idOfRow, sheetId);
  const refused = [...new Set([...unpainted, ...notesRefused])];
  if (refused.length > 0 && previous.record?.version === 2 && previous.record.sheetId === sheetId) {
    // Cells not cleared or not repainted may still hold last run's marks: keep their entries too, so
    // the next run clears whichever a cell holds (clearing needs an exact match, so an entry for a
    // mark a cell no longer holds clears nothing).
    const seen = new Set(record.cells.map((entry) => JSON.stringify(entry)));
    for (const entry of previous.record.cells) if (!seen.has(JSON.stringify(entry))) record.cells.push(entry);
  }
  // Saved before any refusal is reported: whatever was written is found and cleared by the next run.
  if (previous.count > 0 || record.cells.length > 0) {
    props.setProperties(serializeMarks(record, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount, previous.count));
  }
  // Rows deleted meanwhile (the sheet now has fewer rows than were read) explain a refusal: the next
  // run marks the table where it is now. Any other refusal is the person's to know about.
  return refused.length > 0 && sheet.getMaxRows() >= backgrounds.length ? refused : [];
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
    result = checkWithAgencySheets(readGrid(snap.values, snap.merges), context?.agency ?? readAgencySheets(ss, settings.timeZone), editionCheckOptions(settings.report));
  } catch (error) {
    // An unreadable table still gets last run's marks removed, so nothing stale stays on the sheet.
    applyMarks(sheet, snap.backgrounds, snap.notes, [], stamp);
    throw error;
  }
  // Only open problems of the measures sheet are marked: confirmed findings (info) and rows of the
  // confirmations sheet are not.
  const marked = result.findings.filter((f) => f.severity !== 'info' && !f.sheet);
  const refused = applyMarks(sheet, snap.backgrounds, snap.notes, marked, stamp);
  const response = validateResponse(result, sheet.getName(), settings.report.numerals, settings.timeZone, now);
  if (refused.length > 0) response.marksRefused = marksRefused(refused);
  response.edition = editionOf(settings.report);
  response.fiscalYear = settings.report.fiscalYear;
  return { result, response, sheet, values: snap.values };
}
