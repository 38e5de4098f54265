import type { Column, ColumnMap, Finding, Item, Measure, MeasureTable, NumeralStyle, ReportPreamble, SourceRef, SuggestionFill, TableColumn } from './types';
import { InputError } from './errors';
import { TEXT_PLACE, repeatsSubHeader, subHeaderFindings, subHeaderRows, unheadedColumnFindings, withMeasureOverNumbers, withSubHeaderColumns } from './subHeaders';
import { COLUMNS, MEASURE_HEADERS, NEEDED_COLUMNS, classifyExtraHeader, classifyHeader, findHeaderRow, isHeaderRow, missingColumnsMessage, noSuggestionColumnFinding, splitHeaders } from './headers';
import { assembleMeasures, detectNumerals, type PageBreakJoin, type RowRecord } from './assemble';
import { makeFinding } from './findings';
import { describeRef, itemLabel, measureLabel } from './messages';
import { formatNumber, isBlankCell, normalizeText } from './text';
import { addedSuggestionAt, columnHeader, insertedAt, placedColumns, sideCells, suggestionCell, suggestionFillColumn, type PlacedColumn } from './columns';
import { forbiddenCodes, invalidCharacterFinding } from './xmlChars';
import { closingOf, isSignatureCell, opensItem, textTableEndLine, type Closing } from './tableEnd';
import { stripParagraphTags } from './items';
import { readTitleFacts } from './titleFacts';
import { holdsSuggestion } from './suggest';

/**
 * Line-level clean-up that keeps tabs (they separate the table's cells). Only a byte-order mark is
 * removed: zero-width characters and soft hyphens are the writer's and stay (normalizeText).
 */
function cleanLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

const INTRO_START = /^(ตามที่|ในการนี้|ด้วย|อนึ่ง|ทั้งนี้)/;
/** A sentence (a subject that `ได้รายงาน…`, `บัดนี้…`, `…ดังนี้`): the introduction, however short and however it opens. */
const SENTENCE = /ได้(?:ดำเนิน|จัด|รายงาน|กำหนด|วิเคราะห์)|บัดนี้|จึงขอ|ดังนี้\s*$/;

function parsePreamble(lines: string[]): ReportPreamble {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const line = normalizeText(raw);
    if (line) current.push(line);
    else if (current.length) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length) paragraphs.push(current);
  const titleLines: string[] = [];
  const introduction: string[] = [];
  for (const paragraph of paragraphs) {
    const text = paragraph.join(' ');
    // Title lines come first and are short; the introduction starts with "ตามที่…" or runs long.
    if (introduction.length === 0 && !INTRO_START.test(text) && !SENTENCE.test(text) && text.length < 200) {
      titleLines.push(...(paragraphs.indexOf(paragraph) === 0 ? paragraph : [text]));
    } else {
      introduction.push(text);
    }
  }
  return { titleLines, introduction, ...readTitleFacts(titleLines, introduction) };
}

/**
 * Reads the text of an existing report: title and introduction, then the four-column table as
 * tab-separated rows, the header repeated at page breaks, rows with an empty measure cell
 * continuing the measure above them.
 */
export function parseReportText(text: string): MeasureTable {
  const lines = cleanLines(text);
  if (lines.every((line) => !line.trim())) {
    throw new InputError('EMPTY_INPUT', 'ข้อความว่าง ไม่มีรายงานให้อ่าน', 'The text is empty: there is no report to read');
  }
  // The header line as a sheet's header row is found (findHeaderRow: the first naming the measure,
  // steps and results), over every tab-separated line: other lines (titles, introduction) are no row.
  const rows = lines.map((line) => (line.includes('\t') ? line.split('\t').map((c) => normalizeText(c)) : []));
  const search = findHeaderRow(rows, rows.length);
  if (!search.match && search.closest) {
    const line = search.closest.row + 1;
    const message = missingColumnsMessage({ th: `บรรทัดที่ ${line}`, en: `Line ${line}` }, search.closest.missing);
    throw new InputError('NO_HEADER', message.th, message.en, { line });
  }
  if (!search.match) {
    const hasTabs = lines.some((line) => line.includes('\t'));
    const wanted = `${COLUMNS.slice(0, 3).map((c) => MEASURE_HEADERS[c]).join(' ⇥ ')} (⇥ ${MEASURE_HEADERS.suggestion})`;
    throw new InputError(
      hasTabs ? 'NO_HEADER' : 'NOT_A_TABLE',
      hasTabs
        ? `ไม่พบแถวหัวตาราง “${wanted}” ในข้อความ (คั่นคอลัมน์ด้วยแท็บ ${NEEDED_COLUMNS.th})`
        : `ข้อความนี้ไม่มีตาราง: ต้องมีแถวหัวตาราง “${wanted}” และแต่ละแถวคั่นคอลัมน์ด้วยแท็บ`,
      hasTabs
        ? `No header row (Measure ⇥ Steps ⇥ Results (⇥ Problems / Suggestions)) found in the text: ${NEEDED_COLUMNS.en}`
        : 'The text holds no table: it needs a tab-separated header row and rows',
      { line: 1 },
    );
  }
  const match = search.match;
  const headerLine = match.row;
  // A second header line (column numbers, an English translation, sub-columns' labels) is the header's too.
  const sub = subHeaderRows(rows, headerLine, match.columns);
  const headed = withSubHeaderColumns(rows, headerLine, match.columns, sub);
  const records: RowRecord[] = [];
  const recordLines: number[] = [];
  const skipped: Finding[] = [];
  const firstLine = headerLine + 1 + sub.rows.length;
  const lastLabelColumn = Math.max(headed.measure, headed.number ?? -1);
  const closing = (i: number) => closingOf(lines[i], lastLabelColumn);
  const end = textTableEndLine(lines, firstLine, closing, (i) => signatureCells(lines[i].split('\t')), (i) => anotherTableHeader(rows[i], headed, rows[headerLine]));
  const tableLines = Array.from({ length: Math.max(0, end - firstLine) }, (_, k) => firstLine + k)
    .filter((i) => lines[i].includes('\t') && !isHeaderRow(rows[i], headed, rows[headerLine]) && !repeatsSubHeader(rows[i], rows, sub));
  const columns = withMeasureOverNumbers(rows, rows[headerLine], tableLines.filter((i) => closing(i) === null), headed);
  for (const i of tableLines) {
    const cells = rows[i];
    // A note or signature set in the table's cells (`หมายเหตุ⇥…`, `⇥⇥ลงชื่อ…`), and the signer's names
    // and positions under a signature, are no measure and no item; a note is named in an info line.
    const closes = closing(i);
    if (closes === 'note') skipped.push(skippedRowFinding(lines[i], i));
    if (closes !== null || (signatureCells(lines[i].split('\t')) && previousText(lines, i, closing) === 'signature')) continue;
    recordLines.push(i);
    const refs = {} as Record<Column, SourceRef>;
    const values = {} as Record<Column, string>;
    const cellAt = (c: number) => ({ text: cells[c] ?? '', ref: { line: i + 1 } });
    for (const col of COLUMNS) {
      // (No problems / suggestions column: an empty cell that stands nowhere, so nothing is filled.)
      const cell = col === 'suggestion' ? suggestionCell(columns, cellAt) : columns[col] === undefined ? null : cellAt(columns[col] as number);
      refs[col] = cell?.ref ?? {};
      values[col] = cell?.text ?? '';
    }
    const record: RowRecord = { row: -1, number: columns.number === undefined ? '' : cells[columns.number] ?? '', cells: values, refs };
    records.push({ ...record, ...sideCells(columns, cellAt) });
  }
  const { measures, findings, joins } = assembleMeasures(records, 'page-break');
  const numerals = detectNumerals(records);
  findings.unshift(...subHeaderFindings(rows, sub, TEXT_PLACE), ...unheadedColumnFindings(rows, headerLine, recordLines, columns, TEXT_PLACE));
  if (columns.suggestion === undefined) {
    findings.unshift(noSuggestionColumnFinding({ th: `บรรทัดที่ ${headerLine + 1}`, en: `Line ${headerLine + 1}` }, { line: headerLine + 1 }, rows[headerLine]));
  }
  findings.push(...joins.map((join) => pageBreakJoinFinding(join, numerals)));
  findings.push(...skipped);
  const after = afterTableFinding(lines, end);
  if (after) findings.push(after);
  lines.forEach((line, i) => {
    const codes = forbiddenCodes(line);
    if (codes.length > 0) findings.push(invalidCharacterFinding({ line: i + 1 }, codes));
  });
  return {
    kind: 'text',
    measures,
    numerals,
    preamble: parsePreamble(lines.slice(0, headerLine)),
    columns,
    findings,
  };
}

/** A signature's own lines (`ลงชื่อ ....`, `(นาย ก)⇥(นาง ข)`, `ตำแหน่ง …`, dotted lines): the signature's, never a row. */
function signatureCells(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  return filled.length > 0 && filled.length <= 2
    && filled.every((cell) => /^\([^()]*\)$|^[.…_\s]+$|^ตำแหน่ง(?:$|[\s.…_:])/.test(cell.trim()) || isSignatureCell(cell));
}

/** What the nearest line above `i` holding text closes (a signature's names sit under its ลงชื่อ line), or null. */
function previousText(lines: readonly string[], i: number, closing: (line: number) => Closing | null): Closing | null {
  for (let k = i - 1; k >= 0; k--) {
    if (lines[k].replace(/\t/g, '').trim() === '') continue;
    const closes = closing(k);
    if (closes !== null || !signatureCells(lines[k].split('\t'))) return closes;
  }
  return null;
}

/**
 * Another table's header after a signature or an appendix heading (`ลำดับ⇥หลักฐาน`, the header of
 * an appendix table): cells that all name columns, no item among them, and not this table's own
 * header repeated. Only such a row ends the table; a row of anything else may be a measure.
 */
function anotherTableHeader(cells: readonly string[], columns: ColumnMap, header: readonly string[]): boolean {
  if (isHeaderRow(cells, columns, header)) return false;
  const filled = cells.filter((cell) => !isBlankCell(cell));
  if (filled.length < 2 || filled.some(opensItem)) return false;
  return filled.every((cell) => classifyHeader(cell) !== null || classifyExtraHeader(cell) !== null);
}

/** A note row inside the table, read as neither a measure nor an item. */
function skippedRowFinding(line: string, i: number): Finding {
  const text = normalizeText(line.replace(/\t+/g, ' ')).slice(0, 60);
  return makeFinding('info', 'NOTE_ROW', null, null, { line: i + 1 },
    `บรรทัดที่ ${i + 1} (“${text}”) อ่านเป็นหมายเหตุ ไม่ใช่มาตรการหรือข้อของมาตรการ จึงไม่ได้ตรวจและไม่อยู่ในรายงาน`,
    `Line ${i + 1} (“${text}”) is read as a note, not a measure or an item, so it is neither checked nor in the report`);
}

/**
 * The table rows under the text that ended the table (an appendix, an attachment list), which are
 * not measures: one info line naming them and that text, so nothing is dropped unseen.
 */
function afterTableFinding(lines: readonly string[], end: number): Finding | null {
  const rows = lines.flatMap((line, i) => (i > end && line.includes('\t') && !signatureCells(line.split('\t')) && line.replace(/\t/g, '').trim() !== '' ? [i + 1] : []));
  if (rows.length === 0) return null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const span = first === last ? `${first}` : `${first}–${last}`;
  const spanEn = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const ending = normalizeText(lines[end]).slice(0, 40);
  return makeFinding('info', 'TABLE_END', null, null, { line: first },
    `ตารางมาตรการจบที่บรรทัดที่ ${end + 1} (“${ending}”): แถวตารางบรรทัดที่ ${span} อยู่หลังข้อความนั้น ไม่ได้อ่านเป็นมาตรการและจะไม่ถูกเติม ถ้าเป็นมาตรการ ให้ลบข้อความที่คั่นอยู่หรือใส่หัวตารางซ้ำก่อนแถวเหล่านั้น`,
    `The measures table ends at line ${end + 1} (“${ending}”): table rows on ${spanEn} come after that text and are not read as measures or filled; if they are measures, remove the text between or repeat the header above them`);
}

/**
 * Where text after a page break was read as the rest of the item before the break: usually a cut
 * sentence, but a paragraph that happened to start the new page is joined the same way, so the
 * reader is told where to look (an info line; numbering or a dash makes it an item of its own).
 */
function pageBreakJoinFinding(join: PageBreakJoin, numerals: NumeralStyle): Finding {
  const shown = join.measure.number ?? join.measure.index;
  const kind = join.column === 'steps' ? 'step' : 'result';
  const item = join.measure[join.column][join.item - 1];
  const n = item.number ?? join.item;
  return makeFinding('info', 'PAGE_BREAK_JOIN', shown, null, join.ref,
    `${describeRef(join.ref, 'th')}: ข้อความต้นแถวนี้ต่อจากหน้าก่อน จึงอ่านเป็นส่วนท้ายของ${itemLabel(kind, n, numerals, 'th')} ${measureLabel(shown, numerals, 'th')} ถ้าเป็นข้อใหม่ ให้ใส่เลขข้อหรือขีด (-) นำหน้า`,
    `${describeRef(join.ref, 'en')}: the text opening this row continues the page before, so it was read as the end of ${itemLabel(kind, n, numerals, 'en')} of ${measureLabel(shown, numerals, 'en')}; if it is a new item, number it or start it with a dash (-)`);
}

/**
 * Refuses a table whose reading left rows out (a continuation row with no measure above it): an
 * import or a rollover writes only measures, so their text would be lost without a word. Each
 * row is named by its line, with what to do.
 */
export function assertEveryRowPlaced(table: MeasureTable): void {
  const unplaced = table.findings.filter((f) => f.code === 'ORPHAN_CONTINUATION');
  if (unplaced.length === 0) return;
  throw new InputError(
    'UNPLACED_ROWS',
    `ข้อความบางแถวไม่อยู่ใต้มาตรการใด จึงจะหายไปจากตารางที่เขียน (ยังไม่ได้เขียนอะไร): ${unplaced.map((f) => f.message).join(' · ')}`,
    `Some rows belong to no measure, so the table written would lose them (nothing was written): ${unplaced.map((f) => f.messageEn).join(' · ')}`,
    unplaced[0].line === undefined ? undefined : { line: unplaced[0].line },
  );
}

function itemLine(item: Item): string {
  return item.marker ? `${item.marker} ${item.text}` : item.text;
}

function titleWithNumber(measure: Measure, table: MeasureTable): string {
  return measure.number === null ? measure.title : `${formatNumber(measure.number, table.numerals)}. ${measure.title}`;
}

function suggestionOf(measure: Measure, fills: SuggestionFill[]): string {
  return fills.find((f) => f.measureIndex === measure.index)?.text ?? measure.suggestion;
}

/** One measure's cell of a column in the sheet layout: its items one per line, its suggestion (filled where it was empty) or an extra column's text. */
function cellOf(measure: Measure, column: TableColumn, table: MeasureTable, fills: SuggestionFill[]): string {
  switch (column) {
    case 'measure': return titleWithNumber(measure, table);
    case 'steps': return measure.steps.map(itemLine).join('\n');
    case 'results': return measure.results.map(itemLine).join('\n');
    case 'suggestion': return suggestionOf(measure, fills);
    default: return measure.extra?.[column] ?? '';
  }
}

/**
 * The sheet layout of a table: the headers, then one row per measure, in the table's own column
 * order with every extra column it has (responsible, timeframe…) and every other headed column
 * (หมายเหตุ…, under its own header): nothing read is left out.
 */
export function tableToGrid(table: MeasureTable, fills: SuggestionFill[] = []): string[][] {
  // The number column goes into the title (๑. …), where the sheet reader finds it again.
  const placed = placedColumns(table.columns).filter((p): p is Exclude<PlacedColumn, { column: 'number' }> => p.column !== 'number');
  const ofKind = (column: TableColumn) => ({ header: columnHeader(column), cell: (m: Measure) => cellOf(m, column, table, fills) });
  // Problems and suggestions split over columns stay split, each part under its label; a fill goes to its part.
  const parts = table.columns?.suggestionParts ?? [];
  const target = suggestionFillColumn(table.columns);
  const headers = splitHeaders(parts.map((p) => p.label));
  const ofPart = (k: number) => ({
    header: headers[k] ?? columnHeader('suggestion'),
    cell: (m: Measure) => (parts[k].column === target ? fills.find((f) => f.measureIndex === m.index)?.text : undefined) ?? m.suggestionParts?.[k]?.text ?? '',
  });
  const own = placed.map((p) => {
    if (p.column === 'suggestionPart') return ofPart(p.part);
    if (p.column === 'suggestion' && parts.length > 0) return ofPart(0);
    if (p.column !== 'other') return ofKind(p.column);
    const k = p.other;
    return { header: table.columns?.other?.[k].header ?? '', cell: (m: Measure) => m.other?.[k] ?? '' };
  });
  // A table without a problems / suggestions column gets one, empty, after its results (see addedSuggestionAt).
  const columns = insertedAt(own, addedSuggestionAt(table.columns, placed.map((p) => p.column)), ofKind('suggestion'));
  return [columns.map((c) => c.header), ...table.measures.map((m) => columns.map((c) => c.cell(m)))];
}

/**
 * The report text with each fill written into its measure's suggestion cell (on the measure's first
 * row), and every other character as it was: title, introduction, page lines, signatures, columns
 * the reader does not know, line breaks. `table` is what parseReportText read from `text`. A cell
 * that holds anything (but the add-on's earlier suggestion a fill refreshes) is never written; the fills written are returned.
 */
export function fillReportText(text: string, table: MeasureTable, fills: SuggestionFill[]): { text: string; written: SuggestionFill[] } {
  const column = suggestionFillColumn(table.columns);
  if (column === undefined || fills.length === 0) return { text, written: [] };
  // Lines at even places, the breaks after them at odd ones: parseReportText counts lines the same way.
  const parts = text.split(/(\r\n|\r|\n)/);
  const written: SuggestionFill[] = [];
  for (const fill of fills) {
    const line = table.measures.find((m) => m.index === fill.measureIndex)?.refs.suggestion.line;
    if (line === undefined || (line - 1) * 2 >= parts.length) continue;
    const cells = parts[(line - 1) * 2].split('\t');
    const now = stripParagraphTags(cells[column] ?? '');
    // A refresh goes over the add-on's earlier suggestion only while the cell holds exactly it.
    if (!isBlankCell(now) && !(fill.replaces !== undefined && holdsSuggestion(now, fill.replaces))) continue;
    while (cells.length <= column) cells.push('');
    // A cell of report text is one line: a break or a tab in the text would start another row or cell.
    cells[column] = fill.text.replace(/[\t\r\n]+/g, ' ');
    parts[(line - 1) * 2] = cells.join('\t');
    written.push(fill);
  }
  return { text: parts.join(''), written };
}
