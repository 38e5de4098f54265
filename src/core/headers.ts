import type { Column, ColumnMap, ExtraColumn, Finding, SourceRef } from './types';
import { makeFinding } from './findings';
import { isBlankCell, normalizeText, withoutInvisible } from './text';
import { classifyExtraKey } from './extraColumns';

/** The header texts the add-on writes (and the report prints). */
export const MEASURE_HEADERS: Record<Column, string> = {
  measure: 'มาตรการ',
  steps: 'ขั้นตอนหรือวิธีการปฏิบัติ',
  results: 'ผลการดำเนินงาน',
  suggestion: 'ปัญหา / ข้อเสนอแนะ',
};

export const MEASURE_HEADERS_EN: Record<Column, string> = {
  measure: 'Measure',
  steps: 'Steps',
  results: 'Results',
  suggestion: 'Problems / Suggestions',
};

export const COLUMNS: readonly Column[] = ['measure', 'steps', 'results', 'suggestion'];

/** Header text reduced to letters: spacing, slash variants, case and punctuation do not matter. */
export function headerKey(text: string): string {
  return withoutInvisible(normalizeText(text))
    // A common typing slip: two sara e for sara ae (ข้อเสนอเเนะ).
    .replace(/เเ/g, 'แ')
    .toLowerCase()
    .replace(/[\s/／∕\\|.:()\-_,*#]+/g, '');
}

/** The longest header cell, as letters: `ปัญหา อุปสรรค และข้อเสนอแนะ (Problems and Suggestions)` fits. */
export const HEADER_MAX = 60;

/** Words that name the steps column, however an agency calls its steps (ขั้นตอน, วิธีดำเนินการ, กิจกรรม…). */
const STEPS_HEADER = /ขั้นตอน|วิธีการปฏิบัติ|วิธีปฏิบัติ|วิธี(?:การ)?ดำเนิน|กิจกรรม|แนวทาง(?:การ)?(?:ปฏิบัติ|ดำเนิน)/;

/** Words opening an extra column's header (responsible, timeframe, budget, indicator, evidence). */
const EXTRA_FIRST = /^(ผู้รับผิดชอบ|หน่วยงานที่รับผิดชอบ|ระยะเวลา|ช่วงเวลา|กำหนดเวลา|งบประมาณ|ตัวชี้วัด|เป้าหมาย|หลักฐาน)/;

/** Problems and suggestions told apart, for a column split in two (`ปัญหา/อุปสรรค | ข้อเสนอแนะ`). */
const PROBLEMS_WORD = /ปัญหา|อุปสรรค|problem|issue|obstacle/;
const SUGGESTIONS_WORD = /ข้อเสนอ|เสนอแนะ|แนวทาง(?:การ)?แก้|วิธี(?:การ)?แก้|suggest|recommend|solution|remed/;
/** Remarks, and what someone else suggests (ข้อเสนอแนะของผู้บริหาร): never a half of the agency's own column. */
const NOT_OWN_HALF = /หมายเหตุ|remark|ผู้บริหาร|ผู้อำนวยการ|คณะกรรมการ|executive|director|committee/;

/** A header or label naming problems only (`ปัญหา/อุปสรรค`, `Problems`): the first half of a split column. */
export function isProblemsHalf(label: string): boolean {
  const key = headerKey(label);
  return PROBLEMS_WORD.test(key) && !SUGGESTIONS_WORD.test(key) && !NOT_OWN_HALF.test(key);
}

/**
 * A header or label naming suggestions or remedies (`ข้อเสนอแนะ`, `แนวทางแก้ไขปัญหา`, `Recommendations`),
 * not opening with problems (`ปัญหา / ข้อเสนอแนะ` is the whole column): the last half.
 */
export function isSuggestionsHalf(label: string): boolean {
  const key = headerKey(label);
  return SUGGESTIONS_WORD.test(key) && !/^(ปัญหา|อุปสรรค|problem|issue|obstacle)/.test(key) && !NOT_OWN_HALF.test(key);
}

/** The halves of a split problems / suggestions column among `labels` from `first`: problems halves, then one suggestions half; else none. */
export function splitHalves(labels: readonly string[], first: number): number[] {
  let end = first;
  while (end < labels.length && isProblemsHalf(labels[end])) end++;
  return end > first && end < labels.length && isSuggestionsHalf(labels[end]) ? Array.from({ length: end - first + 1 }, (_, k) => first + k) : [];
}

/**
 * Headers for the halves of a split problems / suggestions column in a sheet the add-on makes
 * (import, next year's): each reads again as its half, a label that would not (`ภายใน`) kept in
 * brackets after the word that does.
 */
export function splitHeaders(labels: readonly string[]): string[] {
  return labels.map((label, k) => {
    if (k === labels.length - 1) return isSuggestionsHalf(label) ? label : `ข้อเสนอแนะ (${label})`;
    return isProblemsHalf(label) && classifyHeader(label) === 'suggestion' ? label : `ปัญหา (${label})`;
  });
}

const NUMBER_HEADERS = new Set(['ที่', 'ลำดับ', 'ลำดับที่', 'ข้อ', 'no', 'number', 'ข้อที่', '']);

/** Which of the four columns (or the number column) a header cell names, if any. */
export function classifyHeader(text: string): Column | 'number' | null {
  const key = headerKey(text);
  // Header cells are short (a bilingual one included); a long cell is data even when it mentions "ขั้นตอน" or "ปัญหา".
  if (!key || key.length > HEADER_MAX) return null;
  // `มาตรการ/กิจกรรม` names the measure column; `กิจกรรม/วิธีดำเนินการ` the steps.
  if (/^มาตรการ/.test(key) && !/ขั้นตอน|วิธี/.test(key)) return 'measure';
  // (Results first: `ผลการดำเนินงานตามขั้นตอน` reports the steps, it is not them.)
  if (/^ผลการ(ดำเนินงาน|ดำเนินการ|ปฏิบัติ)/.test(key) || /^(results?|outcomes?|progress)$/.test(key)) return 'results';
  if (STEPS_HEADER.test(key) || /^(steps?|procedures?|actions?|activities|activity|implementationsteps)$/.test(key)) return 'steps';
  if (key.includes('ปัญหา') || key.includes('ข้อเสนอแนะ') || /^(problems?|suggestions?|problemssuggestions|issues)$/.test(key)) {
    return 'suggestion';
  }
  if (/^มาตรการ/.test(key) || /^(measures?|measurename)$/.test(key)) return 'measure';
  if (NUMBER_HEADERS.has(key) && text.trim() !== '') return 'number';
  return null;
}

/** Which extra column (responsible, timeframe, budget, indicator, evidence) a header cell names, if any. */
export function classifyExtraHeader(text: string): ExtraColumn | null {
  const key = headerKey(text);
  if (!key || key.length > HEADER_MAX || classifyHeader(text)) return null;
  return classifyExtraKey(key);
}

export interface HeaderMatch {
  row: number;
  columns: ColumnMap;
  /**
   * A header on two rows (a group header merged over sub-headers: `การดำเนินงาน` over `ขั้นตอน |
   * ผล`): the upper row's index, and the header's cells as the two rows give them together.
   */
  stacked?: { top: number; cells: string[] };
}

export interface HeaderSearch {
  match: HeaderMatch | null;
  /** The row that came closest, and the columns it lacked (for a clear message). */
  closest: { row: number; missing: Column[] } | null;
}

/** The columns a table cannot do without; the problems / suggestions column it can (see ColumnMap.suggestion). */
const REQUIRED_COLUMNS: readonly Column[] = ['measure', 'steps', 'results'];

/** The columns one row names as headers, or what it lacks of the required ones. */
function headerColumnsAt(row: readonly string[]): { columns: ColumnMap } | { missing: Column[]; count: number } {
  const found: Partial<ColumnMap> = {};
  const extra: Partial<Record<ExtraColumn, number>> = {};
  // The first steps header is the steps, as ever; but one opening with an extra column's word
  // (`ผู้รับผิดชอบกิจกรรม`, `ระยะเวลาดำเนินกิจกรรม`) gives way to a later header naming ขั้นตอน or วิธี
  // (never to a `ภาพกิจกรรม` photo column), and is then that extra column.
  const alsoExtra = (cell: string) => (EXTRA_FIRST.test(headerKey(cell)) ? classifyExtraKey(headerKey(cell)) : null);
  const stepsHeaders = row.flatMap((cell, c) => (classifyHeader(cell) === 'steps' ? [c] : []));
  const namesSteps = stepsHeaders.find((c) => !alsoExtra(row[c]) && /ขั้นตอน|วิธี/.test(headerKey(row[c])));
  const steps = stepsHeaders[0] !== undefined && alsoExtra(row[stepsHeaders[0]]) && namesSteps !== undefined ? namesSteps : stepsHeaders[0];
  if (steps !== undefined) found.steps = steps;
  // Problems and suggestions headed apart, side by side (`ปัญหา/อุปสรรค | ข้อเสนอแนะ`): one suggestion in parts.
  const first = row.findIndex((cell) => classifyHeader(cell) === 'suggestion');
  const parts = first < 0 ? [] : splitHalves(row, first).map((c) => ({ column: c, label: normalizeText(row[c]).trim() }));
  row.forEach((cell, c) => {
    let kind = classifyHeader(cell);
    if (kind === 'steps' && c !== steps) kind = null;
    if (kind && found[kind] === undefined) found[kind] = c;
    const extraKind = kind ? null : classifyExtraHeader(cell) ?? (classifyHeader(cell) === 'steps' ? alsoExtra(cell) : null);
    if (extraKind && extra[extraKind] === undefined) extra[extraKind] = c;
  });
  const missing = REQUIRED_COLUMNS.filter((col) => found[col] === undefined);
  if (missing.length > 0) return { missing, count: COLUMNS.filter((col) => found[col] !== undefined).length };
  // Every other headed column (a second steps or results column included) is carried, never read.
  const used = new Set([...COLUMNS.map((col) => found[col]), found.number, ...Object.values(extra), ...parts.map((p) => p.column)].filter((c): c is number => c !== undefined));
  const columns = found as ColumnMap;
  if (Object.keys(extra).length > 0) columns.extra = extra;
  if (parts.length > 0) columns.suggestionParts = parts;
  const other = row.flatMap((cell, c) => (used.has(c) || isBlankCell(cell) ? [] : [{ header: normalizeText(cell), column: c }]));
  if (other.length > 0) columns.other = other;
  return { columns };
}

/**
 * Rows r and r + 1 read as one header: neither names the needed columns alone, but together they
 * do, the lower row's label winning in its column (Sheets gives a merged group header's text only
 * to its first cell, and '' to the cells a merge covers, so each column's label is on one row).
 */
function stackedHeaderAt(rows: readonly (readonly string[])[], r: number): HeaderMatch | null {
  const upper = rows[r];
  const lower = rows[r + 1];
  if (!lower || 'columns' in headerColumnsAt(lower)) return null;
  const width = Math.max(upper.length, lower.length);
  const cells = Array.from({ length: width }, (_, c) => (isBlankCell(lower[c] ?? '') ? upper[c] ?? '' : lower[c]));
  const found = headerColumnsAt(cells);
  if (!('columns' in found)) return null;
  // Each row must name a column the header needs: a title line over a header short of one is no header.
  const names = (row: readonly string[]) => row.some((cell) => classifyHeader(cell) !== null);
  if (!names(upper) || !names(lower)) return null;
  return { row: r + 1, columns: found.columns, stacked: { top: r, cells } };
}

/**
 * Looks for the header row in the first `limit` rows: the first row that names the measure, steps
 * and results columns (the problems / suggestions column may be missing: many agencies' tables
 * have none; see noSuggestionColumnFinding). Rows below it are the table's: one reading like a
 * header (`มาตรการป้องกัน… | จัดกิจกรรม… | ผลการดำเนินงานเป็นไปตามแผน | ไม่มีปัญหา`) is a measure.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], limit = 10): HeaderSearch {
  let closest: HeaderSearch['closest'] = null;
  let closestFound = 0;
  for (let r = 0; r < Math.min(limit, rows.length); r++) {
    const found = headerColumnsAt(rows[r]);
    if ('columns' in found) return { match: { row: r, columns: found.columns }, closest: null };
    const stacked = stackedHeaderAt(rows, r);
    if (stacked) return { match: stacked, closest: null };
    if (found.count >= 2 && found.count > closestFound) {
      closest = { row: r, missing: found.missing };
      closestFound = found.count;
    }
  }
  return { match: null, closest };
}

/**
 * True when a row repeats the header row (reports repeat it at each page break): each column the
 * table has holds the header's own text (spacing, slashes and case aside; the problems / suggestions
 * cell may be blank). Only a repeat, not any
 * row whose cells merely read like headers: `มาตรการป้องกัน… | จัดกิจกรรม… | ผลการดำเนินงานเป็นไปตามแผน`
 * is a measure, and a skipped row would be lost from the check and the report.
 */
export function isHeaderRow(cells: readonly string[], columns: ColumnMap, header: readonly string[]): boolean {
  return COLUMNS.every((col) => {
    const at = columns[col];
    if (at === undefined) return true;
    // (A repeat may leave the problems / suggestions cell blank: a column added later has its header only on top.)
    return headerKey(cells[at] ?? '') === headerKey(header[at] ?? '') || (col === 'suggestion' && isBlankCell(cells[at] ?? ''));
  });
}

/** A column headed as a remark (หมายเหตุ, ข้อสังเกต, Remarks): where a table without a problems column often keeps them. */
const REMARKS = /^(?:หมายเหตุ|ข้อสังเกต|remarks?|notes?)$/i;

/** What to say of a header row that names some of the columns but lacks one the table needs. */
export function missingColumnsMessage(where: { th: string; en: string }, missing: readonly Column[]): { th: string; en: string } {
  const missingTh = missing.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ');
  const missingEn = missing.map((c) => `“${MEASURE_HEADERS_EN[c]}”`).join(', ');
  return { th: `${where.th} ไม่มีคอลัมน์ ${missingTh} ${NEEDED_COLUMNS.th}`, en: `${where.en} lacks the column(s) ${missingEn}: ${NEEDED_COLUMNS.en}` };
}

/** The columns a table needs, as the reading errors say them. */
export const NEEDED_COLUMNS = {
  th: `ต้องมีหัวคอลัมน์ ${REQUIRED_COLUMNS.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ')} (และ “${MEASURE_HEADERS.suggestion}” ถ้ามี)`,
  en: `a table needs the columns ${REQUIRED_COLUMNS.map((c) => MEASURE_HEADERS_EN[c]).join(', ')} (and ${MEASURE_HEADERS_EN.suggestion} when it has one)`,
};

/**
 * What to say of a header row without a problems / suggestions column: the table is checked and
 * published as it is, but no suggestion can be filled in; how to add the column (it may stay empty:
 * filling it is the add-on's job), or which remarks column to rename when the row has one.
 */
export function lacksSuggestionColumnMessage(where: { th: string; en: string }, headerCells: readonly string[]): { th: string; en: string } {
  const header = MEASURE_HEADERS.suggestion;
  const remarks = headerCells.map((c) => normalizeText(c)).find((c) => REMARKS.test(c.replace(/\s+/g, '')));
  const th = remarks
    ? `ถ้าคอลัมน์ “${remarks}” ใช้บันทึกปัญหาและข้อเสนอแนะ ให้เปลี่ยนหัวคอลัมน์เป็น “${header}” หรือเพิ่มคอลัมน์ “${header}” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้ ระบบจะเติมข้อเสนอแนะให้)`
    : `ถ้าต้องการให้ระบบเติมข้อเสนอแนะ ให้เพิ่มคอลัมน์ “${header}” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้)`;
  const en = remarks
    ? `if the “${remarks}” column holds the problems and suggestions, rename its header “${header}”; otherwise add a “${header}” column after the results (it may stay empty: filling it is the add-on's job)`
    : `to have suggestions filled in, add a “${header}” column after the results (it may stay empty)`;
  return {
    th: `${where.th} ไม่มีคอลัมน์ “${header}” ตรวจและเผยแพร่ได้ตามปกติ แต่เติมข้อเสนอแนะไม่ได้ และรายงานจะไม่มีคอลัมน์นี้ ${th} (ในส่วนเสริมของ Google Sheets เมนู “เพิ่มคอลัมน์ตามเกณฑ์ ITA” เพิ่มคอลัมน์นี้ไว้ท้ายตาราง พร้อมคอลัมน์ตามเกณฑ์อื่นที่ยังไม่มี)`,
    en: `${where.en} has no “${MEASURE_HEADERS_EN.suggestion}” column: the table is checked and published as it is, but no suggestion can be filled in and the report has no such column; ${en} (in the Google Sheets add-on, the menu “เพิ่มคอลัมน์ตามเกณฑ์ ITA” adds it at the end of the table, with the other ITA columns the table lacks)`,
  };
}

/** The warning on a table without a problems / suggestions column, at its header row (see lacksSuggestionColumnMessage). */
export function noSuggestionColumnFinding(where: { th: string; en: string }, ref: SourceRef, headerCells: readonly string[]): Finding {
  const message = lacksSuggestionColumnMessage(where, headerCells);
  return makeFinding('warning', 'NO_SUGGESTION_COLUMN', null, null, ref, message.th, message.en);
}
