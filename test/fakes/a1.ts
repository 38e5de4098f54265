import { columnLetters as coreColumnLetters } from '../../src/core/a1';

/** A1 notation as Google Sheets reads it: `B3`, `$B$3`, `A1:D10`, `A:D` (whole columns), `2:5` (whole rows). */
export interface GridRange {
  row: number; // 1-based
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Column letters of a 1-based column (the core's helper counts from 0). */
export function columnLetters(column: number): string {
  return coreColumnLetters(column - 1);
}

export function a1Of(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(r: GridRange): string {
  const start = a1Of(r.row, r.column);
  return r.numRows === 1 && r.numColumns === 1 ? start : `${start}:${a1Of(r.row + r.numRows - 1, r.column + r.numColumns - 1)}`;
}

/** Splits an optional sheet prefix (`'My sheet'!A1`). */
export function splitSheet(a1: string): { sheet?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: a1.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;
const COL = /^\$?([A-Za-z]+)$/;
const ROW = /^\$?(\d+)$/;

/** Parses A1 notation; `maxRows`/`maxColumns` bound whole-column and whole-row references. Throws like Sheets. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): GridRange {
  const { ref } = splitSheet(a1.trim());
  const [from, to = from] = ref.split(':');
  const fail = () => new Error(`Range not found: ${a1}`);
  const c1 = CELL.exec(from);
  const c2 = CELL.exec(to);
  if (c1 && c2) {
    const r0 = Math.min(Number(c1[2]), Number(c2[2]));
    const r1 = Math.max(Number(c1[2]), Number(c2[2]));
    const k0 = Math.min(columnNumber(c1[1]), columnNumber(c2[1]));
    const k1 = Math.max(columnNumber(c1[1]), columnNumber(c2[1]));
    if (r0 < 1) throw fail();
    return { row: r0, column: k0, numRows: r1 - r0 + 1, numColumns: k1 - k0 + 1 };
  }
  const l1 = COL.exec(from);
  const l2 = COL.exec(to);
  if (l1 && l2 && ref.includes(':')) {
    const k0 = Math.min(columnNumber(l1[1]), columnNumber(l2[1]));
    const k1 = Math.max(columnNumber(l1[1]), columnNumber(l2[1]));
    return { row: 1, column: k0, numRows: maxRows, numColumns: k1 - k0 + 1 };
  }
  const w1 = ROW.exec(from);
  const w2 = ROW.exec(to);
  if (w1 && w2 && ref.includes(':')) {
    const r0 = Math.min(Number(w1[1]), Number(w2[1]));
    const r1 = Math.max(Number(w1[1]), Number(w2[1]));
    return { row: r0, column: 1, numRows: r1 - r0 + 1, numColumns: maxColumns };
  }
  throw fail();
}
