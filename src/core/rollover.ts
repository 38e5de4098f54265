/**
 * Starting the next fiscal year, as a pure transform on grids: the current measures sheet is kept
 * under `มาตรการ <ปี>`, and a fresh measures sheet carries the measures, their steps, the extra
 * columns and the plan's own columns (หน่วยปฏิบัติ…), with results, suggestions, evidence and
 * remarks empty; last year's problems and suggestions travel as a note on each measure. The
 * settings move to the new year: the fiscal year on by one, the edition the plan, and last year's
 * report date, cut-off and introduction cleared (each kept in a note on its cell). Last year's
 * confirmations are kept under `การยืนยันผลตรวจ <ปี>`. The add-on and the command line apply the
 * plan each their way.
 */
import type { MeasureTable, TableColumn } from './types';
import type { CellRange } from './merges';
import { readGrid } from './grid';
import { addedSuggestionAt, insertedAt, isExtraColumn, placedColumns, type PlacedColumn } from './columns';
import { cellToString, formatNumber, isDate, normalizeText, toArabicDigits } from './text';
import { MEASURE_HEADERS, splitHeaders } from './headers';
import { SETTING_FIELDS, SHEETS, settingsRowOf, type SettingKey } from './settings';
import { formatThaiDate } from './dates';
import { keepsOldYear, parseTimeframe, shiftTimeframeYears } from './timeframe';
import { toA1 } from './a1';

export interface CellNote {
  /** 0-based row and column in the new measures grid. */
  row: number;
  column: number;
  text: string;
}

/** A settings value cell (0-based) and what it becomes; `note`, when set, is the cell's note afterwards. */
export interface SettingsCellEdit {
  row: number;
  column: number;
  key: SettingKey;
  value: string | number;
  note?: string;
}

export interface RolloverPlan {
  fiscalYear: number;
  nextFiscalYear: number;
  /** Name the current measures sheet is kept under. */
  archiveName: string;
  /** Name last year's confirmations sheet is kept under (a fresh, empty one takes its place). */
  confirmationsArchiveName: string;
  /** The new measures sheet: header row, then one row per measure. */
  measures: string[][];
  /**
   * Number formats of the new sheet's rows below the header, each cell's taken from the cell it
   * carries (`20,000` and `80%` stay so); null when the caller gave none.
   */
  numberFormats: string[][] | null;
  notes: CellNote[];
  /** The settings cells that change (the fiscal year, edition, dates, introduction); empty when the settings have none. */
  settingsCells: SettingsCellEdit[];
  /**
   * Timeframes carried that rollover could not read and that still name last year (`ภายในปี 67`):
   * the cell in the new measures sheet and its text, for the coordinator to correct.
   */
  staleTimeframes: { cell: string; text: string }[];
}

export interface RolloverOptions {
  /** The measures sheet's number formats, aligned with its grid (Range.getNumberFormats). */
  numberFormats?: readonly (readonly string[])[];
  /** The settings sheet's notes, aligned with its grid: a note already on a cleared cell is kept above the new one. */
  settingsNotes?: readonly (readonly string[])[];
  /** The spreadsheet's time zone, for date cells in the settings. */
  timeZone?: string;
  /** The measures sheet's merged ranges (0-based), as readGrid takes them. */
  merges?: readonly CellRange[];
}

/** Columns that describe what was done in a year: they start empty in the next one. */
const YEARLY: readonly TableColumn[] = ['results', 'suggestion', 'evidence'];

export function archiveSheetName(fiscalYear: number): string {
  return `มาตรการ ${fiscalYear}`;
}

export function confirmationsArchiveName(fiscalYear: number): string {
  return `${SHEETS.confirmations} ${fiscalYear}`;
}

/**
 * Columns the reader does not know that hold the year's outcome, not the plan: remarks (หมายเหตุ)
 * and anything headed as a result (ผล…, ผลการดำเนินการ…). Every other such column (หน่วยปฏิบัติ,
 * งบประมาณที่ได้รับ…) is part of the plan and carried.
 */
export function isYearlyOtherHeader(header: string): boolean {
  return /^(หมายเหตุ|ผล)/.test(normalizeText(header).replace(/\s+/g, ''));
}

function cellsOf(table: MeasureTable, index: number, column: TableColumn, fiscalYear: number): string {
  const m = table.measures[index];
  if (YEARLY.includes(column)) return '';
  if (column === 'measure') {
    const numbered = table.columns?.number === undefined && m.number !== null;
    return numbered ? `${formatNumber(m.number as number, table.numerals)}. ${m.title}` : m.title;
  }
  if (column === 'steps') return m.steps.map((s) => (s.marker ? `${s.marker} ${s.text}` : s.text)).join('\n');
  if (column === 'timeframe') return shiftTimeframeYears(m.extra?.timeframe ?? '', 1, fiscalYear);
  return isExtraColumn(column) ? m.extra?.[column] ?? '' : '';
}

/** The fiscal year the settings sheet holds, or null. */
export function settingsFiscalYear(settings: readonly (readonly unknown[])[] | null): number | null {
  const row = settingsRowOf(settings, 'fiscalYear');
  if (row < 0 || !settings) return null;
  const n = Number(toArabicDigits(String(settings[row][1] ?? '')).replace(/[^0-9]/g, ''));
  return n > 2400 && n < 2700 ? n : null;
}

/** A settings value as a person reads it in a note (a date cell in the Buddhist Era). */
function settingText(v: unknown, timeZone: string): string {
  return isDate(v) ? formatThaiDate(v, 'arabic', { timeZone }) : normalizeText(cellToString(v));
}

/** Values last year's settings held that mean nothing in the next: cleared, each kept in its cell's note. */
const CLEARED_SETTINGS: readonly SettingKey[] = ['reportDate', 'asOf', 'introduction', 'introductionFor'];

/** What rollover writes into the settings sheet (nothing when there is none). */
function settingsEdits(settings: readonly (readonly unknown[])[] | null, fiscalYear: number, options: RolloverOptions): SettingsCellEdit[] {
  if (!settings) return [];
  const timeZone = options.timeZone ?? 'Asia/Bangkok';
  const edits: SettingsCellEdit[] = [];
  const at = (key: SettingKey) => settingsRowOf(settings, key);
  const year = at('fiscalYear');
  if (year > 0) edits.push({ row: year, column: 1, key: 'fiscalYear', value: fiscalYear + 1 });
  // A new year starts with its plan; the six-month and annual reports come later in it.
  const edition = at('edition');
  if (edition > 0) edits.push({ row: edition, column: 1, key: 'edition', value: 'แผน' });
  for (const key of CLEARED_SETTINGS) {
    const row = at(key);
    const old = row > 0 ? settingText(settings[row][1], timeZone) : '';
    if (!old) continue;
    const earlier = normalizeText(options.settingsNotes?.[row]?.[1] ?? '');
    const note = `ค่าของปีงบประมาณ พ.ศ.${fiscalYear} (ล้างเมื่อเริ่มปีงบประมาณ ${fiscalYear + 1}):\n${old}`;
    edits.push({ row, column: 1, key, value: '', note: earlier ? `${earlier}\n\n${note}` : note });
  }
  return edits;
}

export function planRollover(
  measuresGrid: readonly (readonly unknown[])[],
  settings: readonly (readonly unknown[])[] | null,
  fiscalYear: number,
  options: RolloverOptions = {},
): RolloverPlan {
  // Read as check and publish read it: merged cells as the sheet shows them, a header on two rows as one.
  const table = readGrid(measuresGrid, options.merges);
  const headerCells = table.headerCells ?? measuresGrid[table.headerRow ?? 0].map((v) => normalizeText(String(v ?? '')));
  // Every headed column in the sheet's order: the number, the four and the extra columns with what
  // carries over, other headed columns carried unless they hold the year's outcome (remarks,
  // results-like), which start empty under their header as results do.
  const layout = placedColumns(table.columns);
  const others = table.columns?.other ?? [];
  const cellOf = (p: PlacedColumn, i: number): string => {
    if (p.column === 'other') return isYearlyOtherHeader(others[p.other].header) ? '' : table.measures[i].other?.[p.other] ?? '';
    if (p.column === 'suggestionPart') return '';
    if (p.column !== 'number') return cellsOf(table, i, p.column, fiscalYear);
    const n = table.measures[i].number;
    return n === null ? '' : formatNumber(n, table.numerals);
  };
  // A table without a problems / suggestions column gets one, empty, after its results in the sheet
  // made for next year: it is where suggestions are filled in (NO_SUGGESTION_COLUMN).
  const kinds = layout.map((l) => l.column);
  const addedAt = addedSuggestionAt(table.columns, kinds);
  // (A column headed only in a second header row takes that header, problems and suggestions split
  // over columns their labels: next year's sheet has one header row.)
  const parts = table.columns?.suggestionParts ?? [];
  const split = splitHeaders(parts.map((p) => p.label));
  const headerOf = (p: PlacedColumn): string => {
    if (p.column === 'other') return others[p.other].header;
    if (p.column === 'suggestionPart') return split[p.part];
    if (p.column === 'suggestion' && parts.length > 0) return split[0];
    return headerCells[p.at];
  };
  const header = insertedAt(layout.map(headerOf), addedAt, MEASURE_HEADERS.suggestion);
  const measureColumn = insertedAt(kinds, addedAt, 'suggestion').indexOf('measure');
  const notes: CellNote[] = [];
  const rows = table.measures.map((m, i) => {
    const suggestion = normalizeText(m.suggestion);
    if (suggestion) {
      notes.push({ row: i + 1, column: measureColumn, text: `ปัญหา / ข้อเสนอแนะ ปีงบประมาณ พ.ศ.${formatNumber(fiscalYear, table.numerals)}:\n${suggestion}` });
    }
    return insertedAt(layout.map((p) => cellOf(p, i)), addedAt, '');
  });
  // Each carried cell keeps the format of the cell it came from (the measure's first row); the
  // added suggestion column takes its left neighbour's (a format the sheet already accepted).
  const timeframeColumn = insertedAt(kinds, addedAt, 'suggestion').indexOf('timeframe');
  const staleTimeframes = timeframeColumn < 0 ? [] : rows.flatMap((row, i) => {
    const carried = row[timeframeColumn];
    const old = table.measures[i].extra?.timeframe ?? '';
    const stale = carried && !parseTimeframe(carried, fiscalYear + 1) && keepsOldYear(old, fiscalYear);
    return stale ? [{ cell: toA1(i + 1, timeframeColumn), text: carried }] : [];
  });
  const formats = options.numberFormats;
  const numberFormats = formats
    ? table.measures.map((m) => {
      const own = layout.map((p) => formats[m.row]?.[p.at] ?? formats[m.row]?.[0] ?? '');
      return insertedAt(own, addedAt, own[Math.max(addedAt - 1, 0)] ?? '');
    })
    : null;
  return {
    fiscalYear,
    nextFiscalYear: fiscalYear + 1,
    archiveName: archiveSheetName(fiscalYear),
    confirmationsArchiveName: confirmationsArchiveName(fiscalYear),
    measures: [header, ...rows],
    numberFormats,
    notes,
    settingsCells: settingsEdits(settings, fiscalYear, options),
    staleTimeframes,
  };
}

/**
 * What rollover did to the settings, said after it (`''` when nothing): the edition, which of last
 * year's values were cleared, and the carried timeframes it could not move to the new year.
 */
export function rolloverSettingsSaid(plan: RolloverPlan, lang: 'th' | 'en'): string {
  const cleared = plan.settingsCells.filter((c) => c.note !== undefined).map((c) => `“${SETTING_FIELDS.find((f) => f.key === c.key)?.label ?? c.key}”`);
  const edition = plan.settingsCells.some((c) => c.key === 'edition');
  const stale = plan.staleTimeframes.map((t) => `${t.cell} “${t.text}”`).join(', ');
  if (lang === 'en') {
    return `${edition ? ' The edition is now the plan.' : ''}${cleared.length ? ` Last year's ${cleared.join(', ')} cleared in the settings (the old values are in the cells' notes).` : ''}` +
      `${stale ? ` Timeframes that could not be read and still name ${plan.fiscalYear}'s year, copied as they were (correct them in the sheet “${SHEETS.measures}”): ${stale}.` : ''}`;
  }
  return `${edition ? ' ฉบับรายงานเป็น “แผน”' : ''}${cleared.length ? ` ล้าง ${cleared.join(', ')} ของปีก่อนในชีตตั้งค่าแล้ว (ค่าเดิมอยู่ในหมายเหตุของเซลล์)` : ''}` +
    `${stale ? ` ระยะเวลาดำเนินการที่อ่านไม่ได้และยังระบุปี ${plan.fiscalYear} คัดลอกไว้ตามเดิม (แก้ในชีต “${SHEETS.measures}”): ${stale}` : ''}`;
}
