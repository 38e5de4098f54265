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

/** Values as Range.getValues() or a workbook gives them, as strings (positions kept). */
function gridToStrings(grid: readonly (readonly unknown[])[]): string[][] {
  return grid.map((row) => row.map((value) => cellToString(value)));
}

function rowRecord(cells: string[], row: number, columns: ColumnMap): RowRecord {
  const refs = {} as Record<Column, SourceRef>;
  const values = {} as Record<Column, string>;
  const cellAt = (c: number) => ({ text: cells[c] ?? '', ref: { cell: toA1(row, c) } });
  for (const col of COLUMNS) {
    // (No problems / suggestions column: an empty cell that stands nowhere, so nothing is filled.)
    const cell = col === 'suggestion' ? suggestionCell(columns, cellAt) : columns[col] === undefined ? null : cellAt(columns[col] as number);
    refs[col] = cell?.ref ?? {};
    values[col] = cell?.text ?? '';
  }
  const record: RowRecord = { row, number: columns.number === undefined ? '' : cells[columns.number] ?? '', cells: values, refs };
  return { ...record, ...sideCells(columns, cellAt) };
}

/**
 * Reads the measures table from sheet-shaped values: the header row is searched in the first ten
 * rows, columns are found by their header text in any order, and extra columns are ignored.
 */
export function readGrid(grid: readonly (readonly unknown[])[]): MeasureTable {
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
  // A second header row (column numbers, an English translation, sub-columns' labels) is the header's too.
  const sub = subHeaderRows(rows, match.row, match.columns);
  const headed = withSubHeaderColumns(rows, match.row, match.columns, sub);
  const firstRow = match.row + 1 + sub.rows.length;
  const end = tableEndRow(rows, firstRow - 1, headed);
  const notes = noteRowsWithin(rows, firstRow, end, headed);
  const tableRows = Array.from({ length: Math.max(0, end - firstRow) }, (_, k) => firstRow + k)
    .filter((r) => !notes.has(r) && !isHeaderRow(rows[r], headed, rows[match.row]) && !repeatsSubHeader(rows[r], rows, sub));
  const columns = withMeasureOverNumbers(rows, rows[match.row], tableRows, headed);
  const records: RowRecord[] = [];
  for (const r of tableRows) records.push(rowRecord(rows[r], r, columns));
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
    columns,
    findings,
  };
  const trailing = trailingRowsOf(rows, end, columns);
  if (trailing) table.trailing = trailing;
  const cutOff = trailing && trailingFinding(trailing);
  if (cutOff) findings.push(cutOff);
  const titleLines = rows.slice(0, match.row).map((row) => row.filter(Boolean).join(' ')).filter(Boolean);
  // The title rows above the header say the agency, year and edition; the sheet has no introduction.
  if (titleLines.length > 0) table.preamble = { titleLines, introduction: [], ...readTitleFacts(titleLines) };
  return table;
}
