/**
 * Where the measures table of a sheet ends. Agencies put notes and a signature block under the
 * table (ลงชื่อ ........ ผู้รายงาน, the name in parentheses, the position); read as rows they
 * would become a measure with no results (an error that blocks publishing) and a place to fill.
 * The table ends at the first row that is such a note, or at text that follows a blank row without
 * starting a new measure.
 */
import type { ColumnMap, Finding, TrailingRows } from './types';
import { COLUMNS } from './headers';
import { toA1 } from './a1';
import { makeFinding } from './findings';

/** The signer's role (ผู้รายงาน, ผู้รับรอง…). */
const ROLE = 'ผู้(?:รายงาน|จัดทำ|รับรอง|ตรวจสอบ|อนุมัติ|บันทึก)(?:ข้อมูล)?';
/** A role closing a signature line (`… ผู้รายงาน`). */
const SIGNER_ROLE = new RegExp(`(?:^|[\\s.…_)])${ROLE}\\s*$`);

/** A signature or position line: `ลงชื่อ` then a space, dots or a name; `ผู้รายงาน` closing a line; `ตำแหน่ง` … */
const SIGNATURE_LINE = [
  /^\(?ลงชื่อ(?:$|[\s.…_:)])/,
  /^\(?ลงนาม(?:$|[\s.…_:)])/,
  SIGNER_ROLE,
  /^ตำแหน่ง(?:$|[\s.…_:])/,
  /^(?:signed|signature)\b\s*[:.]?/i,
];
/** A signature, position or note line (`หมายเหตุ:`, `ข้อมูล ณ วันที่`): what a sheet's table ends at. */
const NOTE_LINE = [
  ...SIGNATURE_LINE,
  /^หมายเหตุ(?:$|[\s:：.])/,
  /^ข้อมูล\s*ณ\s*วันที่/,
  /^(?:note|notes|remarks?)\b\s*[:.]?/i,
];

/** A measure title starts with its number (`๑๑.`, `11)`), the way a new measure is written. */
export const NUMBERED = /^\(?[0-9\u0E50-\u0E59]{1,3}[.)]/;

/** Text opening with a number (`1.`, `๑)`) or a bullet (`-`, `•`): an item or a measure, never a label or a signature. */
export function opensItem(text: string): boolean {
  const line = text.trim();
  return NUMBERED.test(line) || /^[-•●▪◦*]/.test(line);
}

export function isNoteLine(text: string): boolean {
  const line = text.trim();
  return line !== '' && NOTE_LINE.some((pattern) => pattern.test(line));
}

function filled(row: readonly string[]): number[] {
  const columns: number[] = [];
  row.forEach((cell, c) => {
    if (cell.trim() !== '') columns.push(c);
  });
  return columns;
}

/** The columns a row of the table fills, and what makes a row start a measure or continue one. */
class TableRows {
  private readonly tableColumns: number[];
  private readonly itemColumns: number[];

  constructor(private readonly rows: readonly (readonly string[])[], private readonly columns: ColumnMap) {
    this.tableColumns = [...COLUMNS.map((c) => columns[c]), columns.number].filter((c): c is number => c !== undefined);
    this.itemColumns = [columns.steps, columns.results];
  }

  private cell(r: number, c: number | undefined): string {
    return c === undefined ? '' : (this.rows[r][c] ?? '').trim();
  }

  /** A number in the number column, a numbered title, or a title with steps or results on its row. */
  startsMeasure(r: number): boolean {
    const title = this.cell(r, this.columns.measure);
    const hasItems = this.itemColumns.some((c) => this.cell(r, c) !== '');
    return this.cell(r, this.columns.number) !== '' || NUMBERED.test(title) || (title !== '' && hasItems);
  }

  /** Text in the table's columns (not a label beside it). */
  inTable(r: number): boolean {
    return filled(this.rows[r]).some((c) => this.tableColumns.includes(c));
  }

  /** Note or signature text opening a cell of a row with at most two filled cells (a data row has more). */
  isNoteRow(r: number): boolean {
    return this.opensFewCells(r, isNoteLine);
  }

  /** A signature line (`ลงชื่อ …`, `… ผู้รายงาน`, read strictly: see isSignatureLine) opening a cell of a row with at most two filled cells. */
  isSignatureRow(r: number): boolean {
    return this.opensFewCells(r, isSignatureLine);
  }

  private opensFewCells(r: number, opens: (line: string) => boolean): boolean {
    const cells = filled(this.rows[r]);
    return cells.length > 0 && cells.length <= 2 && cells.some((c) => opens(firstLine(this.rows[r][c])));
  }

  /** No title and no number, text only in the steps, results or suggestion column: more of the measure above. */
  continues(r: number): boolean {
    const cells = filled(this.rows[r]);
    const own = [...this.itemColumns, this.columns.suggestion];
    return cells.length > 0 && !this.startsMeasure(r) && cells.every((c) => own.includes(c))
      && this.itemColumns.some((c) => this.cell(r, c) !== '');
  }

  /** A step or result: a steps or results cell whose first line opens an item (`2. เผยแพร่…`, `- …`) and is no note. */
  holdsItems(r: number): boolean {
    return this.itemColumns.some((c) => {
      const first = firstLine(this.cell(r, c));
      return opensItem(first) && !isNoteLine(first);
    });
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0];
}

/**
 * The 0-based row where the table stops (rows.length when it runs to the end), searching below
 * `headerRow`. `rows` are normalised cell texts. Never above a row that starts a measure (above the
 * first signature line): a note
 * or a blank row there sits inside the table (a cell's `หมายเหตุ` line, a spacer row) and cutting
 * would drop every measure below it.
 */
export function tableEndRow(rows: readonly (readonly string[])[], headerRow: number, columns: ColumnMap): number {
  const table = new TableRows(rows, columns);
  let lastStart = headerRow;
  // A signature closes the report: numbered rows under it (a list of evidence) are not measures.
  for (let r = headerRow + 1; r < rows.length && !table.isSignatureRow(r); r++) if (table.startsMeasure(r)) lastStart = r;
  let seenData = false;
  let afterBlank = false;
  for (let r = lastStart + 1; r < rows.length; r++) {
    if (filled(rows[r]).length === 0) {
      afterBlank = seenData || lastStart > headerRow;
      continue;
    }
    if (table.isNoteRow(r)) return r;
    // After a blank row, text that is neither more steps or results of the last measure.
    if (afterBlank && !(table.continues(r) && table.holdsItems(r))) return r;
    if (table.inTable(r)) seenData = true;
    afterBlank = false;
  }
  return rows.length;
}

/**
 * Rows under the table's end that hold steps or results (a numbered or bulleted item in the steps
 * or results column), before any signature line: more of the last measure cut off, not a note.
 */
export function itemRowsAfter(rows: readonly (readonly string[])[], end: number, columns: ColumnMap): number[] {
  const table = new TableRows(rows, columns);
  const found: number[] = [];
  for (let r = end; r < rows.length; r++) {
    if (filled(rows[r]).some((c) => SIGNATURE_LINE.some((p) => p.test(firstLine(rows[r][c]))))) break;
    if (table.holdsItems(r)) found.push(r);
  }
  return found;
}

/** The heading of what follows a report, a whole line (`ภาคผนวก`, `เอกสารแนบ ๑`, `Appendix A`): its own text, not the table's. */
const APPENDIX_HEADING = /^(?:ภาคผนวก|เอกสารแนบ|สิ่งที่ส่งมาด้วย|appendix|appendices|attachments?|annex)\s*(?:[ก-ฮA-Za-z0-9๐-๙]{1,3})?\s*[:：.]?$/i;

/**
 * A line of a report's own signature block, read strictly since report text also holds steps
 * such as `ลงนาม MOU กับ…` or `Signed the integrity pact…`: `ลงชื่อ` before a space, dots or nothing;
 * `ลงนาม` or `Signed:` before dots or a colon; a role closing a line that opens with no item number.
 */
function isSignatureLine(text: string): boolean {
  const line = text.trim();
  if (/^\(?ลงชื่อ\)?(?:$|[\s.…_:])/.test(line) || /^\(?ลงนาม\)?\s*(?:$|[.…_]{3,})/.test(line)) return true;
  if (/^(?:signed|signature)\s*(?:$|[:.…_])/i.test(line)) return true;
  return SIGNER_ROLE.test(line) && !opensItem(line);
}

const SIGNATURE_CELL = new RegExp(`^\\(?ลงชื่อ\\)?(?:\\s*$|\\s*[.…_]{2,}|\\s.*${ROLE}\\s*$)`);

/** A signature set in a row's cells (`⇥⇥ลงชื่อ ........ ผู้รายงาน`): ลงชื่อ before dots, a role or nothing. */
export function isSignatureCell(text: string): boolean {
  return SIGNATURE_CELL.test(text.trim());
}

/** A note's opening (`หมายเหตุ:`, `Note`); `ข้อมูล ณ วันที่` is a page's date line, closing nothing. */
const NOTE_OPENING = /^(?:หมายเหตุ(?:$|[\s:：.])|(?:note|notes|remarks?)\b)/i;

/** What closes a report on a line of report text: a signature, a note, the heading of an appendix. */
export type Closing = 'signature' | 'note' | 'appendix';

/**
 * What a line closes the report with, if anything. A line without tabs: a signature line, a note,
 * an appendix or attachment heading. A row of at most two cells: a signature in any of them (a
 * signature block indented with tabs); a row of more: a signature in every one; or a note opening the row's first cell at or before
 * `lastLabelColumn` (the measure or number column; a note inside a result is the result's text).
 */
export function closingOf(line: string, lastLabelColumn: number): Closing | null {
  const cells = line.split('\t');
  const filled = cells.flatMap((cell, c) => (cell.trim() ? [c] : []));
  if (filled.length === 0) return null;
  // Signers side by side (`ลงชื่อ…ผู้รายงาน⇥ลงชื่อ…ผู้ตรวจสอบ⇥ลงชื่อ…ผู้รับรอง`): a signature however many they are.
  if (filled.length > 2) return filled.every((c) => isSignatureCell(cells[c])) ? 'signature' : null;
  const first = cells[filled[0]].trim();
  if (!line.includes('\t')) {
    if (isSignatureLine(first)) return 'signature';
    if (NOTE_OPENING.test(first)) return 'note';
    return APPENDIX_HEADING.test(first) ? 'appendix' : null;
  }
  if (filled.some((c) => isSignatureCell(cells[c]))) return 'signature';
  return filled[0] <= lastLabelColumn && NOTE_OPENING.test(first) ? 'note' : null;
}

/**
 * Report text: the 0-based line where the measures table stops (lines.length when it runs to the
 * end), searching from `from`: a signature or an appendix heading after a row, when the next row
 * past the signature's own lines (`signatureRow`: names, positions) is another table's header
 * (`anotherHeader`: a list of attachments, an appendix table). Anything else leaves the table going,
 * as before, since cutting there would drop every measure after it: notes, page marks, captions, a
 * page header, or a signature at a page's foot with measures below it.
 */
export function textTableEndLine(
  lines: readonly string[], from: number, closing: (line: number) => Closing | null,
  signatureRow: (line: number) => boolean, anotherHeader: (line: number) => boolean,
): number {
  const isRow = (i: number) => lines[i].includes('\t') && lines[i].replace(/\t/g, '').trim() !== '' && closing(i) === null;
  let seenRow = false;
  for (let i = from; i < lines.length; i++) {
    const closes = closing(i);
    if (closes === null || closes === 'note') {
      if (isRow(i)) seenRow = true;
      continue;
    }
    if (!seenRow) continue;
    let next = i + 1;
    while (next < lines.length && (!isRow(next) || signatureRow(next))) next++;
    if (next < lines.length && anotherHeader(next)) return i;
  }
  return lines.length;
}

/**
 * Note rows inside the table (`หมายเหตุ: …` in the measure or number column between two measures):
 * neither a measure nor an item, skipped with an information line naming the cell. A note in the
 * steps or results column of a row that continues a measure is that cell's text, read with it.
 */
export function noteRowsWithin(rows: readonly (readonly string[])[], from: number, end: number, columns: ColumnMap): Map<number, Finding> {
  const table = new TableRows(rows, columns);
  const found = new Map<number, Finding>();
  for (let r = from; r < end; r++) {
    if (!table.isNoteRow(r) || table.continues(r) || table.startsMeasure(r)) continue;
    const column = rows[r].findIndex((cell) => cell.trim() !== '');
    const cell = toA1(r, column);
    const text = firstLine(rows[r][column]).slice(0, 60);
    found.set(r, makeFinding('info', 'NOTE_ROW', null, null, { cell },
      `แถวที่ ${r + 1} (${cell} “${text}”) อ่านเป็นหมายเหตุ ไม่ใช่มาตรการหรือข้อของมาตรการ จึงไม่ได้ตรวจและไม่อยู่ในรายงาน`,
      `Row ${r + 1} (${cell} “${text}”) is read as a note, not a measure or an item, so it is neither checked nor in the report`));
  }
  return found;
}

function span(first: number, last: number): string {
  return first === last ? `${first + 1}` : `${first + 1}–${last + 1}`;
}

/**
 * The rows under the table, said once: an information line when they are notes or a signature
 * block; a warning naming the cells when some hold steps or results (the last measure cut off by
 * a note or a blank row), since those are neither checked, filled nor published.
 */
export function trailingRowsOf(rows: readonly (readonly string[])[], end: number, columns: ColumnMap): TrailingRows | undefined {
  const kept = rows.flatMap((row, r) => (r >= end && row.some((cell) => cell) ? [r] : []));
  if (kept.length === 0) return undefined;
  const first = kept[0];
  const last = kept[kept.length - 1];
  const column = rows[first].findIndex((cell) => cell);
  const cell = toA1(first, column);
  const text = firstLine(rows[first][column]).slice(0, 40);
  const items = itemRowsAfter(rows, end, columns);
  if (items.length === 0) {
    return {
      firstRow: first, lastRow: last, cell, severity: 'info',
      message: `ตารางจบก่อนแถวที่ ${first + 1}: แถว ${span(first, last)} (เริ่มที่ ${cell} “${text}”) เป็นหมายเหตุหรือส่วนลงชื่อ ไม่ได้อ่านเป็นมาตรการและจะไม่ถูกเติม`,
      messageEn: `The table ends before row ${first + 1}: rows ${span(first, last)} (from ${cell} “${text}”) are notes or a signature block, not read as measures and never filled`,
    };
  }
  const itemColumn = [columns.steps, columns.results].find((c) => opensItem(firstLine(rows[items[0]][c] ?? ''))) ?? columns.results;
  const itemCell = toA1(items[0], itemColumn);
  const item = firstLine(rows[items[0]][itemColumn]).slice(0, 40);
  const itemRows = span(items[0], items[items.length - 1]);
  return {
    firstRow: first, lastRow: last, cell: itemCell, severity: 'warning',
    message: `ตารางจบที่แถว ${first + 1} (${cell} “${text}”) แต่แถว ${itemRows} มีขั้นตอน/ผลการดำเนินงาน (${itemCell} “${item}”) ที่ไม่ได้อ่าน จึงไม่ได้ตรวจ ไม่ถูกเติม และไม่อยู่ในรายงาน ถ้าเป็นของมาตรการข้างบน ให้ลบแถวว่างหรือย้ายหมายเหตุไปไว้ใต้แถวเหล่านั้น`,
    messageEn: `The table ends at row ${first + 1} (${cell} “${text}”), but ${items.length === 1 ? `row ${itemRows} holds` : `rows ${itemRows} hold`} steps/results (${itemCell} “${item}”) and were not read: they are not checked, filled or published. If they belong to the measure above, remove the blank row or move the note below them`,
  };
}

/** The warning a check lists for rows under the table that hold steps or results. */
export function trailingFinding(trailing: TrailingRows): Finding | null {
  if (trailing.severity !== 'warning') return null;
  return makeFinding('warning', 'TABLE_END', null, null, { cell: trailing.cell }, trailing.message, trailing.messageEn);
}
