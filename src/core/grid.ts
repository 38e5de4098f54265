import type { Column, ColumnMap, MeasureTable, SourceRef } from './types';
import { InputError } from './errors';
import { toA1 } from './a1';
import { COLUMNS, MEASURE_HEADERS, MEASURE_HEADERS_EN, findHeaderRow, isHeaderRow } from './headers';
import { assembleMeasures, detectNumerals, type RowRecord } from './assemble';
import { cellToString, normalizeText } from './text';
import { makeFinding } from './findings';
import { extraCells } from './columns';

/** Values as Range.getValues() or a workbook gives them, as strings (positions kept). */
function gridToStrings(grid: readonly (readonly unknown[])[]): string[][] {
  return grid.map((row) => row.map((value) => cellToString(value)));
}

function rowRecord(cells: string[], row: number, columns: ColumnMap): RowRecord {
  const refs = {} as Record<Column, SourceRef>;
  const values = {} as Record<Column, string>;
  for (const col of COLUMNS) {
    refs[col] = { cell: toA1(row, columns[col]) };
    values[col] = cells[columns[col]] ?? '';
  }
  const record: RowRecord = { row, number: columns.number === undefined ? '' : cells[columns.number] ?? '', cells: values, refs };
  const extra = extraCells(columns, (c) => ({ text: cells[c] ?? '', ref: { cell: toA1(row, c) } }));
  if (extra) record.extra = extra;
  return record;
}

/**
 * Reads the measures table from sheet-shaped values: the header row is searched in the first ten
 * rows, columns are found by their header text in any order, and extra columns are ignored.
 */
export function readGrid(grid: readonly (readonly unknown[])[]): MeasureTable {
  const rows = gridToStrings(grid).map((row) => row.map((cell) => normalizeText(cell)));
  if (rows.every((row) => row.every((cell) => !cell))) {
    throw new InputError('EMPTY_INPUT', 'ชีตว่าง ไม่มีตารางมาตรการ', 'The sheet is empty: there is no measures table');
  }
  const { match, closest } = findHeaderRow(rows);
  if (!match) {
    const wanted = COLUMNS.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ');
    if (closest) {
      const missingTh = closest.missing.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ');
      const missingEn = closest.missing.map((c) => `“${MEASURE_HEADERS_EN[c]}”`).join(', ');
      throw new InputError(
        'NO_HEADER',
        `แถวหัวตารางที่ ${closest.row + 1} ไม่มีคอลัมน์ ${missingTh} ต้องมีหัวคอลัมน์ ${wanted}`,
        `Header row ${closest.row + 1} lacks the column(s) ${missingEn}`,
        { cell: toA1(closest.row, 0) },
      );
    }
    throw new InputError(
      'NO_HEADER',
      `ไม่พบแถวหัวตารางใน ๑๐ แถวแรก ต้องมีหัวคอลัมน์ ${wanted}`,
      'No header row found in the first 10 rows: expected Measure, Steps, Results, Problems / Suggestions',
      { cell: 'A1' },
    );
  }
  const records: RowRecord[] = [];
  for (let r = match.row + 1; r < rows.length; r++) {
    if (isHeaderRow(rows[r], match.columns)) continue;
    records.push(rowRecord(rows[r], r, match.columns));
  }
  const { measures, findings } = assembleMeasures(records, 'merged-rows');
  if (measures.length === 0 && findings.length === 0) {
    const ref = { cell: toA1(match.row + 1, match.columns.measure) };
    findings.push(
      makeFinding('error', 'NO_MEASURES', null, null, ref,
        `ยังไม่มีมาตรการใต้แถวหัวตาราง (เริ่มที่เซลล์ ${ref.cell})`,
        `There are no measures below the header row (start at cell ${ref.cell})`),
    );
  }
  return {
    kind: 'sheet',
    measures,
    numerals: detectNumerals(records),
    headerRow: match.row,
    columns: match.columns,
    findings,
  };
}
