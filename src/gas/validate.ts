import {
  checkWithAgencySheets, withSheetFindings, editionCheckOptions, editionOf, formatNumber, formatThaiDate, fromA1, readGrid, toA1, validateResponse as coreValidateResponse,
  type AgencySheets, type CheckResult, type Finding, type NumeralStyle,
} from '../core';
import type { ValidateResponse } from '../core/api';
import { readAgencySheets } from './agencySheets';
import { withDocumentLock } from './docLock';
import { DOC_PROPS, SHEETS } from './names';
import {
  MARK_COLORS, markRecord, noteChangeApplies, parseMarks, placeLooseMarks, placeMarks, planMarks, planTags, serializeMarks, tagsMoved, withoutNewMarks,
  type LooseEntry, type MarkPlan, type NoteChange, type RowTag,
} from './marks';
import { addRowTags, readRowTags, removeRowTags, type FoundTags } from './rowTags';
import { activeSpreadsheet, measuresSheet, readForMarking, writeOrEach, type MarkableSnapshot } from './sheetio';
import { readSettings } from './settings';
import type { ProgressReporter } from './progress';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Settings = ReturnType<typeof readSettings>;

export function validateResponse(result: CheckResult, sheetName: string, numerals: NumeralStyle, now = new Date()): ValidateResponse {
  return coreValidateResponse(result, sheetName, now, { numerals });
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

/** The rows (0-based) a plan writes to. */
function rowsWritten(plan: MarkPlan): Set<number> {
  const cells = [...plan.resetBackground, ...plan.setBackground.error, ...plan.setBackground.warning];
  return new Set([...cells.map((a1) => fromA1(a1).row), ...plan.notes.map((change) => change.row)]);
}

/**
 * Whether a row the plan writes to, one no tag was on when the table was read (a newly marked row,
 * or a mark found by its note), no longer holds what was read: the tags cannot tell whether such a
 * row moved before it was tagged (on a sheet no row of which is tagged yet, nothing would). One
 * read of those rows, only when there are any.
 */
function untaggedRowsMoved(sheet: Sheet, values: unknown[][], plan: MarkPlan, tagsRead: readonly RowTag[]): boolean {
  const tagged = new Set(tagsRead.map((tag) => tag.row));
  const rows = [...rowsWritten(plan)].filter((row) => !tagged.has(row));
  if (rows.length === 0 || values.length === 0) return false;
  const r0 = Math.min(...rows);
  const r1 = Math.max(...rows);
  const width = values[0].length;
  let now: string[][];
  try {
    now = sheet.getRange(r0 + 1, 1, r1 - r0 + 1, width).getDisplayValues();
  } catch {
    // Rows deleted meanwhile: the sheet no longer reaches the rows read.
    return true;
  }
  return rows.some((row) => values[row].some((value, column) => String(now[row - r0][column] ?? '') !== String(value ?? '')));
}

/** What marking did: the cells Google refused, and whether rows moved meanwhile (then the marks need another run). */
interface MarkOutcome {
  refused: string[];
  moved: boolean;
}

/**
 * Replaces the previous run's marks with this run's. The record (DocumentProperties, shared by all
 * editors, so anyone's next run clears the marks) names each mark by the tag on its row, so a mark
 * is found again after rows move. `found` is the tags as read right after `snap`: just before
 * writing, the tags are read again, and if a row moved (a co-editor inserted, deleted or sorted rows)
 * nothing is written and the answer is `moved`. Read once more after writing: a move during the
 * writes may have put a mark on another row than its tag, so the record then keeps the last run's
 * entries and finds this run's marks by their notes too (see LooseEntry); the caller runs again.
 * Calls are constant in the table size, plus one per row that gains or loses its last mark since the
 * previous run (adding or removing its tag). Runs under the document lock (see runValidation): the
 * record read here is the one saved here.
 */
function applyMarks(sheet: Sheet, snap: MarkableSnapshot, found: FoundTags, findings: Finding[], stamp: string): MarkOutcome {
  const props = PropertiesService.getDocumentProperties();
  const previous = parseMarks(props.getProperties(), DOC_PROPS.marksPrefix, DOC_PROPS.marksCount);
  const sheetId = sheet.getSheetId();
  const placed = [...placeMarks(previous.record, sheetId, found.tags), ...placeLooseMarks(previous.record, sheetId, snap.notes)];
  const planned = planMarks(snap.backgrounds, snap.notes, placed, findings, stamp);
  // Tags first: a row whose tag cannot be added is not marked (nobody could find that mark again).
  const tags = planTags(found.tags, planned.marks);
  const untagged = addRowTags(sheet, tags.add);
  const plan = withoutNewMarks(planned, untagged);
  // Where every tag should be if no row moved since the table was read.
  const expected = [...found.tags, ...tags.add.filter((tag) => !untagged.has(tag.row))];
  if (tagsMoved(expected, readRowTags(sheet).tags) || untaggedRowsMoved(sheet, snap.values, plan, found.tags)) return { refused: [], moved: true };
  // Cells (A1) whose colour, and whose note, Google refused to change in this run.
  const unpainted = new Set<string>();
  const notesRefused = new Set<string>();
  const paint = (cells: string[], colour: string | null) =>
    writeOrEach(cells, () => sheet.getRangeList(cells).setBackground(colour), (a1) => sheet.getRange(a1).setBackground(colour), (a1) => unpainted.add(a1));
  paint(plan.resetBackground, null);
  for (const severity of ['error', 'warning'] as const) paint(plan.setBackground[severity], MARK_COLORS[severity]);
  const written = writeNotes(sheet, plan.notes, notesRefused);
  const moved = tagsMoved(expected, readRowTags(sheet).tags);
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
  if ((refused.length > 0 || moved) && previous.record?.version === 2 && previous.record.sheetId === sheetId) {
    // Cells not cleared or not repainted (refused, or written at rows that had moved) may still hold
    // last run's marks: keep their entries too, so the next run clears whichever a cell holds
    // (clearing needs an exact match, so an entry for a mark a cell no longer holds clears nothing).
    const seen = new Set(record.cells.map((entry) => JSON.stringify(entry)));
    for (const entry of previous.record.cells) if (!seen.has(JSON.stringify(entry))) record.cells.push(entry);
    if (previous.record.loose?.length) record.loose = [...previous.record.loose];
  }
  if (moved) {
    // Written at the addresses read, on rows that may since have moved: found again by their notes.
    record.loose = [...(record.loose ?? []), ...marks.filter((m) => m.noteHash).map((m): LooseEntry => [m.column, m.background, m.noteHash])];
  }
  // Saved before any refusal is reported: whatever was written is found and cleared by the next run.
  if (previous.count > 0 || record.cells.length > 0) {
    props.setProperties(serializeMarks(record, DOC_PROPS.marksPrefix, DOC_PROPS.marksCount, previous.count));
  }
  // Tags of rows no longer marked go only now, and not after a move: the record may still name them.
  if (!moved) removeRowTags(found, tags.remove);
  // Rows deleted meanwhile (the sheet now has fewer rows than were read) explain a refusal: the next
  // run marks the table where it is now. Any other refusal is the person's to know about.
  return { refused: refused.length > 0 && !moved && sheet.getMaxRows() >= snap.backgrounds.length ? refused : [], moved };
}

/** Attempts before Validate leaves the marks to the next run on a table whose rows keep moving. */
export const MARK_ATTEMPTS = 3;

/** The notice when another run holds the document lock: the findings are complete, the marks unchanged. */
function marksBusy(): NonNullable<ValidateResponse['marksRefused']> {
  return {
    cells: [],
    message: `ยังไม่ได้ทำหรือล้างเครื่องหมายผลตรวจในชีต “${SHEETS.measures}” เพราะมีผู้แก้ไขอีกคนกำลังตรวจสอบหรือเผยแพร่อยู่ ` +
      'ผลตรวจในแถบข้างครบถ้วน กด ตรวจสอบ อีกครั้งในอีกสักครู่ เพื่อให้เครื่องหมายในเซลล์ตรงกับผลตรวจนี้',
    messageEn: `The check marks in the “${SHEETS.measures}” sheet were not set or cleared: another editor is validating or publishing right now. ` +
      'The findings listed here are complete; click Validate again in a moment to bring the cell marks up to date.',
  };
}

/** The notice when rows moved on every attempt: the findings are complete, the marks need another run. */
function marksMoving(numerals: NumeralStyle): NonNullable<ValidateResponse['marksRefused']> {
  return {
    cells: [],
    message: `แถวในชีต “${SHEETS.measures}” ถูกแทรก ลบ หรือเรียงใหม่ระหว่างทำเครื่องหมายผลตรวจ ${formatNumber(MARK_ATTEMPTS, numerals)} ครั้งติดกัน ` +
      'จึงยังไม่ได้ทำเครื่องหมายในเซลล์ให้ครบตามผลตรวจนี้ ผลตรวจในแถบข้างครบถ้วน กด ตรวจสอบ อีกครั้งเมื่อผู้แก้ไขคนอื่นจัดแถวเสร็จแล้ว',
    messageEn: `Rows of the “${SHEETS.measures}” sheet were inserted, deleted or sorted while the check marks were being written, ${MARK_ATTEMPTS} times in a row, ` +
      'so the cell marks may not match these findings yet. The findings listed here are complete; run Validate again once co-editors have finished rearranging rows.',
  };
}

export interface ValidationRun {
  result: CheckResult;
  response: ValidateResponse;
  sheet: Sheet;
  values: unknown[][];
}

/**
 * Validate: one read of values, colours and notes; the core check; marks; the sidebar's response.
 * Marking reads and replaces the shared marks record, so it holds the document lock (`lockHeld`:
 * the caller, publish, already does): two people's runs at once would otherwise each save their own
 * record, and the marks of the run saved first would be named by neither. A run that cannot get the
 * lock still checks, and says the marks were left as they were.
 */
export function runValidation(context?: { ss?: Spreadsheet; settings?: Settings; progress?: ProgressReporter; agency?: AgencySheets; lockHeld?: boolean }): ValidationRun {
  context?.progress?.('reading');
  const ss = context?.ss ?? activeSpreadsheet();
  const settings = context?.settings ?? readSettings(ss);
  const sheet = measuresSheet(ss);
  const agency = context?.agency ?? readAgencySheets(ss, settings.timeZone);
  const run = (marking: boolean): ValidationRun => {
    for (let attempt = 1; ; attempt++) {
      const snap = readForMarking(sheet);
      // The tags as the table was read: a row that moves later shows as a tag on another row.
      const found = marking ? readRowTags(sheet) : null;
      if (attempt === 1) context?.progress?.('checking');
      const now = new Date();
      const stamp = formatThaiDate(now, settings.report.numerals, { time: true });
      let result: CheckResult;
      try {
        result = withSheetFindings(checkWithAgencySheets(readGrid(snap.values, snap.merges), agency, editionCheckOptions(settings.report)), settings.findings ?? []);
      } catch (error) {
        // An unreadable table still gets last run's marks removed, so nothing stale stays on the sheet.
        if (found) applyMarks(sheet, snap, found, [], stamp);
        throw error;
      }
      // Only open problems of the measures sheet are marked: confirmed findings (info) and rows of the
      // confirmations sheet are not.
      const marked = result.findings.filter((f) => f.severity !== 'info' && !f.sheet);
      const outcome = found ? applyMarks(sheet, snap, found, marked, stamp) : { refused: [], moved: false };
      if (outcome.moved && attempt < MARK_ATTEMPTS) continue;
      const response = validateResponse(result, sheet.getName(), settings.report.numerals, now);
      if (!found) response.marksRefused = marksBusy();
      else if (outcome.moved) response.marksRefused = marksMoving(settings.report.numerals);
      else if (outcome.refused.length > 0) response.marksRefused = marksRefused(outcome.refused);
      response.edition = editionOf(settings.report);
      response.fiscalYear = settings.report.fiscalYear;
      return { result, response, sheet, values: snap.values };
    }
  };
  if (context?.lockHeld) return run(true);
  return withDocumentLock(() => run(true), () => run(false));
}
