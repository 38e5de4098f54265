/**
 * Starting the next fiscal year, as a pure transform on grids: the current measures sheet is kept
 * under `มาตรการ <ปี>`, and a fresh measures sheet carries the measures, their steps and the extra
 * columns, with results, suggestions and evidence empty; last year's problems and suggestions
 * travel as a note on each measure. The add-on and the command line apply the plan each their way.
 */
import type { MeasureTable, TableColumn } from './types';
import { readGrid } from './grid';
import { addedSuggestionAt, insertedAt, isExtraColumn, placedColumns, type PlacedColumn } from './columns';
import { formatNumber, normalizeText, toArabicDigits } from './text';
import { MEASURE_HEADERS, splitHeaders } from './headers';
import { SETTING_FIELDS } from './settings';
import { shiftTimeframeYears } from './timeframe';

export interface CellNote {
  /** 0-based row and column in the new measures grid. */
  row: number;
  column: number;
  text: string;
}

export interface RolloverPlan {
  fiscalYear: number;
  nextFiscalYear: number;
  /** Name the current measures sheet is kept under. */
  archiveName: string;
  /** The new measures sheet: header row, then one row per measure. */
  measures: string[][];
  notes: CellNote[];
  /** The settings cell (0-based) holding the fiscal year, and its new value; null when the settings have none. */
  fiscalYearCell: { row: number; column: number; value: number } | null;
}

/** Columns that describe what was done in a year: they start empty in the next one. */
const YEARLY: readonly TableColumn[] = ['results', 'suggestion', 'evidence'];

export function archiveSheetName(fiscalYear: number): string {
  return `มาตรการ ${fiscalYear}`;
}

function cellsOf(table: MeasureTable, index: number, column: TableColumn): string {
  const m = table.measures[index];
  if (YEARLY.includes(column)) return '';
  if (column === 'measure') {
    const numbered = table.columns?.number === undefined && m.number !== null;
    return numbered ? `${formatNumber(m.number as number, table.numerals)}. ${m.title}` : m.title;
  }
  if (column === 'steps') return m.steps.map((s) => (s.marker ? `${s.marker} ${s.text}` : s.text)).join('\n');
  if (column === 'timeframe') return shiftTimeframeYears(m.extra?.timeframe ?? '', 1);
  return isExtraColumn(column) ? m.extra?.[column] ?? '' : '';
}

/** Where the settings sheet keeps the fiscal year: the row keyed `fiscalYear` (column C) or labelled so (column A). */
function fiscalYearRow(settings: readonly (readonly unknown[])[] | null): number {
  if (!settings) return -1;
  const label = SETTING_FIELDS.find((f) => f.key === 'fiscalYear')?.label;
  return settings.findIndex((row, r) => r > 0 && (String(row[2] ?? '').trim() === 'fiscalYear' || String(row[0] ?? '').trim() === label));
}

/** The fiscal year the settings sheet holds, or null. */
export function settingsFiscalYear(settings: readonly (readonly unknown[])[] | null): number | null {
  const row = fiscalYearRow(settings);
  if (row < 0 || !settings) return null;
  const n = Number(toArabicDigits(String(settings[row][1] ?? '')).replace(/[^0-9]/g, ''));
  return n > 2400 && n < 2700 ? n : null;
}

export function planRollover(
  measuresGrid: readonly (readonly unknown[])[],
  settings: readonly (readonly unknown[])[] | null,
  fiscalYear: number,
): RolloverPlan {
  const table = readGrid(measuresGrid);
  const headerCells = measuresGrid[table.headerRow ?? 0].map((v) => normalizeText(String(v ?? '')));
  // Every headed column in the sheet's order: the number, the four and the extra columns with what
  // carries over, other headed columns (หมายเหตุ…) empty under their header, as results are.
  const layout = placedColumns(table.columns);
  const cellOf = (p: PlacedColumn, i: number): string => {
    if (p.column === 'other' || p.column === 'suggestionPart') return '';
    if (p.column !== 'number') return cellsOf(table, i, p.column);
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
    if (p.column === 'other') return table.columns?.other?.[p.other].header ?? '';
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
  const row = fiscalYearRow(settings);
  return {
    fiscalYear,
    nextFiscalYear: fiscalYear + 1,
    archiveName: archiveSheetName(fiscalYear),
    measures: [header, ...rows],
    notes,
    fiscalYearCell: row < 0 ? null : { row, column: 1, value: fiscalYear + 1 },
  };
}
