/**
 * Merged cells of the measures sheet. Google Sheets (Range.getValues / getDisplayValues) and Excel
 * keep a merged range's value in its top-left cell only; every other cell it covers reads blank,
 * though the sheet shows the value over all of them. The reader uses the ranges to read a covered
 * cell as the sheet shows it, and fill uses them to leave covered and shared cells alone.
 */
import type { Measure, MeasureTable, SuggestionFill } from './types';
import { fromA1, toA1 } from './a1';

/** A merged range, 0-based and inclusive (row 0 = sheet row 1, column 0 = column A). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rangeA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${toA1(range.bottom, range.right)}`;
}

/** A range in A1 notation (`D2:D4`, or one cell `D2`), 0-based. */
export function parseRangeA1(ref: string): CellRange {
  const [a, b = a] = ref.split(':');
  const start = fromA1(a);
  const end = fromA1(b);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/** The merged range holding a cell, if any. */
export function mergeAt(merges: readonly CellRange[], row: number, column: number): CellRange | undefined {
  return merges.find((m) => row >= m.top && row <= m.bottom && column >= m.left && column <= m.right);
}

/** A cell some merge covers without starting there: it reads blank, the sheet shows its master's value. */
export function coveringMerge(merges: readonly CellRange[], row: number, column: number): CellRange | undefined {
  const merge = mergeAt(merges, row, column);
  return merge && (merge.top !== row || merge.left !== column) ? merge : undefined;
}

export interface MergeRefusal {
  cell: string;
  messageTh: string;
  messageEn: string;
}

/**
 * Why a cell may not be filled for a measure whose rows run from `firstRow` to `lastRow`: it is
 * covered by a merge (writing it would overwrite the merge's first cell), or it starts a merge that
 * reaches other columns or another measure's rows (the text would show for that measure too).
 */
export function mergeFillRefusal(merges: readonly CellRange[], target: { row: number; column: number; firstRow?: number; lastRow?: number }): MergeRefusal | null {
  const range = mergeAt(merges, target.row, target.column);
  if (!range) return null;
  const a1 = toA1(target.row, target.column);
  const ref = rangeA1(range);
  const anchor = toA1(range.top, range.left);
  if (range.top !== target.row || range.left !== target.column) {
    return {
      cell: a1,
      messageTh: `ไม่เติม ${a1}: เซลล์นี้ถูกผสานเข้ากับ ${ref} ซึ่งเริ่มที่ ${anchor} การเติมจะเขียนทับข้อความใน ${anchor}`,
      messageEn: `Not filled ${a1}: it is merged into ${ref}, which starts at ${anchor}; filling would overwrite ${anchor}`,
    };
  }
  if (range.right !== range.left) {
    return {
      cell: a1,
      messageTh: `ไม่เติม ${a1}: เซลล์ผสาน ${ref} คร่อมคอลัมน์อื่น แยกเซลล์ก่อนแล้วเติมใหม่`,
      messageEn: `Not filled ${a1}: the merged range ${ref} spans other columns; unmerge it and fill again`,
    };
  }
  if (range.top < (target.firstRow ?? target.row) || range.bottom > (target.lastRow ?? target.row)) {
    return {
      cell: a1,
      messageTh: `ไม่เติม ${a1}: เซลล์ผสาน ${ref} คร่อมแถวของมาตรการอื่น แยกเซลล์ก่อนแล้วเติมใหม่`,
      messageEn: `Not filled ${a1}: the merged range ${ref} spans another measure's rows; unmerge it and fill again`,
    };
  }
  return null;
}

/** The rows a measure spans in the sheet: its first row to its last continuation row. */
export function measureRows(measure: Measure | undefined, row: number): { firstRow: number; lastRow: number } {
  return { firstRow: measure?.row ?? row, lastRow: Math.max(row, ...(measure?.continuationRows ?? [])) };
}

/**
 * Planned fills split into those a merge allows and those it refuses. Fill (add-on and CLI) and the
 * CLI's publish use the same split, so a report never prints a suggestion the sheet cannot show.
 */
export function splitByMerges(table: MeasureTable, fills: readonly SuggestionFill[]): { kept: SuggestionFill[]; refused: { fill: SuggestionFill; refusal: MergeRefusal }[] } {
  const merges = table.merges ?? [];
  const kept: SuggestionFill[] = [];
  const refused: { fill: SuggestionFill; refusal: MergeRefusal }[] = [];
  for (const fill of fills) {
    const measure = table.measures.find((m) => m.index === fill.measureIndex);
    // A measure reading a merge started above it (its cell points there) is refused at its own row's cell.
    const row = measure && fill.row >= 0 && fill.row < measure.row ? measure.row : fill.row;
    const refusal = row >= 0 && fill.column >= 0 ? mergeFillRefusal(merges, { row, column: fill.column, ...measureRows(measure, row) }) : null;
    if (refusal) refused.push({ fill, refusal });
    else kept.push(fill);
  }
  return { kept, refused };
}
