/**
 * Where the measures table of a sheet ends. Agencies put notes and a signature block under the
 * table (ลงชื่อ ........ ผู้รายงาน, the name in parentheses, the position); read as rows they
 * would become a measure with no results (an error that blocks publishing) and a place to fill.
 * The table ends at the first row that is such a note, or at text that follows a blank row without
 * starting a new measure.
 */
import type { ColumnMap } from './types';
import { COLUMNS } from './headers';

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

/**
 * The 0-based row where the table stops (rows.length when it runs to the end), searching below
 * `headerRow`. `rows` are normalised cell texts.
 */
export function tableEndRow(rows: readonly (readonly string[])[], headerRow: number, columns: ColumnMap): number {
  const tableColumns = [...COLUMNS.map((c) => columns[c]), columns.number].filter((c): c is number => c !== undefined);
  let seenData = false;
  let afterBlank = false;
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r];
    const cells = filled(row);
    if (cells.length === 0) {
      afterBlank = seenData;
      continue;
    }
    // Note or signature text in any cell of a row with at most two filled cells (a data row has more).
    if (cells.length <= 2 && cells.some((c) => row[c].split('\n').some(isNoteLine))) return r;
    const title = (row[columns.measure] ?? '').trim();
    const number = columns.number === undefined ? '' : (row[columns.number] ?? '').trim();
    const hasItems = [columns.steps, columns.results].some((c) => (row[c] ?? '').trim() !== '');
    // After a blank row, text that neither starts a numbered measure nor is a titled row with items.
    if (afterBlank && !number && !NUMBERED.test(title) && !(title && hasItems)) return r;
    if (cells.some((c) => tableColumns.includes(c))) seenData = true;
    afterBlank = false;
  }
  return rows.length;
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
