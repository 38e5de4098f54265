/**
 * The table's columns as a whole: the four of every sheet plus whichever extra columns it has,
 * in the sheet's own order. Readers, the report and rollover all go through here.
 */
import type { ColumnMap, ExtraColumn, SourceRef, SuggestionPartText, TableColumn } from './types';
import { COLUMNS, MEASURE_HEADERS, MEASURE_HEADERS_EN, classifyExtraHeader, classifyHeader } from './headers';
import { EXTRA_COLUMNS, EXTRA_HEADERS, EXTRA_HEADERS_EN } from './extraColumns';
import { isBlankCell } from './text';

export const ALL_COLUMNS: readonly TableColumn[] = [...COLUMNS, ...EXTRA_COLUMNS];

export function isExtraColumn(column: TableColumn): column is ExtraColumn {
  return (EXTRA_COLUMNS as readonly string[]).includes(column);
}

export function columnHeader(column: TableColumn, lang: 'th' | 'en' = 'th'): string {
  if (isExtraColumn(column)) return (lang === 'th' ? EXTRA_HEADERS : EXTRA_HEADERS_EN)[column];
  return (lang === 'th' ? MEASURE_HEADERS : MEASURE_HEADERS_EN)[column];
}

/**
 * A headed column of a table and where it stands (0-based): one of the four or an extra column, the
 * number column, or another headed column (`other`: its index in ColumnMap.other).
 */
export type PlacedColumn =
  | { at: number; column: TableColumn }
  | { at: number; column: 'number' }
  | { at: number; column: 'other'; other: number }
  /** A problems / suggestions part after the first (ColumnMap.suggestionParts[part]); the first stands as `suggestion`. */
  | { at: number; column: 'suggestionPart'; part: number };

/** Every headed column of a table in the sheet's order (the four alone, in their usual order, when unknown). */
export function placedColumns(columns: ColumnMap | undefined): PlacedColumn[] {
  if (!columns) return COLUMNS.map((column, at) => ({ at, column }));
  const placed: PlacedColumn[] = [
    ...COLUMNS.flatMap((column) => {
      const at = columns[column];
      return at === undefined ? [] : [{ at, column }];
    }),
    ...(Object.entries(columns.extra ?? {}) as [ExtraColumn, number][]).map(([column, at]) => ({ at, column })),
    ...(columns.number === undefined ? [] : [{ at: columns.number, column: 'number' as const }]),
    ...(columns.other ?? []).map((o, other) => ({ at: o.column, column: 'other' as const, other })),
    ...(columns.suggestionParts ?? []).slice(1).map((p, k) => ({ at: p.column, column: 'suggestionPart' as const, part: k + 1 })),
  ];
  return placed.sort((a, b) => a.at - b.at);
}

/** The columns a table has, in the sheet's order (the four alone, in their usual order, when unknown). */
export function columnOrder(columns: ColumnMap | undefined): TableColumn[] {
  return placedColumns(columns).flatMap((p) => (p.column === 'number' || p.column === 'other' || p.column === 'suggestionPart' ? [] : [p.column]));
}

/**
 * Where a sheet the add-on makes from a table (import, next year's) puts the problems / suggestions
 * column the table lacks: right after the results in `order`, the kinds of the sheet's columns left
 * to right; -1 when the table has the column. The add-on fills that column, so a sheet it makes has one.
 */
export function addedSuggestionAt(columns: ColumnMap | undefined, order: readonly PlacedColumn['column'][]): number {
  return columns !== undefined && columns.suggestion === undefined ? order.indexOf('results') + 1 : -1;
}

/** `cells` with `added` standing at `at` (as they were when `at` is negative). */
export function insertedAt<T>(cells: readonly T[], at: number, added: T): T[] {
  return at < 0 ? [...cells] : [...cells.slice(0, at), added, ...cells.slice(at)];
}

/** A row's cells beside the four, as a reader's row record holds them. */
export interface SideCells {
  extra?: Partial<Record<ExtraColumn, { text: string; ref: SourceRef }>>;
  other?: string[];
  /** The parts of a split problems / suggestions cell (ColumnMap.suggestionParts), joined per part across rows. */
  suggestionParts?: SuggestionPartText[];
}

/**
 * The cells of one row beside the four: its extra columns' and the other headed columns' (each
 * absent when the table has none).
 */
export function sideCells(columns: ColumnMap, cellAt: (column: number) => { text: string; ref: SourceRef }): SideCells {
  const out: SideCells = {};
  const entries = Object.entries(columns.extra ?? {}) as [ExtraColumn, number][];
  if (entries.length > 0) {
    const extra: Partial<Record<ExtraColumn, { text: string; ref: SourceRef }>> = {};
    for (const [column, position] of entries) extra[column] = cellAt(position);
    out.extra = extra;
  }
  if (columns.other?.length) out.other = columns.other.map((o) => cellAt(o.column).text);
  if (columns.suggestionParts?.length) out.suggestionParts = columns.suggestionParts.map((p) => ({ label: p.label, text: cellAt(p.column).text }));
  return out;
}

/**
 * A row's problems / suggestions: its cell, or, under a header cell merged over sub-columns
 * (`ปัญหา | ข้อเสนอแนะ`) or headed apart, the halves' texts joined after their labels, with the cell
 * a fill goes to. Null when the table has no such column.
 */
export function suggestionCell(
  columns: ColumnMap, cellAt: (column: number) => { text: string; ref: SourceRef },
): { text: string; ref: SourceRef } | null {
  if (columns.suggestion === undefined) return null;
  const parts = columns.suggestionParts;
  if (!parts || parts.length === 0) return cellAt(columns.suggestion);
  const texts = parts.map((p) => ({ label: p.label, text: cellAt(p.column).text }));
  return { text: joinedParts(texts), ref: cellAt(suggestionFillColumn(columns) as number).ref };
}

/** The parts of a split problems / suggestions cell as one text: each written part after its label, on a line of its own (the report prints it as its own paragraph). */
export function joinedParts(parts: readonly SuggestionPartText[]): string {
  return parts
    .flatMap((p) => (isBlankCell(p.text) ? [] : [p.label ? `${p.label}: ${p.text.trim()}` : p.text.trim()]))
    .join('\n');
}

/** The column a suggestion is filled into: the problems / suggestions column, or its suggestions half when split. */
export function suggestionFillColumn(columns: ColumnMap | undefined): number | undefined {
  const parts = columns?.suggestionParts;
  return parts && parts.length > 0 ? parts[parts.length - 1].column : columns?.suggestion;
}

/** Reads a list of column names as a person types it (`งบประมาณ, หลักฐาน` or `budget, evidence`), with the header variants. */
export function parseColumnList(text: string): TableColumn[] {
  const out: TableColumn[] = [];
  for (const word of text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean)) {
    const main = classifyHeader(word);
    const column = main && main !== 'number' ? main : classifyExtraHeader(word) ?? (ALL_COLUMNS as readonly string[]).find((c) => c === word);
    if (column && !out.includes(column as TableColumn)) out.push(column as TableColumn);
  }
  return out;
}
