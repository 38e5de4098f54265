import type { Column, ColumnMap, Finding, MeasureTable, SourceRef } from './types';
import { InputError } from './errors';
import { toA1 } from './a1';
import { readTitleFacts } from './titleFacts';
import { COLUMNS, NEEDED_COLUMNS, findHeaderRow, isHeaderRow, missingColumnsMessage, noSuggestionColumnFinding } from './headers';
import { assembleMeasures, detectNumerals, type RowRecord } from './assemble';
import { cellToString, normalizeText } from './text';
import { makeFinding } from './findings';
import { sideCells, suggestionCell } from './columns';
import { noteRowsWithin, tableEndRow, trailingFinding, trailingRowsOf } from './tableEnd';
import { coveringMerge, type CellRange } from './merges';
import { forbiddenCodes, invalidCharacterFinding } from './xmlChars';
import { SHEET_PLACE, repeatsSubHeader, subHeaderFindings, subHeaderRows, unheadedColumnFindings, withMeasureOverNumbers, withSubHeaderColumns } from './subHeaders';

/** Cells of the table holding characters no .xlsx or .docx can carry: writers drop them, the check says where. */
function invalidCharacterFindings(raw: string[][], fromRow: number, toRow: number): Finding[] {
  const findings: Finding[] = [];
  for (let r = fromRow; r < toRow; r++) {
    (raw[r] ?? []).forEach((cell, c) => {
      const codes = forbiddenCodes(cell);
      if (codes.length === 0) return;
      findings.push(invalidCharacterFinding({ cell: toA1(r, c) }, codes));
    });
  }
  return findings;
}

/** True when a row holds exactly `row`'s text, cell for cell (a header row repeated at a page break). */
function repeatsRow(cells: readonly string[], row: readonly string[]): boolean {
  const width = Math.max(cells.length, row.length);
  return Array.from({ length: width }, (_, c) => c).every((c) => (cells[c] ?? '') === (row[c] ?? ''));
}

/** Values as Range.getValues() or a workbook gives them, as strings (positions kept). */
function gridToStrings(grid: readonly (readonly unknown[])[]): string[][] {
  return grid.map((row) => row.map((value) => cellToString(value)));
}

/** A covered cell read as the sheet shows it: its merge's first cell's text, found there. */
interface ShownCell {
  text: string;
  ref: SourceRef;
}

function rowRecord(cells: string[], row: number, columns: ColumnMap, shown?: Map<number, ShownCell>): RowRecord {
  const refs = {} as Record<Column, SourceRef>;
  const values = {} as Record<Column, string>;
  const cellAt = (c: number) => shown?.get(c) ?? { text: cells[c] ?? '', ref: { cell: toA1(row, c) } };
  for (const col of COLUMNS) {
    // (No problems / suggestions column: an empty cell that stands nowhere, so nothing is filled.)
    const cell = col === 'suggestion' ? suggestionCell(columns, cellAt) : columns[col] === undefined ? null : cellAt(columns[col] as number);
    refs[col] = cell?.ref ?? {};
    values[col] = cell?.text ?? '';
  }
  const record: RowRecord = { row, number: columns.number === undefined ? '' : cells[columns.number] ?? '', cells: values, refs };
  if (columns.number !== undefined) record.numberRef = { cell: toA1(row, columns.number) };
  return { ...record, ...sideCells(columns, cellAt) };
}

/**
 * The table's rows as records, read as the sheet shows them. Google and Excel keep a merged range's
 * text in its first cell only; a title merged down over a measure's step rows leaves those rows
 * blank there, which is what makes them continuation rows (and a number beside them numbers a row,
 * not a new measure). A cell of another column merged down over several measures (one
 * "ไม่มีปัญหาอุปสรรค" or one responsible unit for all) shows its text for each of them: the first
 * row of each later measure under it reads the merge's text, its findings pointing at the merge's
 * first cell.
 */
function tableRecords(rows: string[][], tableRows: number[], columns: ColumnMap, merges: readonly CellRange[]): RowRecord[] {
  const inTable = new Set(tableRows);
  const records = tableRows.map((r) => {
    const rec = rowRecord(rows[r], r, columns);
    const title = coveringMerge(merges, r, columns.measure);
    if (title && title.top < r && inTable.has(title.top)) rec.titleCovered = true;
    return rec;
  });
  if (merges.length === 0) return records;
  const starts = assembleMeasures(records, 'merged-rows').measures.map((m) => m.row);
  const measureOf = (r: number) => starts.filter((start) => start <= r).length;
  const shown = new Map<number, Map<number, ShownCell>>();
  for (const merge of merges) {
    if (!inTable.has(merge.top) || measureOf(merge.top) === 0) continue;
    const text = rows[merge.top][merge.left] ?? '';
    const ref = { cell: toA1(merge.top, merge.left) };
    for (const start of starts) {
      if (start <= merge.top || start > merge.bottom) continue;
      for (let c = merge.left; c <= merge.right; c++) {
        if (c === columns.measure || c === columns.number) continue;
        if (!shown.has(start)) shown.set(start, new Map());
        shown.get(start)?.set(c, { text, ref });
      }
    }
  }
  return records.map((rec) => {
    const cells = shown.get(rec.row);
    return cells ? { ...rowRecord(rows[rec.row], rec.row, columns, cells), ...(rec.titleCovered ? { titleCovered: true } : {}) } : rec;
  });
}

/**
 * Reads the measures table from sheet-shaped values: the header row is searched in the first ten
 * rows, columns are found by their header text in any order, and extra columns are ignored.
 * `merges` are the sheet's merged ranges (the values hold each one's text in its first cell only).
 */
export function readGrid(grid: readonly (readonly unknown[])[], merges: readonly CellRange[] = []): MeasureTable {
  const raw = gridToStrings(grid);
  const rows = raw.map((row) => row.map((cell) => normalizeText(cell)));
  if (rows.every((row) => row.every((cell) => !cell))) {
    throw new InputError('EMPTY_INPUT', 'ชีตว่าง ไม่มีตารางมาตรการ', 'The sheet is empty: there is no measures table');
  }
  const { match, closest } = findHeaderRow(rows);
  if (!match) {
    if (closest) {
      const message = missingColumnsMessage({ th: `แถวหัวตารางที่ ${closest.row + 1}`, en: `Header row ${closest.row + 1}` }, closest.missing);
      throw new InputError('NO_HEADER', message.th, message.en, { cell: toA1(closest.row, 0) });
    }
    throw new InputError('NO_HEADER', `ไม่พบแถวหัวตารางใน ๑๐ แถวแรก ${NEEDED_COLUMNS.th}`, `No header row found in the first 10 rows: ${NEEDED_COLUMNS.en}`, { cell: 'A1' });
  }
  // A header on two rows is read as its lower row holding both rows' labels; either row, repeated at
  // a page break, is the header's too.
  const stackedRows = match.stacked ? [rows[match.stacked.top], rows[match.row]] : [];
  if (match.stacked) rows[match.row] = match.stacked.cells;
  // A second header row (column numbers, an English translation, sub-columns' labels) is the header's too.
  const sub = subHeaderRows(rows, match.row, match.columns);
  const headed = withSubHeaderColumns(rows, match.row, match.columns, sub);
  const firstRow = match.row + 1 + sub.rows.length;
  const end = tableEndRow(rows, firstRow - 1, headed);
  const notes = noteRowsWithin(rows, firstRow, end, headed);
  const tableRows = Array.from({ length: Math.max(0, end - firstRow) }, (_, k) => firstRow + k)
    .filter((r) => !notes.has(r) && !isHeaderRow(rows[r], headed, rows[match.row]) && !repeatsSubHeader(rows[r], rows, sub) && !stackedRows.some((row) => repeatsRow(rows[r], row)));
  const columns = withMeasureOverNumbers(rows, rows[match.row], tableRows, headed);
  const records = tableRecords(rows, tableRows, columns, merges);
  const { measures, findings } = assembleMeasures(records, 'merged-rows');
  if (measures.length === 0 && findings.length === 0) {
    const ref = { cell: toA1(firstRow, columns.measure) };
    findings.push(
      makeFinding('error', 'NO_MEASURES', null, null, ref,
        `ยังไม่มีมาตรการใต้แถวหัวตาราง (เริ่มที่เซลล์ ${ref.cell})`,
        `There are no measures below the header row (start at cell ${ref.cell})`),
    );
  }
  findings.unshift(
    ...subHeaderFindings(rows, sub, SHEET_PLACE),
    ...unheadedColumnFindings(rows, match.row, records.map((rec) => rec.row), columns, SHEET_PLACE),
  );
  if (match.columns.suggestion === undefined) {
    const where = { th: `แถวหัวตารางที่ ${match.row + 1}`, en: `Header row ${match.row + 1}` };
    findings.unshift(noSuggestionColumnFinding(where, { cell: toA1(match.row, match.columns.results) }, rows[match.row]));
  }
  findings.push(...notes.values(), ...invalidCharacterFindings(raw, match.row, end));
  const table: MeasureTable = {
    kind: 'sheet',
    measures,
    numerals: detectNumerals(records),
    headerRow: match.row,
    headerCells: rows[match.row],
    columns,
    findings,
    ...(merges.length > 0 ? { merges: merges.map((m) => ({ ...m })) } : {}),
  };
  const trailing = trailingRowsOf(rows, end, columns);
  if (trailing) table.trailing = trailing;
  const cutOff = trailing && trailingFinding(trailing);
  if (cutOff) findings.push(cutOff);
  const titleLines = rows.slice(0, match.stacked?.top ?? match.row).map((row) => row.filter(Boolean).join(' ')).filter(Boolean);
  // The title rows above the header say the agency, year and edition; the sheet has no introduction.
  if (titleLines.length > 0) table.preamble = { titleLines, introduction: [], ...readTitleFacts(titleLines) };
  return table;
}
