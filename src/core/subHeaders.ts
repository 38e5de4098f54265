/**
 * The second row of a two-row header. Agencies' forms number their columns under the header
 * (`(1) (2) (3) (4)`), repeat it in English, or split a merged header cell into sub-columns
 * (`ผลการดำเนินงาน` over `รอบ ๖ เดือน | รอบ ๑๒ เดือน`). Read as a row, such a line became a measure
 * (checked, printed and filled like one) or an orphan-row error. Here it is part of the header: the
 * halves of a merged problems / suggestions cell are the suggestion's parts, any other column
 * headed only there is carried under that sub-header like any other headed column, and text the
 * check cannot read (a column with no header, the second half of merged results) is named in a
 * warning.
 */
import type { ColumnMap, Finding, OtherColumn, SourceRef, SuggestionPart } from './types';
import { HEADER_MAX, classifyExtraHeader, classifyHeader, headerKey, splitHalves } from './headers';
import { isBlankCell, normalizeText, parseDigits } from './text';
import { makeFinding } from './findings';
import { columnLetters, toA1 } from './a1';
import { placedColumns } from './columns';
import { NUMBERED } from './tableEnd';

/** At most this many rows under the header belong to it (months under a year, then column numbers). */
const MAX_SUB_HEADER_ROWS = 3;

/** A column's number in a numbers row: `(1)`, `๑`, `[2]`, `3.`. */
const COLUMN_NUMBER = /^[([]?\s*([0-9๐-๙]{1,2})\s*[)\].]?$/;

/** What the header row says a column is: one of the four, the number column, an extra column's kind, or null. */
function kindAt(columns: ColumnMap, column: number): string | null {
  const placed = placedColumns(columns).find((p) => p.at === column);
  return placed === undefined || placed.column === 'other' || placed.column === 'suggestionPart' ? null : placed.column;
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
 * `Measures | Implementation steps | Results`: the header again in English, two or more cells
 * naming their own column and the rest short English labels. Only English: Thai header words open
 * many measures (`มาตรการป้องกัน…`, `จัดกิจกรรม…`, `ผลการดำเนินงานเป็นไปตามแผน`), and a measure
 * must never be taken for a header.
 */
function repeatsColumnNames(cells: readonly string[], columns: ColumnMap): boolean {
  const filled = filledColumns(cells);
  if (filled.some((c) => /[ก-๛]/.test(cells[c]) || headerKey(cells[c]).length > HEADER_MAX || cells[c].includes('\n'))) return false;
  const naming = filled.filter((c) => {
    const kind = classifyHeader(cells[c]) ?? classifyExtraHeader(cells[c]);
    return kind !== null && kind === kindAt(columns, c);
  });
  return naming.length >= 2;
}

/** A short one-line label: what a header cell holds, never an item of a list. */
function isLabel(cell: string): boolean {
  const text = cell.trim();
  return !text.includes('\n') && !NUMBERED.test(text) && headerKey(text).length <= HEADER_MAX;
}

/** The headed column a blank header cell belongs to when the cell is the rest of a merged one (the nearest headed cell to its left), or -1. */
function headedLeftOf(header: readonly string[], c: number): number {
  let at = c - 1;
  while (at >= 0 && isBlankCell(header[at] ?? '')) at--;
  return at;
}

/**
 * Labels of a header cell merged over sub-columns: no measure (or number) text, two or more short
 * labels, and every label stands under a blank header cell whose merged cell is labelled too, or
 * under such a merged cell (`ผลการดำเนินงาน` over `รอบ ๖ เดือน | รอบ ๑๒ เดือน`). A row of data
 * right under the header (a title left blank) has text under the steps and results: never this.
 */
function labelsSubColumns(cells: readonly string[], columns: ColumnMap, header: readonly string[]): boolean {
  const filled = filledColumns(cells);
  if (filled.length < 2 || !isBlankCell(cells[columns.measure] ?? '')) return false;
  if (columns.number !== undefined && !isBlankCell(cells[columns.number] ?? '')) return false;
  if (!filled.every((c) => isLabel(cells[c]))) return false;
  const labelled = new Set(filled);
  const merged = new Set<number>();
  for (const c of filled) {
    if (!isBlankCell(header[c] ?? '')) continue;
    const parent = headedLeftOf(header, c);
    if (parent < 0 || !labelled.has(parent)) return false;
    merged.add(parent);
  }
  return merged.size > 0 && filled.every((c) => isBlankCell(header[c] ?? '') || merged.has(c));
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

/**
 * True when a row repeats one of the sub-header rows (reports repeat both header rows at a page
 * break): its cells as that row has them, though some may be left blank, as in a header repeat.
 */
export function repeatsSubHeader(cells: readonly string[], rows: readonly (readonly string[])[], sub: SubHeader): boolean {
  const filled = filledColumns(cells);
  return filled.length >= 1 && sub.rows.some((r) => filled.every((c) => headerKey(cells[c]) !== '' && headerKey(cells[c]) === headerKey(rows[r][c] ?? '')));
}

/** The labels the sub-header rows `among` give column `c` (column numbers aside), joined. */
function subLabel(rows: readonly (readonly string[])[], among: readonly number[], c: number): string {
  return among
    .map((r) => normalizeText(rows[r][c] ?? '').trim())
    .filter((text) => text !== '' && !COLUMN_NUMBER.test(text))
    .join(' ');
}

/** Every column the table reads or carries under a header. */
function usedColumns(columns: ColumnMap): Set<number> {
  return new Set(placedColumns(columns).map((p) => p.at));
}

/**
 * The columns with the ones headed only in the sub-header: sub-columns of a merged problems /
 * suggestions cell become the suggestion's parts (ColumnMap.suggestionParts); any other is added to
 * `other`, carried under its label, joined to the merged cell's header when it is the rest of one
 * (`ผลการดำเนินงาน รอบ ๑๒ เดือน`, OtherColumn.mergedInto).
 */
export function withSubHeaderColumns(rows: readonly (readonly string[])[], headerRow: number, columns: ColumnMap, sub: SubHeader): ColumnMap {
  if (sub.rows.length === 0) return columns;
  const header = rows[headerRow] ?? [];
  const width = Math.max(header.length, ...sub.rows.map((r) => rows[r].length));
  const used = usedColumns(columns);
  const other: OtherColumn[] = [];
  const parts: SuggestionPart[] = [];
  for (let c = 0; c < width; c++) {
    if (used.has(c) || !isBlankCell(header[c] ?? '')) continue;
    const label = subLabel(rows, sub.rows, c);
    if (!label) continue;
    const left = headedLeftOf(header, c);
    // One header cell merged over sub-columns: both halves labelled in a row of sub-column labels,
    // or the blank one labelled as the same kind of column (`Problems | Suggestions` under
    // `ปัญหา/ข้อเสนอแนะ`). A translation row's other labels (`Remarks`) merge nothing.
    const sameKind = left >= 0 && sub.rows.some((r) => {
      const kind = classifyHeader(rows[r][c] ?? '');
      return kind !== null && kind === kindAt(columns, left);
    });
    const parent = left >= 0 && (sameKind || (subLabel(rows, sub.labelRows, left) !== '' && subLabel(rows, sub.labelRows, c) !== '')) ? left : -1;
    if (parent >= 0 && parent === columns.suggestion && columns.suggestionParts === undefined) {
      if (parts.length === 0) parts.push({ column: parent, label: subLabel(rows, sub.rows, parent) });
      parts.push({ column: c, label });
    }
    other.push(parent < 0 ? { header: label, column: c } : { header: `${normalizeText(header[parent]).trim()} ${label}`, column: c, mergedInto: parent });
  }
  // A problems / suggestions cell merged over its halves (`ปัญหา | ข้อเสนอแนะ`, `ปัญหา | อุปสรรค |
  // แนวทางแก้ไข`) is one suggestion in parts; over anything else (`ภายใน | ภายนอก`) its rest is warned as unread.
  const split = parts.length >= 2 && splitHalves(parts.map((p) => p.label), 0).length === parts.length;
  const carried = split ? other.filter((o) => !parts.some((p) => p.column === o.column)) : other;
  const out: ColumnMap = { ...columns };
  if (carried.length > 0) out.other = [...(columns.other ?? []), ...carried].sort((a, b) => a.column - b.column);
  if (split) out.suggestionParts = parts;
  return out;
}

/** A measure's bare number in its cell: `1`, `๑.`, `(2)`, `3)`. */
const BARE_NUMBER = /^\(?[0-9๐-๙]{1,3}[.)]?\)?$/;

/**
 * A measure header merged over two columns, its number and its title (`มาตรการ` over `1 | มาตรการ
 * เผยแพร่…`, a common form; a CSV export leaves the second header cell blank): the titles are the
 * measure and the numbers its number. Read as headed, every measure was titled `1`, `2`, and the
 * titles were a column with no header. Only when the measure column holds nothing but bare numbers
 * and every numbered row has a title in the unheaded column right of it.
 */
export function withMeasureOverNumbers(rows: readonly (readonly string[])[], header: readonly string[], dataRows: readonly number[], columns: ColumnMap): ColumnMap {
  if (columns.number !== undefined) return columns;
  const numbers = columns.measure;
  const titles = numbers + 1;
  if (!isBlankCell(header[titles] ?? '') || usedColumns(columns).has(titles)) return columns;
  const numbered = dataRows.filter((r) => !isBlankCell(rows[r][numbers] ?? ''));
  const spans = numbered.length > 0 && numbered.every((r) => {
    const title = (rows[r][titles] ?? '').trim();
    return BARE_NUMBER.test((rows[r][numbers] ?? '').trim()) && title !== '' && !BARE_NUMBER.test(title);
  });
  return spans ? { ...columns, number: numbers, measure: titles } : columns;
}

/** Where a finding points and how a message names a column, for sheets (A1) or report text (lines). */
export interface CellPlace {
  ref(row: number, column: number): SourceRef;
  column(column: number): { th: string; en: string };
  cell(row: number, column: number): { th: string; en: string };
}

/**
 * Cells of a column with no header that are no text a person would miss: a measure's bare number
 * (`1`, `๑.`, `1.1`: a number column left unheaded), a dash, a checkbox's TRUE / FALSE.
 */
const NO_TEXT = /^(?:\(?[0-9๐-๙]{1,2}(?:\.[0-9๐-๙]{1,2})?[.)]?\)?|[-–—.\s]+|true|false)$/i;

/**
 * A warning for each column whose text is neither checked nor printed though a person wrote it: a
 * column with no header, the rest of a header cell merged over sub-columns (only the headed column
 * is read; a merged problems / suggestions cell is the exception, read whole:
 * ColumnMap.suggestionParts), and a second results column (a first year's merged results become
 * one in next year's one-row header: `ผลการดำเนินงาน รอบ ๑๒ เดือน`).
 */
export function unheadedColumnFindings(
  rows: readonly (readonly string[])[], headerRow: number, dataRows: readonly number[], columns: ColumnMap, place: CellPlace,
): Finding[] {
  const header = rows[headerRow] ?? [];
  const used = usedColumns(columns);
  // Columns read in another's place: the rest of a merged header cell, or a second steps or results column.
  const readElsewhere = new Map<number, { header: string; read: number; second: boolean }>();
  for (const o of columns.other ?? []) {
    const kind = classifyHeader(o.header);
    const second = o.mergedInto === undefined && (kind === 'steps' || kind === 'results');
    const read = o.mergedInto ?? (second ? columns[kind as 'steps' | 'results'] : undefined);
    if (read !== undefined) readElsewhere.set(o.column, { header: o.header, read, second });
  }
  // (A loop, not Math.max(...rows): a sheet may hold hundreds of thousands of rows.)
  let width = 0;
  for (const r of dataRows) width = Math.max(width, rows[r].length);
  const findings: Finding[] = [];
  for (let c = 0; c < width; c++) {
    const elsewhere = readElsewhere.get(c);
    const unread = !used.has(c) && isBlankCell(header[c] ?? '');
    if (!unread && !elsewhere) continue;
    const first = dataRows.find((r) => {
      const text = rows[r][c] ?? '';
      return !isBlankCell(text) && !(unread && NO_TEXT.test(text.trim()));
    });
    if (first === undefined) continue;
    const where = place.cell(first, c);
    const column = place.column(c);
    const quoted = (rows[first][c] ?? '').trim().split('\n')[0].slice(0, 40);
    if (elsewhere?.second) {
      // Two columns headed alike (`โครงการ/กิจกรรม` and `ขั้นตอนการดำเนินงาน`): the first is read; say which, and how to choose.
      const read = place.column(elsewhere.read);
      findings.push(makeFinding('warning', 'UNHEADED_COLUMN', null, null, place.ref(first, c),
        `${column.th} (“${elsewhere.header}”) มีหัวแบบเดียวกับ${read.th} แต่อ่านเฉพาะ${read.th}: ข้อความในคอลัมน์นี้ (เริ่มที่${where.th} “${quoted}”) ไม่ได้ตรวจและไม่อยู่ในรายงาน ถ้าคอลัมน์นี้คือคอลัมน์ที่ต้องตรวจ ให้เปลี่ยนชื่อหัว${read.th}`,
        `${column.en} (“${elsewhere.header}”) is headed like ${read.en}, but only ${read.en} is read: its text (from ${where.en} “${quoted}”) is neither checked nor in the report; if this is the column to check, rename ${read.en}'s header`));
    } else if (elsewhere) {
      const read = place.column(elsewhere.read);
      findings.push(makeFinding('warning', 'UNHEADED_COLUMN', null, null, place.ref(first, c),
        `${column.th} (“${elsewhere.header}”) อยู่ในหัวตารางเดียวกับ${read.th} แต่อ่านเฉพาะ${read.th}: ข้อความในคอลัมน์นี้ (เริ่มที่${where.th} “${quoted}”) ไม่ได้ตรวจและไม่อยู่ในรายงาน สิ่งที่ต้องตรวจและเผยแพร่ต้องอยู่ใน${read.th}`,
        `${column.en} (“${elsewhere.header}”) shares its header with ${read.en}, but only ${read.en} is read: its text (from ${where.en} “${quoted}”) is neither checked nor in the report; what must be checked and published belongs in ${read.en}`));
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
