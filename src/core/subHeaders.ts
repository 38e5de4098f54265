/**
 * The second row of a two-row header. Agencies' forms number their columns under the header
 * (`(1) (2) (3) (4)`), repeat it in English, or split a merged header cell into sub-columns
 * (`ผลการดำเนินงาน` over `รอบ ๖ เดือน | รอบ ๑๒ เดือน`). Read as a row, such a line became a measure
 * (checked, printed and filled like one) or an orphan-row error. Here it is part of the header: a
 * column headed only there is carried under that sub-header like any other headed column, and text
 * the check cannot read (a column with no header, the second half of merged results) is named in a
 * warning.
 */
import type { ColumnMap, Finding, OtherColumn, SourceRef } from './types';
import { COLUMNS, HEADER_MAX, MEASURE_HEADERS, classifyExtraHeader, classifyHeader, headerKey } from './headers';
import { isBlankCell, normalizeText, parseDigits } from './text';
import { makeFinding } from './findings';
import { columnLetters, toA1 } from './a1';

/** At most this many rows under the header belong to it (a numbers row under a translation row). */
const MAX_SUB_HEADER_ROWS = 2;

/** A column's number in a numbers row: `(1)`, `๑`, `[2]`, `3.`. */
const COLUMN_NUMBER = /^[([]?\s*([0-9๐-๙]{1,2})\s*[)\].]?$/;

/** A cell opening with an item or measure number (`1.`, `๑)`, `(2)`): data, never a label. */
const ITEM_START = /^\(?[0-9๐-๙]{1,3}[.)]/;

/** What the header row says a column is: one of the four, the number column, an extra column's kind, or null. */
function kindAt(columns: ColumnMap, column: number): string | null {
  for (const col of COLUMNS) if (columns[col] === column) return col;
  if (columns.number === column) return 'number';
  for (const [kind, at] of Object.entries(columns.extra ?? {})) if (at === column) return kind;
  return null;
}

function filledColumns(cells: readonly string[]): number[] {
  return cells.flatMap((cell, c) => (isBlankCell(cell) ? [] : [c]));
}

/** `(1) (2) (3) (4)`: two or more column numbers, rising left to right, and nothing else. */
function numbersColumns(cells: readonly string[]): boolean {
  const filled = filledColumns(cells);
  if (filled.length < 2) return false;
  let previous = -1;
  for (const c of filled) {
    const m = COLUMN_NUMBER.exec(cells[c].trim());
    if (!m) return false;
    const value = parseDigits(m[1]);
    if (value <= previous) return false;
    previous = value;
  }
  return true;
}

/**
 * `Measure | Steps | Results`: two or more cells naming their own column again in English, and
 * nothing else. Only English: Thai header words start many measures (`มาตรการป้องกัน…`,
 * `จัดกิจกรรม…`, `ผลการดำเนินงานเป็นไปตามแผน`), and a measure must never be taken for a header.
 */
function repeatsColumnNames(cells: readonly string[], columns: ColumnMap): boolean {
  const filled = filledColumns(cells);
  return filled.length >= 2 && filled.every((c) => {
    if (/[ก-๛]/.test(cells[c])) return false;
    const kind = classifyHeader(cells[c]) ?? classifyExtraHeader(cells[c]);
    return kind !== null && kind === kindAt(columns, c);
  });
}

/** A short one-line label: what a header cell holds, never an item of a list. */
function isLabel(cell: string): boolean {
  const text = cell.trim();
  return !text.includes('\n') && !ITEM_START.test(text) && headerKey(text).length <= HEADER_MAX;
}

/**
 * Labels of a header split into sub-columns: no measure (or number) text, two or more short
 * labels, one of them under a column the header row leaves blank (the rest of a merged cell).
 */
function labelsSubColumns(cells: readonly string[], columns: ColumnMap, header: readonly string[]): boolean {
  const filled = filledColumns(cells);
  if (filled.length < 2 || !isBlankCell(cells[columns.measure] ?? '')) return false;
  if (columns.number !== undefined && !isBlankCell(cells[columns.number] ?? '')) return false;
  return filled.every((c) => isLabel(cells[c])) && filled.some((c) => isBlankCell(header[c] ?? '') && c > 0);
}

export interface SubHeader {
  /** 0-based rows under the header row that belong to it, top to bottom. */
  rows: number[];
  /** Rows read as sub-column labels (not numbers or a translation): each is named in an info line. */
  labelRows: number[];
}

/** The rows right under the header row that belong to it (none for most tables). */
export function subHeaderRows(rows: readonly (readonly string[])[], headerRow: number, columns: ColumnMap): SubHeader {
  const header = rows[headerRow] ?? [];
  const found: SubHeader = { rows: [], labelRows: [] };
  for (let r = headerRow + 1; r < rows.length && found.rows.length < MAX_SUB_HEADER_ROWS; r++) {
    const cells = rows[r];
    if (numbersColumns(cells) || repeatsColumnNames(cells, columns)) {
      found.rows.push(r);
    } else if (labelsSubColumns(cells, columns, header)) {
      found.rows.push(r);
      found.labelRows.push(r);
    } else {
      break;
    }
  }
  return found;
}

/** True when a row repeats one of the sub-header rows (reports repeat both header rows at a page break). */
export function repeatsSubHeader(cells: readonly string[], rows: readonly (readonly string[])[], sub: SubHeader): boolean {
  return sub.rows.some((r) => {
    const width = Math.max(cells.length, rows[r].length);
    for (let c = 0; c < width; c++) if (headerKey(cells[c] ?? '') !== headerKey(rows[r][c] ?? '')) return false;
    return true;
  });
}

/** The labels a sub-header gives column `c` (column numbers aside), joined. */
function subLabel(rows: readonly (readonly string[])[], sub: SubHeader, c: number): string {
  return sub.rows
    .map((r) => normalizeText(rows[r][c] ?? '').trim())
    .filter((text) => text !== '' && !COLUMN_NUMBER.test(text))
    .join(' ');
}

/** The headed column a blank header cell belongs to when the cell is the rest of a merged one, or -1. */
function mergedInto(header: readonly string[], c: number, labelled: (column: number) => boolean): number {
  let at = c - 1;
  while (at >= 0 && isBlankCell(header[at] ?? '')) at--;
  // Both halves labelled below: the sign of one header cell merged over sub-columns.
  return at >= 0 && labelled(at) ? at : -1;
}

function usedColumns(columns: ColumnMap): Set<number> {
  return new Set(
    [...COLUMNS.map((col) => columns[col]), columns.number, ...Object.values(columns.extra ?? {}), ...(columns.other ?? []).map((o) => o.column)]
      .filter((c): c is number => c !== undefined),
  );
}

/**
 * The columns with the ones headed only in the sub-header added to `other`, so they are carried and
 * printed under it; a sub-column of a merged header cell is headed by both (`ผลการดำเนินงาน รอบ ๑๒ เดือน`).
 * Each added column also records the column it was merged into (for UNHEADED_COLUMN's message).
 */
export function withSubHeaderColumns(rows: readonly (readonly string[])[], headerRow: number, columns: ColumnMap, sub: SubHeader): ColumnMap {
  if (sub.rows.length === 0) return columns;
  const header = rows[headerRow] ?? [];
  const width = Math.max(header.length, ...sub.rows.map((r) => rows[r].length));
  const used = usedColumns(columns);
  const added: OtherColumn[] = [];
  for (let c = 0; c < width; c++) {
    if (used.has(c) || !isBlankCell(header[c] ?? '')) continue;
    const label = subLabel(rows, sub, c);
    if (!label) continue;
    const parent = mergedInto(header, c, (at) => subLabel(rows, sub, at) !== '');
    added.push(parent < 0
      ? { header: label, column: c }
      : { header: `${normalizeText(header[parent]).trim()} ${label}`, column: c, mergedInto: parent });
  }
  if (added.length === 0) return columns;
  return { ...columns, other: [...(columns.other ?? []), ...added].sort((a, b) => a.column - b.column) };
}

/** Where a finding points and how a message names a column, for sheets (A1) or report text (lines). */
export interface CellPlace {
  ref(row: number, column: number): SourceRef;
  column(column: number): { th: string; en: string };
  cell(row: number, column: number): { th: string; en: string };
}

/** A bare number, the way a number column with no header holds its measures' numbers. */
const BARE_NUMBER = /^\(?[0-9๐-๙]{1,3}[.)]?\)?$/;

/**
 * A warning for each column whose text the check never reads though a person wrote it: a column
 * with no header, and a sub-column of a merged steps or results header (only the headed column is
 * checked, and the report prints the table's own columns). A sub-column of other headers is carried
 * like any other headed column (หมายเหตุ…), unwarned.
 */
export function unheadedColumnFindings(
  rows: readonly (readonly string[])[], headerRow: number, dataRows: readonly number[], columns: ColumnMap, place: CellPlace,
): Finding[] {
  const header = rows[headerRow] ?? [];
  const used = usedColumns(columns);
  const merged = new Map((columns.other ?? []).flatMap((o) => (o.mergedInto === undefined ? [] : [[o.column, o] as const])));
  const width = Math.max(0, ...dataRows.map((r) => rows[r].length));
  const findings: Finding[] = [];
  for (let c = 0; c < width; c++) {
    const sub = merged.get(c);
    const parentKind = sub ? kindAt(columns, sub.mergedInto ?? -1) : null;
    const unread = !used.has(c) && isBlankCell(header[c] ?? '');
    const unchecked = sub !== undefined && (parentKind === 'steps' || parentKind === 'results');
    if (!unread && !unchecked) continue;
    const first = dataRows.find((r) => {
      const text = (rows[r][c] ?? '').trim();
      return text !== '' && !(unread && BARE_NUMBER.test(text));
    });
    if (first === undefined) continue;
    const where = place.cell(first, c);
    const column = place.column(c);
    const quoted = (rows[first][c] ?? '').trim().split('\n')[0].slice(0, 40);
    if (unchecked && sub) {
      const parent = place.column(sub.mergedInto ?? 0);
      const name = parentKind === 'steps' ? MEASURE_HEADERS.steps : MEASURE_HEADERS.results;
      findings.push(makeFinding('warning', 'UNHEADED_COLUMN', null, null, place.ref(first, c),
        `${column.th} (“${sub.header}”) อยู่ใต้หัวตาราง “${name}” ที่รวมเซลล์ไว้ แต่ตรวจเฉพาะ${parent.th}: ข้อความในคอลัมน์นี้ (เริ่มที่${where.th} “${quoted}”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ย้ายผลไปไว้ใน${parent.th}`,
        `${column.en} (“${sub.header}”) sits under the merged “${name}” header, but only ${parent.en} is checked: its text (from ${where.en} “${quoted}”) is neither checked nor in the report; move it into ${parent.en}`));
    } else {
      findings.push(makeFinding('warning', 'UNHEADED_COLUMN', null, null, place.ref(first, c),
        `${column.th} ไม่มีหัวตาราง: ข้อความในคอลัมน์นี้ (เริ่มที่${where.th} “${quoted}”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ใส่ชื่อคอลัมน์ในแถวหัวตาราง หรือย้ายข้อความไปไว้ในคอลัมน์ที่ควรอยู่`,
        `${column.en} has no header: its text (from ${where.en} “${quoted}”) is neither checked nor in the report; name the column in the header row or move the text where it belongs`));
    }
  }
  return findings;
}

/** An info line for each row read as sub-column labels, so a row of short data under the header is never silently skipped. */
export function subHeaderFindings(rows: readonly (readonly string[])[], sub: SubHeader, place: CellPlace): Finding[] {
  return sub.labelRows.map((r) => {
    const c = rows[r].findIndex((cell) => !isBlankCell(cell));
    const labels = rows[r].filter((cell) => !isBlankCell(cell)).map((cell) => `“${cell.trim()}”`).join(', ');
    const where = place.cell(r, c);
    return makeFinding('info', 'SUB_HEADER_ROW', null, null, place.ref(r, c),
      `${where.th}: อ่านแถวนี้เป็นหัวตารางแถวที่สอง (${labels}) ไม่ใช่มาตรการ`,
      `${where.en}: this row is read as the header's second row (${labels}), not as a measure`);
  });
}

/** How sheet findings name cells and columns (`เซลล์ D5`, `คอลัมน์ D`). */
export const SHEET_PLACE: CellPlace = {
  ref: (row, column) => ({ cell: toA1(row, column) }),
  column: (column) => ({ th: `คอลัมน์ ${columnLetters(column)}`, en: `column ${columnLetters(column)}` }),
  cell: (row, column) => ({ th: `เซลล์ ${toA1(row, column)}`, en: `cell ${toA1(row, column)}` }),
};

/** How report-text findings name lines and columns (`บรรทัดที่ 12`, `คอลัมน์ที่ 4`). */
export const TEXT_PLACE: CellPlace = {
  ref: (row) => ({ line: row + 1 }),
  column: (column) => ({ th: `คอลัมน์ที่ ${column + 1}`, en: `column ${column + 1}` }),
  cell: (row, column) => ({ th: `บรรทัดที่ ${row + 1} คอลัมน์ที่ ${column + 1}`, en: `line ${row + 1}, column ${column + 1}` }),
};
