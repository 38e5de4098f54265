import {
  checkWithAgencySheets, editionCheckOptions, formatNumber, formatThaiDate, isBlankCell, planSuggestions, readGrid, shownNumber, splitByMerges, suggestionsNotFilled, toA1,
  type CheckResult, type SuggestionFill,
} from '../core';
import { UserError } from './errors';
import type { EditionChoice, FillResponse } from '../core/api';
import { ADDON_NAME, SHEETS } from './names';
import { activeSpreadsheet, asPlainText, measuresSheet, rangePastEdge, readValues, writeOrEach, type SheetSnapshot } from './sheetio';
import { readSettings, withEdition } from './settings';
import { runValidation } from './validate';
import { readAgencySheets } from './agencySheets';
import type { ProgressReporter } from './progress';

/** Consecutive rows of one column: written with one setValues each. */
interface Run {
  column: number;
  row: number;
  fills: SuggestionFill[];
}

function runsOf(fills: SuggestionFill[]): Run[] {
  const sorted = [...fills].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: Run[] = [];
  for (const fill of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === fill.column && last.row + last.fills.length === fill.row) last.fills.push(fill);
    else runs.push({ column: fill.column, row: fill.row, fills: [fill] });
  }
  return runs;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Settings = ReturnType<typeof readSettings>;

export interface WrittenFills {
  filled: FillResponse['filled'];
  /** Cells whose earlier suggestion by the add-on was replaced (planned with `replaces`). */
  refreshed: NonNullable<FillResponse['refreshed']>;
  skipped: FillResponse['skipped'];
  /** The planned fills that were written (the report uses exactly these). */
  written: SuggestionFill[];
}

/** The table as read and checked: fills are planned from it, and go only where the sheet still holds it. */
export interface CheckedTable {
  sheet: Sheet;
  values: unknown[][];
  result: CheckResult;
}

/** Why a cell holding a formula is never filled (as the workbook path refuses formula cells); the sidebar prints it as is, so it names the cell. */
function formulaReason(a1: string): { reasonTh: string; reasonEn: string } {
  return {
    reasonTh: `ไม่เติม ${a1}: เซลล์มีสูตร (แม้ผลลัพธ์จะว่าง) จึงไม่เติมทับ`,
    reasonEn: `Not filled ${a1}: the cell holds a formula (even though its result is blank), so it is not overwritten`,
  };
}

/** Why Google refused a write (usually a protected range the user may not edit), naming the cells. */
function refusedReason(a1: string, error: unknown): { reasonTh: string; reasonEn: string } {
  // Read off the message, not instanceof: the error may come from another realm.
  const message = (error as { message?: unknown } | null)?.message;
  const google = typeof message === 'string' ? message : String(error);
  return {
    reasonTh: `ไม่เติม ${a1}: Google ชีตไม่ยอมให้เขียนเซลล์นี้ (เช่น อยู่ในช่วงที่ป้องกันไว้ซึ่งคุณไม่ได้เป็นผู้แก้ไข): ${google}`,
    reasonEn: `Not filled ${a1}: Google Sheets refused the write (for example a protected range you may not edit): ${google}`,
  };
}

/** How the note on a filled cell begins (its time follows). */
const FILL_NOTE_START = `เติมอัตโนมัติโดย ${ADDON_NAME} เมื่อ`;

/** Attempts before Fill gives up on a table whose rows keep moving. */
export const FILL_ATTEMPTS = 3;

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return Object.prototype.toString.call(a) === '[object Date]' && Object.prototype.toString.call(b) === '[object Date]' &&
      (a as Date).getTime() === (b as Date).getTime();
  }
  return (a ?? '') === (b ?? '');
}

/** Whether a row read again is still the row the fill was planned from (its target cell aside). */
function sameRow(now: readonly unknown[], then: readonly unknown[], except: number): boolean {
  for (let c = 0; c < then.length; c++) if (c !== except && !sameCell(now[c], then[c])) return false;
  return true;
}

/**
 * Writes planned suggestions, re-reading the target rows right before writing. A target row that
 * no longer holds what was read (a co-editor inserted, deleted or sorted rows meanwhile) makes it
 * write nothing and answer 'moved'; otherwise it writes only into cells still blank (or, for a
 * refresh, still holding exactly the add-on's earlier text as read), so a co-editor who typed
 * meanwhile keeps their text. Calls: a constant, plus one setValues per run of
 * adjacent filled cells (at most one per cell).
 */
export function writeFills(table: CheckedTable, planned: SuggestionFill[], settings: Settings): WrittenFills | 'moved' {
  const { sheet, result, values } = table;
  const measureNumber = (f: SuggestionFill) => {
    const check = result.checks.find((c) => c.measure.index === f.measureIndex);
    return check ? shownNumber(check.measure) : null;
  };
  const out: WrittenFills = { filled: [], refreshed: [], skipped: [], written: [] };
  // A cell a merge covers, or one merged over another measure's rows, is left alone (the CLI's fill
  // and publish skip the same cells): its text would show where the sheet shows something else.
  const { kept, refused: merged } = splitByMerges(result.table, planned);
  for (const { fill, refusal } of merged) out.skipped.push({ cell: refusal.cell, measure: measureNumber(fill), reasonTh: refusal.messageTh, reasonEn: refusal.messageEn });
  const targets = kept.filter((f) => f.row >= 0 && f.column >= 0);
  if (targets.length === 0) return out;
  const r0 = Math.min(...targets.map((f) => f.row));
  const r1 = Math.max(...targets.map((f) => f.row));
  const width = Math.max(values[0]?.length ?? 0, ...targets.map((f) => f.column + 1));
  let block: GoogleAppsScript.Spreadsheet.Range;
  try {
    block = sheet.getRange(r0 + 1, 1, r1 - r0 + 1, width);
  } catch (error) {
    // Rows deleted meanwhile on a sheet with none to spare: the target rows are gone from where they were.
    if (rangePastEdge(sheet, r0 + 1, 1, r1 - r0 + 1, width)) return 'moved';
    throw error;
  }
  // What the cells show (the table was read the same way), and their formulas: a formula whose
  // result is blank is not blank (getValues and getDisplayValues answer only what it computes).
  const current = block.getDisplayValues();
  if (targets.some((f) => !sameRow(current[f.row - r0], values[f.row] ?? [], f.column))) return 'moved';
  const formulas = block.getFormulas();
  const currentNotes = block.getNotes();
  const still = targets.filter((f) => {
    const cell = toA1(f.row, f.column);
    if (formulas[f.row - r0][f.column] !== '') {
      out.skipped.push({ cell, measure: measureNumber(f), ...formulaReason(cell) });
      return false;
    }
    // A refresh goes over the add-on's earlier text only while the cell still holds exactly what was read.
    const now = current[f.row - r0][f.column];
    const writable = f.replaces === undefined ? isBlankCell(now) : sameCell(now, values[f.row]?.[f.column]);
    if (!writable) out.skipped.push({ cell, measure: measureNumber(f) });
    return writable;
  });
  const runs = runsOf(still);
  if (runs.length === 0) return out;
  const a1s = runs.map((run) => {
    const start = toA1(run.row, run.column);
    return run.fills.length === 1 ? start : `${start}:${toA1(run.row + run.fills.length - 1, run.column)}`;
  });
  const ranges = sheet.getRangeList(a1s).getRanges();
  // Each run is its own write. One Google refuses (a protected range the user may not edit) is
  // written again cell by cell (only then: the usual fill costs one call per run), so every cell
  // that can be written is, the refused ones are reported by name, and each written cell gets its
  // note below: none is later taken for text a person typed.
  const refused = new Set<SuggestionFill>();
  runs.forEach((run, i) => writeOrEach(
    run.fills,
    () => ranges[i].setValues(run.fills.map((f) => [asPlainText(f.text)])),
    (f) => sheet.getRange(f.row + 1, f.column + 1).setValues([[asPlainText(f.text)]]),
    (f, error) => {
      refused.add(f);
      out.skipped.push({ cell: toA1(f.row, f.column), measure: measureNumber(f), ...refusedReason(toA1(f.row, f.column), error) });
    },
  ));
  out.written = runs.flatMap((run) => run.fills).filter((f) => !refused.has(f));
  for (const f of out.written) (f.replaces === undefined ? out.filled : out.refreshed).push({ cell: toA1(f.row, f.column), measure: measureNumber(f), text: f.text });
  // A person's own note on a blank cell is kept; every other filled cell says where its text came from
  // (a refreshed cell's earlier note of the add-on gets the new time).
  const noteCells = out.written.filter((f) => currentNotes[f.row - r0][f.column] === '' || currentNotes[f.row - r0][f.column].startsWith(FILL_NOTE_START))
    .map((f) => toA1(f.row, f.column));
  if (noteCells.length) {
    const stamp = formatThaiDate(new Date(), settings.report.numerals, { time: true });
    sheet.getRangeList(noteCells).setNote(`${FILL_NOTE_START} ${stamp} — ตรวจทานแล้วแก้ไขหรือลบได้ตามต้องการ`);
  }
  return out;
}

/**
 * Plans and writes suggestions for a checked table; when its rows moved before the write, reads and
 * checks the table again (`reread`) and tries again, at most FILL_ATTEMPTS times. Returns what was
 * written and the table it was planned from (the report must be built from that one).
 */
export function fillCheckedTable<T extends CheckedTable>(first: T, settings: Settings, reread: () => T): WrittenFills & { table: T } {
  let table = first;
  for (let attempt = 1; ; attempt++) {
    const out = writeFills(table, planSuggestions(table.result, settings.templates), settings);
    if (out !== 'moved') return { ...out, table };
    if (attempt >= FILL_ATTEMPTS) {
      throw new UserError(
        'ROWS_MOVING',
        `แถวในชีต “${SHEETS.measures}” ถูกแทรก ลบ หรือเรียงใหม่ระหว่างเติมข้อเสนอแนะ ${formatNumber(FILL_ATTEMPTS, settings.report.numerals)} ครั้งติดกัน จึงยังไม่ได้เติมช่องใด ลองอีกครั้งเมื่อผู้แก้ไขคนอื่นจัดแถวเสร็จแล้ว`,
        `Rows of the “${SHEETS.measures}” sheet were inserted, deleted or sorted while suggestions were being filled, ${FILL_ATTEMPTS} times in a row, so nothing was filled. Try again when co-editors have finished rearranging rows.`,
      );
    }
    table = reread();
  }
}

/** Fill: plans suggestions from one read of the sheet, writes them (see writeFills), then validates again. */
export function fillSuggestions(progress?: ProgressReporter, choice?: EditionChoice): FillResponse {
  progress?.('reading');
  const ss = activeSpreadsheet();
  // The sidebar's edition, as validate takes it: the plan fills nothing, the returned check uses the same rules.
  const settings = withEdition(readSettings(ss), choice);
  const sheet = measuresSheet(ss);
  // The agency's confirmations and synonyms apply here too: a step confirmed as reported is not named as missing.
  const agency = readAgencySheets(ss, settings.timeZone);
  // Under the edition's rules, as validate checks: a step not due by the six-month cut-off is not named as missing.
  const checked = ({ values, merges }: SheetSnapshot): CheckedTable => ({ sheet, values, result: checkWithAgencySheets(readGrid(values, merges), agency, editionCheckOptions(settings.report)) });
  const snapshot = readValues(sheet);
  progress?.('checking');
  const first = checked(snapshot);
  progress?.('filling');
  const { filled, refreshed, skipped } = fillCheckedTable(first, settings, () => checked(readValues(sheet)));
  // The plan edition fills nothing (planSuggestions): say why.
  const notFilled = suggestionsNotFilled(first.result);
  // The re-check after filling is quick and marks the sheet afresh: no phase of its own.
  return { filled, refreshed, skipped, ...(notFilled ? { notFilled } : {}), validation: runValidation({ ss, settings, agency }).response };
}
