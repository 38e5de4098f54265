import type { Column, ColumnMap, ExtraColumn } from './types';
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
function headerKey(text: string): string {
  return withoutInvisible(normalizeText(text))
    .toLowerCase()
    .replace(/[\s/／∕\\|.:()\-_,*#]+/g, '');
}

/** The longest header cell, as letters: `ปัญหา อุปสรรค และข้อเสนอแนะ (Problems and Suggestions)` fits. */
const HEADER_MAX = 60;

/** Words that name the steps column, however an agency calls its steps (ขั้นตอน, วิธีดำเนินการ, กิจกรรม…). */
const STEPS_HEADER = /ขั้นตอน|วิธีการปฏิบัติ|วิธีปฏิบัติ|วิธี(?:การ)?ดำเนิน|กิจกรรม|แนวทาง(?:การ)?(?:ปฏิบัติ|ดำเนิน)/;

const NUMBER_HEADERS = new Set(['ที่', 'ลำดับ', 'ลำดับที่', 'ข้อ', 'no', 'number', 'ข้อที่', '']);

/** Which of the four columns (or the number column) a header cell names, if any. */
export function classifyHeader(text: string): Column | 'number' | null {
  const key = headerKey(text);
  // Header cells are short (a bilingual one included); a long cell is data even when it mentions "ขั้นตอน" or "ปัญหา".
  if (!key || key.length > HEADER_MAX) return null;
  // `มาตรการ/กิจกรรม` names the measure column; `กิจกรรม/วิธีดำเนินการ` the steps.
  if (/^มาตรการ/.test(key) && !/ขั้นตอน|วิธี/.test(key)) return 'measure';
  if (STEPS_HEADER.test(key) || /^(steps?|procedures?|actions?|activities)$/.test(key)) return 'steps';
  if (/^ผลการ(ดำเนินงาน|ดำเนินการ|ปฏิบัติ)/.test(key) || /^(results?|outcomes?|progress)$/.test(key)) return 'results';
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
}

export interface HeaderSearch {
  match: HeaderMatch | null;
  /** The row that came closest, and the columns it lacked (for a clear message). */
  closest: { row: number; missing: Column[] } | null;
}

/** Looks for the header row in the first `limit` rows: the first row that names all four columns. */
export function findHeaderRow(rows: string[][], limit = 10): HeaderSearch {
  let closest: HeaderSearch['closest'] = null;
  let closestFound = 0;
  for (let r = 0; r < Math.min(limit, rows.length); r++) {
    const found: Partial<ColumnMap> = {};
    const extra: Partial<Record<ExtraColumn, number>> = {};
    rows[r].forEach((cell, c) => {
      const kind = classifyHeader(cell);
      if (kind && found[kind] === undefined) found[kind] = c;
      const extraKind = kind ? null : classifyExtraHeader(cell);
      if (extraKind && extra[extraKind] === undefined) extra[extraKind] = c;
    });
    const missing = COLUMNS.filter((col) => found[col] === undefined);
    if (missing.length === 0) {
      // Every other headed column (a second column of a kind included) is carried, never read.
      const used = new Set([...COLUMNS.map((col) => found[col]), found.number, ...Object.values(extra)].filter((c): c is number => c !== undefined));
      const columns = found as ColumnMap;
      if (Object.keys(extra).length > 0) columns.extra = extra;
      const other = rows[r].flatMap((cell, c) => (used.has(c) || isBlankCell(cell) ? [] : [{ header: normalizeText(cell), column: c }]));
      if (other.length > 0) columns.other = other;
      return { match: { row: r, columns }, closest: null };
    }
    const count = COLUMNS.length - missing.length;
    if (count >= 2 && count > closestFound) {
      closest = { row: r, missing };
      closestFound = count;
    }
  }
  return { match: null, closest };
}

/** True when a row repeats the header (reports repeat it at each page break). */
export function isHeaderRow(cells: string[], columns: ColumnMap): boolean {
  return COLUMNS.every((col) => {
    const kind = classifyHeader(cells[columns[col]] ?? '');
    return kind === col;
  });
}

/** A column headed as a remark (หมายเหตุ, ข้อสังเกต, Remarks): where a table without a problems column often keeps them. */
const REMARKS = /^(?:หมายเหตุ|ข้อสังเกต|remarks?|notes?)$/i;

/**
 * What to say of a header row that names some of the four columns but not all: which it lacks and,
 * when the problems / suggestions column is the only one, how to add it (it may stay empty: filling
 * it is the add-on's job), or which remarks column to rename when the row has one.
 */
export function missingColumnsMessage(where: { th: string; en: string }, missing: readonly Column[], headerCells: readonly string[]): { th: string; en: string } {
  const wanted = COLUMNS.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ');
  const missingTh = missing.map((c) => `“${MEASURE_HEADERS[c]}”`).join(', ');
  const missingEn = missing.map((c) => `“${MEASURE_HEADERS_EN[c]}”`).join(', ');
  if (missing.length !== 1 || missing[0] !== 'suggestion') {
    return { th: `${where.th} ไม่มีคอลัมน์ ${missingTh} ต้องมีหัวคอลัมน์ ${wanted}`, en: `${where.en} lacks the column(s) ${missingEn}` };
  }
  const remarks = headerCells.map((c) => normalizeText(c)).find((c) => REMARKS.test(c.replace(/\s+/g, '')));
  const th = remarks
    ? `ถ้าคอลัมน์ “${remarks}” ใช้บันทึกปัญหาและข้อเสนอแนะ ให้เปลี่ยนหัวคอลัมน์เป็น “${MEASURE_HEADERS.suggestion}” หรือเพิ่มคอลัมน์ “${MEASURE_HEADERS.suggestion}” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้ ระบบจะเติมข้อเสนอแนะให้)`
    : `เพิ่มคอลัมน์ “${MEASURE_HEADERS.suggestion}” ต่อจากคอลัมน์ผลการดำเนินงาน (เว้นว่างไว้ได้ ระบบจะเติมข้อเสนอแนะให้)`;
  const en = remarks
    ? `if the “${remarks}” column holds the problems and suggestions, rename its header “${MEASURE_HEADERS.suggestion}”; otherwise add a “${MEASURE_HEADERS.suggestion}” column after the results (it may stay empty: filling it is the add-on's job)`
    : `add a “${MEASURE_HEADERS.suggestion}” column after the results (it may stay empty: filling it is the add-on's job)`;
  return { th: `${where.th} ไม่มีคอลัมน์ ${missingTh} ${th}`, en: `${where.en} lacks the ${missingEn} column: ${en}` };
}

