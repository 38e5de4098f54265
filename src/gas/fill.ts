import { checkTable, formatThaiDate, isBlankCell, planSuggestions, readGrid, shownNumber, toA1, type CheckResult, type SuggestionFill } from '../core';
import type { FillResponse } from '../core/api';
import { ADDON_NAME } from './names';
import { activeSpreadsheet, asPlainText, measuresSheet, readValues } from './sheetio';
import { readSettings } from './settings';
import { runValidation } from './validate';
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
  skipped: FillResponse['skipped'];
  /** The planned fills that were written (the report uses exactly these). */
  written: SuggestionFill[];
}

/**
 * Writes planned suggestions, re-reading the target cells right before writing and writing only
 * into cells still blank, so a co-editor who typed meanwhile keeps their text. Calls: a constant,
 * plus one setValues per run of adjacent filled cells (at most one per cell).
 */
export function writeFills(sheet: Sheet, result: CheckResult, planned: SuggestionFill[], settings: Settings): WrittenFills {
  const measureNumber = (f: SuggestionFill) => {
    const check = result.checks.find((c) => c.measure.index === f.measureIndex);
    return check ? shownNumber(check.measure) : null;
  };
  const out: WrittenFills = { filled: [], skipped: [], written: [] };
  const targets = planned.filter((f) => f.row >= 0 && f.column >= 0);
  if (targets.length === 0) return out;
  const r0 = Math.min(...targets.map((f) => f.row));
  const r1 = Math.max(...targets.map((f) => f.row));
  const c0 = Math.min(...targets.map((f) => f.column));
  const c1 = Math.max(...targets.map((f) => f.column));
  const block = sheet.getRange(r0 + 1, c0 + 1, r1 - r0 + 1, c1 - c0 + 1);
  const current = block.getValues();
  const currentNotes = block.getNotes();
  const still = targets.filter((f) => {
    const blank = isBlankCell(current[f.row - r0][f.column - c0]);
    if (!blank) out.skipped.push({ cell: toA1(f.row, f.column), measure: measureNumber(f) });
    return blank;
  });
  const runs = runsOf(still);
  if (runs.length === 0) return out;
  const a1s = runs.map((run) => {
    const start = toA1(run.row, run.column);
    return run.fills.length === 1 ? start : `${start}:${toA1(run.row + run.fills.length - 1, run.column)}`;
  });
  const ranges = sheet.getRangeList(a1s).getRanges();
  runs.forEach((run, i) => ranges[i].setValues(run.fills.map((f) => [asPlainText(f.text)])));
  for (const f of still) out.filled.push({ cell: toA1(f.row, f.column), measure: measureNumber(f), text: f.text });
  out.written = still;
  // A person's own note on a blank cell is kept; every other filled cell says where its text came from.
  const noteCells = still.filter((f) => currentNotes[f.row - r0][f.column - c0] === '').map((f) => toA1(f.row, f.column));
  if (noteCells.length) {
    const stamp = formatThaiDate(new Date(), settings.report.numerals, { time: true, timeZone: settings.timeZone });
    sheet.getRangeList(noteCells).setNote(`เติมอัตโนมัติโดย ${ADDON_NAME} เมื่อ ${stamp} — ตรวจทานแล้วแก้ไขหรือลบได้ตามต้องการ`);
  }
  return out;
}

/** Fill: plans suggestions from one read of the sheet, writes them (see writeFills), then validates again. */
export function fillSuggestions(progress?: ProgressReporter): FillResponse {
  progress?.('reading');
  const ss = activeSpreadsheet();
  const settings = readSettings(ss);
  const sheet = measuresSheet(ss);
  const { values } = readValues(sheet);
  progress?.('checking');
  const result = checkTable(readGrid(values));
  progress?.('filling');
  const { filled, skipped } = writeFills(sheet, result, planSuggestions(result, settings.templates), settings);
  // The re-check after filling is quick and marks the sheet afresh: no phase of its own.
  return { filled, skipped, validation: runValidation({ ss, settings }).response };
}
