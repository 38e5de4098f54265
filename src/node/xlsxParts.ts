/**
 * Fills cells of an .xlsx package by editing one worksheet's XML and nothing else. Rewriting a
 * workbook through a spreadsheet library drops what it does not model (charts, pivot tables, some
 * validations); here every other part of the zip keeps its bytes, and inside the worksheet only the
 * filled `<c>` elements (and the row and dimension hints that must cover them) change.
 *
 * A cell is written only when it is truly empty (or still holds the add-on's earlier suggestion the
 * fill refreshes, exactly): no value, no formula (a formula showing nothing is
 * still a person's work), not inside a merge it does not start, and not the start of a merge that
 * reaches other columns or another measure's rows. Anything else is skipped with a reason.
 *
 * References: ECMA-376 Part 1 §18.3.1.4 (c), §18.3.1.73 (row), §18.3.1.55 (mergeCell),
 * §18.3.1.35 (dimension), §18.2.20 (sheet), and Part 2 (relationships, absolute or relative targets).
 */
import JSZip from 'jszip';
import * as path from 'path';
import { InputError } from '../core/errors';
import { compareA1, fromA1, toA1 } from '../core/a1';
import { EXCEL_CELL_LIMIT, dropXmlForbidden } from '../core/xmlChars';
import { holdsSuggestion } from '../core/suggest';
import { mergeFillRefusal, parseRangeA1, type CellRange } from '../core/merges';

export interface FillTarget {
  /** 0-based row (0 = sheet row 1). */
  row: number;
  /** 0-based column (0 = column A). */
  column: number;
  text: string;
  /** First and last 0-based rows of the measure the cell belongs to: a merge may span them, no more. */
  firstRow?: number;
  lastRow?: number;
  /** The add-on's earlier suggestion the cell may hold instead of nothing (SuggestionFill.replaces). */
  replaces?: string;
}

export interface SkippedCell {
  cell: string;
  messageTh: string;
  messageEn: string;
}

export interface PartsFillResult {
  bytes: Buffer;
  written: string[];
  skipped: SkippedCell[];
}

interface Attr {
  [name: string]: string;
}

function attributes(tag: string): Attr {
  const result: Attr = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) result[m[1]] = m[2] ?? m[3];
  return result;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_w, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

function corrupt(filePath: string, what: string): InputError {
  return new InputError(
    'CORRUPT_FILE',
    `เปิดไฟล์ ${filePath} ไม่ได้ ส่วนประกอบของไฟล์ Excel เสียหาย (${what})`,
    `Cannot open ${filePath}: a part of the workbook is damaged (${what})`,
  );
}

/** Resolves a relationship target against the folder of the part that owns it (absolute targets start at the root). */
function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(ownerPart), target));
}

function relsPathOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
}

async function partText(zip: JSZip, part: string, filePath: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw corrupt(filePath, part);
  return file.async('string');
}

function relationshipTarget(relsXml: string, predicate: (attrs: Attr) => boolean): string | undefined {
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    if (predicate(attrs)) return attrs.Target;
  }
  return undefined;
}

/** The workbook's main part, as the package's root relationships name it. */
async function workbookPartOf(zip: JSZip, filePath: string): Promise<string> {
  const rootRels = await partText(zip, '_rels/.rels', filePath);
  return resolveTarget('', relationshipTarget(rootRels, (a) => /\/officeDocument$/.test(a.Type ?? '')) ?? 'xl/workbook.xml');
}

/** The worksheet part of the sheet named `sheetName` (exact name after NFC), following the package's relationships. */
async function worksheetPart(zip: JSZip, workbookPart: string, sheetName: string, filePath: string): Promise<string> {
  const workbookXml = await partText(zip, workbookPart, filePath);
  const wanted = sheetName.normalize('NFC');
  let relId: string | undefined;
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const attrs = attributes(m[0]);
    if (unescapeXml(attrs.name ?? '').normalize('NFC') === wanted) {
      relId = Object.entries(attrs).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1];
      break;
    }
  }
  if (!relId) {
    throw new InputError('NOT_A_TABLE', `ไม่พบแผ่นงาน "${sheetName}" ในไฟล์ ${filePath}`, `No sheet named "${sheetName}" in ${filePath}`);
  }
  const rels = await partText(zip, relsPathOf(workbookPart), filePath);
  const target = relationshipTarget(rels, (a) => a.Id === relId);
  if (!target) throw corrupt(filePath, `${relsPathOf(workbookPart)} ${relId}`);
  return resolveTarget(workbookPart, target);
}

/** The workbook's shared-string part, when it has one. */
async function sharedStringsPart(zip: JSZip, workbookPart: string, filePath: string): Promise<string | null> {
  const rels = zip.file(relsPathOf(workbookPart)) ? await partText(zip, relsPathOf(workbookPart), filePath) : '';
  const target = relationshipTarget(rels, (a) => /\/sharedStrings$/.test(a.Type ?? ''));
  return target ? resolveTarget(workbookPart, target) : null;
}

function mergedRanges(sheetXml: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const m of sheetXml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
    const ref = attributes(m[0]).ref;
    if (ref) ranges.push(parseRangeA1(ref));
  }
  return ranges;
}

/** One `<c>` element found in the sheet: where it sits in the XML and what it holds. */
interface CellElement {
  start: number;
  end: number;
  column: number;
  xml: string;
}

interface RowElement {
  /** Offsets of the whole `<row …>…</row>` (or `<row …/>`). */
  start: number;
  end: number;
  openTag: string;
  row: number;
  cells: CellElement[];
  /** Offset where the row's content starts (after the open tag). */
  contentStart: number;
  selfClosing: boolean;
}

/** Rows of `<sheetData>`, with implicit row and column numbers filled in as the spec defines them. */
function parseRows(xml: string, dataStart: number, dataEnd: number): RowElement[] {
  const rows: RowElement[] = [];
  const rowPattern = /<((?:\w+:)?row)\b[^>]*?(\/?)>/g;
  rowPattern.lastIndex = dataStart;
  let previousRow = -1;
  for (let m = rowPattern.exec(xml); m && m.index < dataEnd; m = rowPattern.exec(xml)) {
    const openTag = m[0];
    const selfClosing = m[2] === '/';
    const r = attributes(openTag).r;
    const row = r ? Number(r) - 1 : previousRow + 1;
    previousRow = row;
    const contentStart = m.index + openTag.length;
    let end = contentStart;
    const cells: CellElement[] = [];
    if (!selfClosing) {
      const close = xml.indexOf(`</${m[1]}>`, contentStart);
      end = close + `</${m[1]}>`.length;
      const cellPattern = /<((?:\w+:)?c)\b[^>]*?(\/?)>/g;
      cellPattern.lastIndex = contentStart;
      let previousColumn = -1;
      for (let c = cellPattern.exec(xml); c && c.index < close; c = cellPattern.exec(xml)) {
        const cellEnd = c[2] === '/' ? c.index + c[0].length : xml.indexOf(`</${c[1]}>`, c.index) + `</${c[1]}>`.length;
        const ref = attributes(c[0]).r;
        const column = ref ? fromA1(ref).column : previousColumn + 1;
        previousColumn = column;
        cells.push({ start: c.index, end: cellEnd, column, xml: xml.slice(c.index, cellEnd) });
        cellPattern.lastIndex = cellEnd;
      }
      rowPattern.lastIndex = end;
    }
    rows.push({ start: m.index, end, openTag, row, cells, contentStart, selfClosing });
  }
  return rows;
}

/** Texts of the shared-string table (§18.4.9 sst), each `<si>` its `<t>` runs joined. */
function sharedStringTexts(sstXml: string): string[] {
  const texts: string[] = [];
  for (const m of sstXml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    const runs = [...(m[1] ?? '').matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)];
    texts.push(unescapeXml(runs.map((t) => t[1] ?? '').join('')));
  }
  return texts;
}

const FORMULA = /<(?:\w+:)?f[\s>/]/;

/** Why an existing cell must not be written, or null when it holds nothing (an empty shared string counts as nothing). */
function occupied(cellXml: string, sharedStrings: () => string[]): { th: string; en: string } | null {
  if (FORMULA.test(cellXml)) return { th: 'มีสูตรคำนวณ', en: 'holds a formula' };
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cellXml);
  const type = attributes(/<(?:\w+:)?c\b[^>]*?\/?>/.exec(cellXml)?.[0] ?? '').t;
  if (value && type === 's' && sharedStrings()[Number(value[1])] === '') return null;
  if (value && value[1] !== '') return { th: 'มีข้อมูลอยู่แล้ว', en: 'already holds a value' };
  const inline = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(cellXml);
  if (inline && unescapeXml(inline[1].replace(/<[^>]+>/g, '')) !== '') return { th: 'มีข้อมูลอยู่แล้ว', en: 'already holds a value' };
  return null;
}

/** The text a cell stores (a shared or inline string, or a plain value), formulas aside. */
function storedText(cellXml: string, sharedStrings: () => string[]): string {
  const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(cellXml);
  const type = attributes(/<(?:\w+:)?c\b[^>]*?\/?>/.exec(cellXml)?.[0] ?? '').t;
  if (value && type === 's') return sharedStrings()[Number(value[1])] ?? '';
  if (value) return unescapeXml(value[1]);
  const inline = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(cellXml);
  return inline ? unescapeXml(inline[1].replace(/<[^>]+>/g, '')) : '';
}

/** `<c>` holding `text` as an inline string, keeping the cell's own attributes (style) but its old type. */
function inlineCell(existingOpenTag: string | null, prefix: string, a1: string, text: string): string {
  const kept = existingOpenTag
    ? Object.entries(attributes(existingOpenTag)).filter(([k]) => k !== 'r' && k !== 't')
    : [];
  const attrs = [`r="${a1}"`, ...kept.map(([k, v]) => `${k}="${v}"`), 't="inlineStr"'].join(' ');
  return `<${prefix}c ${attrs}><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(text)}</${prefix}t></${prefix}is></${prefix}c>`;
}

function widenSpans(openTag: string, column: number): string {
  return openTag.replace(/\bspans="(\d+):(\d+)"/, (whole, a: string, b: string) => {
    const first = Math.min(Number(a), column + 1);
    const last = Math.max(Number(b), column + 1);
    return `spans="${first}:${last}"`;
  });
}

function widenDimension(xml: string, cells: { row: number; column: number }[]): string {
  return xml.replace(/(<(?:\w+:)?dimension\b[^>]*\bref=")([^"]+)(")/, (whole, head: string, ref: string, tail: string) => {
    const [a, b = a] = ref.split(':');
    let top: number, left: number, bottom: number, right: number;
    try {
      ({ row: top, column: left } = fromA1(a));
      ({ row: bottom, column: right } = fromA1(b));
    } catch {
      return whole;
    }
    for (const c of cells) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.column);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.column);
    }
    const next = top === bottom && left === right ? toA1(top, left) : `${toA1(top, left)}:${toA1(bottom, right)}`;
    return `${head}${next}${tail}`;
  });
}

/**
 * Writes `targets` into the worksheet named `sheetName` of the package `bytes`. Cells that are not
 * empty or sit in a merge they cannot own are skipped with a reason. Text is stored as an inline
 * string (never a formula), without XML-forbidden characters; text over Excel's limit is refused.
 */
export async function fillXlsxParts(
  bytes: Buffer,
  sheetName: string,
  targets: FillTarget[],
  filePath: string,
): Promise<PartsFillResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(filePath, error instanceof Error ? error.message.split(/[:.]\s/)[0] : 'zip');
  }
  const workbookPart = await workbookPartOf(zip, filePath);
  const part = await worksheetPart(zip, workbookPart, sheetName, filePath);
  let xml = await partText(zip, part, filePath);
  const prefix = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const ranges = mergedRanges(xml);
  let shared: string[] | null = null;
  const sstPart = await sharedStringsPart(zip, workbookPart, filePath);
  const sstXml = sstPart ? await partText(zip, sstPart, filePath) : '';
  const sharedStrings = () => (shared ??= sharedStringTexts(sstXml));
  const written: string[] = [];
  const skipped: SkippedCell[] = [];
  const accepted: FillTarget[] = [];
  const seen = new Set<string>();
  for (const target of targets) {
    const a1 = toA1(target.row, target.column);
    // One write per cell: a second one for the same cell would edit the same bytes twice.
    if (seen.has(a1)) throw new RangeError(`Cell ${a1} given twice`);
    seen.add(a1);
    const text = dropXmlForbidden(target.text);
    if (text.length > EXCEL_CELL_LIMIT) {
      throw new InputError(
        'CELL_TOO_LONG',
        `ข้อความสำหรับเซลล์ ${a1} ยาว ${text.length} ตัวอักษร เกินขีดจำกัดของ Excel ${EXCEL_CELL_LIMIT} ตัวอักษร`,
        `The text for cell ${a1} is ${text.length} characters, over Excel's limit of ${EXCEL_CELL_LIMIT}`,
      );
    }
    const refusal = mergeFillRefusal(ranges, target);
    if (refusal) skipped.push(refusal);
    else accepted.push({ ...target, text });
  }
  // Edits go from the end of the XML backwards so earlier offsets stay valid.
  const edits: { start: number; end: number; text: string }[] = [];
  const dataOpen = /<(?:\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!dataOpen) throw corrupt(filePath, `${part} sheetData`);
  if (dataOpen[1] === '/') {
    // An empty sheet written as <sheetData/>: open it so rows can go in.
    xml = `${xml.slice(0, dataOpen.index)}<${prefix}sheetData></${prefix}sheetData>${xml.slice(dataOpen.index + dataOpen[0].length)}`;
  }
  const dataStart = xml.search(/<(?:\w+:)?sheetData\b/);
  const dataEnd = xml.search(/<\/(?:\w+:)?sheetData>/);
  const rows = parseRows(xml, dataStart, dataEnd);
  const byRow = new Map<number, FillTarget[]>();
  for (const target of accepted) byRow.set(target.row, [...(byRow.get(target.row) ?? []), target]);
  const newRows: { row: number; xml: string }[] = [];
  for (const [rowIndex, rowTargets] of byRow) {
    const row = rows.find((r) => r.row === rowIndex);
    rowTargets.sort((a, b) => a.column - b.column);
    if (!row) {
      const cells = rowTargets.map((t) => inlineCell(null, prefix, toA1(t.row, t.column), t.text)).join('');
      newRows.push({ row: rowIndex, xml: `<${prefix}row r="${rowIndex + 1}">${cells}</${prefix}row>` });
      rowTargets.forEach((t) => written.push(toA1(t.row, t.column)));
      continue;
    }
    const insertions: { at: number; text: string }[] = [];
    let openTag = row.openTag;
    for (const target of rowTargets) {
      const a1 = toA1(target.row, target.column);
      const existing = row.cells.find((c) => c.column === target.column);
      if (existing) {
        const why = occupied(existing.xml, sharedStrings);
        // The add-on's earlier suggestion, still exactly as planned over, is replaced (see planSuggestions).
        const refresh = why !== null && target.replaces !== undefined && !FORMULA.test(existing.xml) &&
          holdsSuggestion(storedText(existing.xml, sharedStrings), target.replaces);
        if (why && !refresh) {
          skipped.push({ cell: a1, messageTh: `ไม่เติม ${a1}: เซลล์${why.th}`, messageEn: `Not filled ${a1}: the cell ${why.en}` });
          continue;
        }
        const existingOpen = /<(?:\w+:)?c\b[^>]*?\/?>/.exec(existing.xml)?.[0] ?? null;
        edits.push({ start: existing.start, end: existing.end, text: inlineCell(existingOpen, prefix, a1, target.text) });
      } else {
        const after = row.cells.find((c) => c.column > target.column);
        const at = after ? after.start : row.selfClosing ? -1 : row.end - `</${prefix}row>`.length;
        insertions.push({ at, text: inlineCell(null, prefix, a1, target.text) });
      }
      openTag = widenSpans(openTag, target.column);
      written.push(a1);
    }
    if (row.selfClosing) {
      const cells = insertions.map((i) => i.text).join('');
      if (cells) edits.push({ start: row.start, end: row.end, text: `${openTag.replace(/\s*\/>$/, '>')}${cells}</${prefix}row>` });
      continue;
    }
    for (const insertion of insertions) edits.push({ start: insertion.at, end: insertion.at, text: insertion.text });
    if (openTag !== row.openTag) edits.push({ start: row.start, end: row.start + row.openTag.length, text: openTag });
  }
  for (const newRow of newRows.sort((a, b) => a.row - b.row)) {
    const after = rows.find((r) => r.row > newRow.row);
    const at = after ? after.start : dataEnd;
    edits.push({ start: at, end: at, text: newRow.xml });
  }
  if (written.length === 0) return { bytes, written, skipped };
  // Stable order for equal offsets: insertions at one place keep their column order.
  edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => b.edit.start - a.edit.start || b.order - a.order)
    .forEach(({ edit }) => {
      xml = xml.slice(0, edit.start) + edit.text + xml.slice(edit.end);
    });
  xml = widenDimension(xml, accepted.filter((t) => written.includes(toA1(t.row, t.column))));
  zip.file(part, xml);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { bytes: out, written: written.sort(compareA1), skipped };
}


