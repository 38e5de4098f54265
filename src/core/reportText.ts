import type { Column, ColumnMap, Finding, Item, Measure, MeasureTable, NumeralStyle, ReportPreamble, SourceRef, SuggestionFill, TableColumn } from './types';
import { InputError } from './errors';
import { TEXT_PLACE, repeatsSubHeader, subHeaderFindings, subHeaderRows, unheadedColumnFindings, withMeasureOverNumbers, withSubHeaderColumns } from './subHeaders';
import { COLUMNS, MEASURE_HEADERS, NEEDED_COLUMNS, classifyExtraHeader, classifyHeader, findHeaderRow, isHeaderRow, missingColumnsMessage, noSuggestionColumnFinding, splitHeaders } from './headers';
import { assembleMeasures, detectNumerals, splitTitle, type PageBreakJoin, type RowRecord } from './assemble';
import { makeFinding } from './findings';
import { describeRef, itemLabel, measureLabel } from './messages';
import { formatNumber, isBlankCell, normalizeText, parseDigits, withStandardThai } from './text';
import { addedSuggestionAt, columnHeader, insertedAt, placedColumns, sideCells, suggestionCell, suggestionFillColumn, type PlacedColumn } from './columns';
import { forbiddenCodes, invalidCharacterFinding } from './xmlChars';
import { closingOf, isSignatureCell, opensItem, textTableEndLine, type Closing } from './tableEnd';
import { joinContinued, stripParagraphTags } from './items';
import { readTitleFacts } from './titleFacts';
import { holdsSuggestion } from './suggest';

/**
 * Line-level clean-up that keeps tabs (they separate the table's cells). Only a byte-order mark is
 * removed: zero-width characters and soft hyphens are the writer's and stay (normalizeText).
 */
function cleanLines(text: string): string[] {
  return withStandardThai(text)
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
  const repeatsHeader = (i: number) => isHeaderRow(rows[i], headed, rows[headerLine]) || repeatsSubHeader(rows[i], rows, sub);
  // Another header under the table (a summary table, a section with columns of its own) ends it.
  const secondHeader = secondHeaderLine(rows, firstLine, headed, rows[headerLine], repeatsHeader);
  const end = Math.min(secondHeader ?? lines.length, textTableEndLine(lines, firstLine, closing, (i) => signatureCells(lines[i].split('\t')), (i) => anotherTableHeader(rows[i], headed, rows[headerLine])));
  const signatureOwn = (i: number) => signatureOwnLine(lines, i, closing);
  // What stands above the header, repeated at each page's top by a PDF copy.
  const titleLines = new Set(lines.slice(0, headerLine).map((line) => normalizeText(line).trim()).filter((line) => line.length >= 4));
  const wrapping = joinWrappedLines(lines, rows, firstLine, end, rows[headerLine].length, {
    skip: (i) => closing(i) !== null || repeatsHeader(i) || signatureOwn(i),
    header: (i) => repeatsHeader(i) || i === secondHeader,
    items: [headed.steps, headed.results],
    runningHeader: (i) => titleLines.has(normalizeText(lines[i]).trim()),
  });
  skipped.push(...wrapping.pageText.map((i) => skippedRowFinding(lines[i], i)));
  const tableLines = Array.from({ length: Math.max(0, end - firstLine) }, (_, k) => firstLine + k)
    .filter((i) => lines[i].includes('\t') && !wrapping.merged.has(i) && !repeatsHeader(i));
  const columns = withMeasureOverNumbers(rows, rows[headerLine], tableLines.filter((i) => closing(i) === null), headed);
  let previousTitle = '';
  for (const i of tableLines) {
    const cells = rows[i];
    // A note or signature set in the table's cells (`หมายเหตุ⇥…`, `⇥⇥ลงชื่อ…`), and the signer's names,
    // positions and date under a signature, are no measure and no item; a note is named in an info line.
    const closes = closing(i);
    if (closes === 'note') skipped.push(skippedRowFinding(lines[i], i));
    if (closes !== null || signatureOwn(i)) continue;
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
    // A row whose suggestion cell starts on a later line (a paragraph-per-line paste) has no one place to fill it.
    if (columns.suggestion !== undefined && wrapping.movedCells.get(i) !== undefined && (wrapping.movedCells.get(i) as number) <= columns.suggestion) refs.suggestion = {};
    const number = columns.number === undefined ? '' : cells[columns.number] ?? '';
    // `มาตรการ… (ต่อ)` or `(ต่อ)` over a row a page break cut: the measure above, continued.
    const continued = continuesTitle(values.measure, previousTitle);
    if (!continued && !isBlankCell(values.measure)) previousTitle = values.measure;
    if (continued) values.measure = '';
    const record: RowRecord = { row: -1, number: continued ? '' : number, cells: values, refs };
    records.push({ ...record, ...sideCells(columns, cellAt) });
  }
  const { measures, findings, joins } = assembleMeasures(records, 'page-break');
  const numerals = detectNumerals(records);
  findings.unshift(...subHeaderFindings(rows, sub, TEXT_PLACE), ...unheadedColumnFindings(rows, headerLine, recordLines, columns, TEXT_PLACE));
  if (columns.suggestion === undefined) {
    findings.unshift(noSuggestionColumnFinding({ th: `บรรทัดที่ ${headerLine + 1}`, en: `Line ${headerLine + 1}` }, { line: headerLine + 1 }, rows[headerLine]));
  }
  findings.push(...joins.map((join) => pageBreakJoinFinding(join, numerals)));
  findings.push(...wrapping.wrapped.map(wrappedLineFinding), ...wrapping.unplaced.map(unplacedLinesFinding), ...wrapping.unclear.map(unclearLineFinding));
  findings.push(...skipped);
  const after = afterTableFinding(lines, end, end === secondHeader);
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

/** A signature's own lines (`ลงชื่อ ....`, `(นาย ก)⇥(นาง ข)⇥(นาย ค)`, `ตำแหน่ง …`, dotted lines): the signature's, never a row. */
function signatureCells(cells: readonly string[]): boolean {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  return filled.length > 0
    && filled.every((cell) => /^\([^()]*\)$|^[.…_\s]+$|^ตำแหน่ง(?:$|[\s.…_:])/.test(cell.trim()) || isSignatureCell(cell));
}

/** How many lines under a signature line may still be its own (names, positions, the date, the agency). */
const SIGNATURE_LINES = 5;
/** The longest cell a signer's position, date or agency line holds. */
const SIGNATURE_CELL_LENGTH = 60;

/** Short cells with no item number or bullet (`นักวิเคราะห์นโยบายและแผน⇥ปลัดเทศบาล`, `วันที่ 30 กันยายน 2567`): what a signer's lines look like. */
function shortUnmarked(line: string): boolean {
  const filled = line.split('\t').map((cell) => normalizeText(cell)).filter((cell) => cell !== '');
  return filled.length > 0 && filled.every((cell) => cell.length <= SIGNATURE_CELL_LENGTH && !opensItem(cell) && !/^<p>/.test(cell));
}

function filledColumns(line: string): number[] {
  return line.split('\t').flatMap((cell, c) => (cell.trim() ? [c] : []));
}

/**
 * True when line `i` is a signature's own: a name in brackets or a position (`ตำแหน่ง …`) under a
 * signature line, or a short unmarked line (a position, `วันที่ …`, the agency) set in the signature's
 * own columns (a row continuing a measure under a signature at a page's foot keeps its own columns),
 * with only such lines between it and the signature, a few lines up at most.
 */
function signatureOwnLine(lines: readonly string[], i: number, closing: (line: number) => Closing | null): boolean {
  const own = (k: number, signers: readonly number[]) => signatureCells(lines[k].split('\t'))
    || (shortUnmarked(lines[k]) && filledColumns(lines[k]).every((c) => signers.includes(c)));
  const between: number[] = [];
  for (let k = i - 1; k >= 0 && between.length < SIGNATURE_LINES; k--) {
    if (lines[k].replace(/\t/g, '').trim() === '') continue;
    const closes = closing(k);
    if (closes !== null) {
      if (closes !== 'signature') return false;
      const signers = filledColumns(lines[k]);
      return [i, ...between].every((line) => own(line, signers));
    }
    between.push(k);
  }
  return false;
}

/** `มาตรการ… (ต่อ)`, `… ต่อ` or a bare `(ต่อ)`: the measure above (`previous`, its cell as written) continued on a new page. */
function continuesTitle(cell: string, previous: string): boolean {
  const m = /^(.*?)\s*(?:\(\s*ต่อ\s*\)|ต่อ)$/.exec(normalizeText(stripParagraphTags(cell)));
  if (!m || !previous) return false;
  if (m[1] === '') return /\(/.test(cell);
  const own = splitTitle(m[1]);
  const above = splitTitle(previous);
  return own.title === above.title && (own.number === null || own.number === above.number);
}

/**
 * The first row under the table's own header that is another header (a summary table `ที่⇥มาตรการ⇥
 * จำนวนขั้นตอน…`, a section with columns of its own): one the header search accepts, or one whose
 * measure cell repeats the header's measure label, that is not this table's header repeated at a
 * page break. Never a measure: the table ends there, and the rows under it are named (TABLE_END).
 */
function secondHeaderLine(rows: readonly (readonly string[])[], from: number, columns: ColumnMap, header: readonly string[], repeatsHeader: (i: number) => boolean): number | null {
  const label = headerKeyOf(header[columns.measure] ?? '');
  // A measure label, not a measure: short and without numbers (`มาตรการ`, `มาตรการ/โครงการ`; not `มาตรการส่งเสริมคุณธรรม`).
  const isLabel = (cell: string) => !/[0-9๐-๙]/.test(cell) && (headerKeyOf(cell) === label || (classifyHeader(cell) === 'measure' && headerKeyOf(cell).length <= MEASURE_LABEL_LENGTH));
  for (let i = from; i < rows.length; i++) {
    if (rows[i].length < 2 || repeatsHeader(i)) continue;
    const match = findHeaderRow([rows[i]], 1).match;
    const ownCell = rows[i][columns.measure] ?? '';
    if ((match && isLabel(rows[i][match.columns.measure] ?? '')) || (headerKeyOf(ownCell) === label && !/[0-9๐-๙]/.test(ownCell))) return i;
  }
  return null;
}

/** The longest measure column label (`มาตรการ/โครงการ`), its spaces and slashes aside. */
const MEASURE_LABEL_LENGTH = 16;

function headerKeyOf(cell: string): string {
  return normalizeText(cell).replace(/[\s/]+/g, '');
}

/** A page's own mark between a table's rows (`- 2 -`, `หน้า 2`, `2/5`, `Page 2`): no cell's text. */
const PAGE_MARK = /^[-–—(\s]*(?:หน้า(?:ที่)?|page)?\s*[0-9๐-๙]{1,3}(?:\s*(?:\/|จาก|of)\s*[0-9๐-๙]{1,3})?[-–—)\s]*$/i;

/** A caption or footnote between a table's rows (`ตารางที่ 1 (ต่อ)`, `* ข้อมูลจาก…`, `ข้อมูล ณ วันที่ …`): the page's text, no cell's. */
const PAGE_TEXT = /^(?:ตารางที่\s*[0-9๐-๙]|\*|ข้อมูล\s*ณ\s*วันที่)|\(\s*ต่อ\s*\)$/;

/** A line joined into a row: a tab-less line into its cell `column`, or (`tabbed`) a line continuing a row cut into paragraphs. */
interface WrappedLine {
  line: number;
  row: number;
  column: number;
}

interface Wrapping {
  wrapped: WrappedLine[];
  /** Tabbed lines read as the rest of a row above them: no rows of their own. */
  merged: Set<number>;
  /** For a row continued by tabbed lines: the first of its cells that starts on a later line. */
  movedCells: Map<number, number>;
  /** Runs of tab-less lines with no row above them to continue (one cell per line): refused. */
  unplaced: number[][];
  /** Captions and footnotes between rows (PAGE_TEXT): no cell's, named. */
  pageText: number[];
  /** Tabbed lines that may be the rest of the row above as well as a row of their own: refused. */
  unclear: WrappedLine[];
}

interface LineKinds {
  /** Closings, the header repeated, a signer's lines: never a cell's text. */
  skip: (i: number) => boolean;
  /** A header (repeated or another table's): a line right above it is that page's heading. */
  header: (i: number) => boolean;
  /** The steps and results columns. */
  items: readonly number[];
  /** A line repeating one above the header (the agency, the report's title): a PDF page's running header. */
  runningHeader: (i: number) => boolean;
}

/** The number of the last item a cell opens (`… 1. ประชุม`), and whether `next` opens the one after it (`2. …`). */
function numbersOn(cell: string, next: string): boolean {
  const numbers = [...stripParagraphTags(cell).matchAll(/(?:^|\s)\(?([0-9๐-๙]{1,3})[.)]\s/g)];
  const opening = /^\(?([0-9๐-๙]{1,3})[.)]\s/.exec(next.trim());
  return numbers.length > 0 && opening !== null && parseDigits(opening[1]) === parseDigits(numbers[numbers.length - 1][1]) + 1;
}

/**
 * Rows whose cells' lines were broken apart by the copy, joined back (in `rows`, in place). A PDF
 * copy wraps a long cell onto a line of its own, without tabs; Word puts each paragraph of a cell
 * on a line of its own, the tab falling between the last paragraph of one cell and the first of
 * the next. So a non-blank line without tabs right under a row (no blank line between) is the rest
 * of that row's last cell (its last non-empty cell when the row has all its cells); and once a
 * table shows such lines, a tabbed line under a row that still lacks cells is the rest of that row
 * when the two together do not exceed the header's cells. Page marks, closings, the header
 * repeated and a signer's lines are no cell's text. Tab-less lines with no row above them (one
 * cell per line, right under the header) cannot be placed: they are returned, to be refused.
 */
function joinWrappedLines(lines: readonly string[], rows: string[][], from: number, end: number, width: number, kinds: LineKinds): Wrapping {
  const { skip } = kinds;
  const wrapping: Wrapping = { wrapped: [], merged: new Set(), movedCells: new Map(), unplaced: [], pageText: [], unclear: [] };
  const blank = (i: number) => lines[i].replace(/\t/g, '').trim() === '';
  // A page's heading stands right above the header it repeats (`รายงานผลการดำเนินงาน (ต่อ)`).
  const heading = (i: number) => {
    let next = i + 1;
    while (next < lines.length && blank(next)) next++;
    return next < lines.length && kinds.header(next);
  };
  // A running header sits where a page breaks: beside a page mark or another of the title's lines.
  // A title line alone under a row (`ประจำปีงบประมาณ พ.ศ. 2567` ending a wrapped cell) is that cell's.
  const pageBreakAt = (i: number) => i >= from && i < end && (PAGE_MARK.test(lines[i].trim()) || kinds.runningHeader(i));
  const runningHeader = (i: number): boolean => kinds.runningHeader(i) && (pageBreakAt(i - 1) || pageBreakAt(i + 1));
  const pageText = (i: number) => PAGE_TEXT.test(normalizeText(lines[i])) || runningHeader(i);
  const tabLess = (i: number) => !lines[i].includes('\t') && !blank(i) && !skip(i) && !PAGE_MARK.test(lines[i].trim()) && !heading(i);
  const paragraphs = Array.from({ length: Math.max(0, end - from) }, (_, k) => from + k)
    .some((i) => i > from && tabLess(i) && !pageText(i) && lines[i - 1].includes('\t') && !blank(i - 1) && !skip(i - 1));
  let open = -1;
  let run: number[] | null = null;
  for (let i = from; i < end; i++) {
    if (blank(i)) {
      open = -1;
      run = null;
      continue;
    }
    if (lines[i].includes('\t')) {
      run = null;
      if (skip(i)) {
        open = -1;
        continue;
      }
      const row = open >= 0 ? rows[open] : null;
      const fits = row !== null && row.length < width && row.length + rows[i].length - 1 <= width;
      // Without a line that shows the paste's layout, a line numbering on from the items ending a
      // short row above may be their next paragraph as well as a new measure: not read either way.
      if (row && fits && !paragraphs && kinds.items.includes(row.length - 1) && numbersOn(row[row.length - 1], rows[i][0])) {
        wrapping.unclear.push({ line: i, row: open, column: row.length - 1 });
      }
      if (row && fits && paragraphs) {
        const column = row.length - 1;
        row[column] = [row[column], rows[i][0]].filter(Boolean).join('\n');
        row.push(...rows[i].slice(1));
        if (!wrapping.movedCells.has(open)) wrapping.movedCells.set(open, column + 1);
        wrapping.merged.add(i);
        wrapping.wrapped.push({ line: i, row: open, column });
        continue;
      }
      open = i;
      continue;
    }
    if (!tabLess(i)) {
      open = -1;
      run = null;
      continue;
    }
    if (pageText(i)) {
      wrapping.pageText.push(i);
      continue;
    }
    if (open < 0) {
      // Right under the header (or under such a line): a cell per line, in no row.
      if (run) run.push(i);
      else if (i === from || (lines[i - 1].includes('\t') && skip(i - 1))) wrapping.unplaced.push((run = [i]));
      continue;
    }
    const row = rows[open];
    const text = normalizeText(lines[i]);
    let column = row.length - 1;
    // A row with all its cells on one line was wrapped by the copy, mid-sentence: the text runs on.
    // A row still gathering its cells (Word's paragraph per line) gets the line as a paragraph.
    const wrappedMidCell = row.length >= width && !wrapping.movedCells.has(open);
    if (row.length >= width) while (column > 0 && isBlankCell(row[column])) column--;
    row[column] = wrappedMidCell ? joinContinued(row[column], text) : [row[column], text].filter(Boolean).join('\n');
    wrapping.wrapped.push({ line: i, row: open, column });
  }
  return wrapping;
}

/** A line read as the rest of a row's cell: where, so a reader can check it (an info line, as PAGE_BREAK_JOIN). */
function wrappedLineFinding(wrap: WrappedLine): Finding {
  const line = wrap.line + 1;
  const row = wrap.row + 1;
  const col = wrap.column + 1;
  return makeFinding('info', 'WRAPPED_LINE', null, null, { line },
    `บรรทัดที่ ${line} ไม่ได้ขึ้นแถวใหม่ของตาราง จึงอ่านเป็นข้อความต่อจากคอลัมน์ที่ ${col} ของแถวบรรทัดที่ ${row} ตรวจดูว่าถูกต้อง`,
    `Line ${line} starts no new table row, so it was read as the rest of column ${col} of the row on line ${row}; check that this is right`);
}

/** A line that may continue the row above (Word's paragraph per line) or start a measure: refused, naming both readings. */
function unclearLineFinding(wrap: WrappedLine): Finding {
  const line = wrap.line + 1;
  const row = wrap.row + 1;
  return makeFinding('error', 'UNPLACED_LINE', null, null, { line },
    `บรรทัดที่ ${line} อาจเป็นข้อถัดไปของคอลัมน์ที่ ${wrap.column + 1} ในแถวบรรทัดที่ ${row} (วางจาก Word ทีละย่อหน้า) หรือเป็นมาตรการใหม่ก็ได้ จึงไม่อ่านเดา คัดลอกตารางใหม่ให้แต่ละแถวเป็นหนึ่งบรรทัดที่คั่นคอลัมน์ด้วยแท็บ หรือใส่แท็บให้ครบทุกคอลัมน์ในแถวบรรทัดที่ ${row}`,
    `Line ${line} may be the next item of column ${wrap.column + 1} of the row on line ${row} (a Word paste, one paragraph a line) as well as a new measure, so it is not guessed: copy the table again so that each row is one line with tabs between its columns, or give the row on line ${row} all its tabs`);
}

/** Lines under the header that stand in no row (one cell per line): refused, naming them, rather than guessed. */
function unplacedLinesFinding(run: number[]): Finding {
  const first = run[0] + 1;
  const last = run[run.length - 1] + 1;
  const span = first === last ? `บรรทัดที่ ${first}` : `บรรทัดที่ ${first}–${last}`;
  const spanEn = first === last ? `Line ${first}` : `Lines ${first}–${last}`;
  return makeFinding('error', 'UNPLACED_LINE', null, null, { line: first },
    `${span} อยู่ใต้หัวตารางแต่ไม่มีแท็บคั่นคอลัมน์และไม่มีแถวก่อนหน้าให้ต่อ จึงบอกไม่ได้ว่าเป็นมาตรการ ขั้นตอน หรือผล (ดูเหมือนวางทีละเซลล์ต่อบรรทัด) คัดลอกตารางใหม่ให้แต่ละแถวเป็นหนึ่งบรรทัดที่คั่นคอลัมน์ด้วยแท็บ`,
    `${spanEn} stand under the header with no tab between columns and no row above to continue, so there is no telling measure, step or result (it looks like one cell per line): copy the table again so that each row is one line with its columns separated by tabs`);
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
function afterTableFinding(lines: readonly string[], end: number, isHeader: boolean): Finding | null {
  const rows = lines.flatMap((line, i) => (i > end && line.includes('\t') && !signatureCells(line.split('\t')) && line.replace(/\t/g, '').trim() !== '' ? [i + 1] : []));
  if (rows.length === 0) return null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const span = first === last ? `${first}` : `${first}–${last}`;
  const spanEn = first === last ? `line ${first}` : `lines ${first}–${last}`;
  const ending = normalizeText(lines[end]).slice(0, 40);
  if (isHeader) {
    return makeFinding('info', 'TABLE_END', null, null, { line: first },
      `ตารางมาตรการจบที่บรรทัดที่ ${end + 1} ซึ่งเป็นหัวตารางอีกชุด (“${ending}”) คอลัมน์ไม่ตรงกับหัวตารางแรก: แถวตารางบรรทัดที่ ${span} ใต้หัวตารางนั้นไม่ได้อ่านเป็นมาตรการและจะไม่ถูกเติม ถ้าเป็นมาตรการ ให้ใช้หัวตารางและลำดับคอลัมน์เดียวกับตารางแรก`,
      `The measures table ends at line ${end + 1}, another header (“${ending}”) whose columns differ from the first header's: table rows on ${spanEn} under it are not read as measures or filled; if they are measures, give them the first table's header and column order`);
  }
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
  const unplaced = table.findings.filter((f) => f.code === 'ORPHAN_CONTINUATION' || f.code === 'UNPLACED_LINE');
  if (unplaced.length === 0) return;
  throw new InputError(
    'UNPLACED_ROWS',
    `ข้อความบางแถวไม่อยู่ใต้มาตรการใด จึงจะหายไปจากตารางที่เขียน (ยังไม่ได้เขียนอะไร): ${unplaced.map((f) => f.message).join(' · ')}`,
    `Some rows belong to no measure, so the table written would lose them (nothing was written): ${unplaced.map((f) => f.messageEn).join(' · ')}`,
    unplaced[0].line === undefined ? undefined : { line: unplaced[0].line },
  );
}

/**
 * Refuses what an import would write nothing true from: rows or lines it could not place
 * (assertEveryRowPlaced), or a table with no measure at all (a report of `๐ มาตรการ` is no success).
 */
export function assertImportable(table: MeasureTable): void {
  assertEveryRowPlaced(table);
  if (table.measures.length > 0) return;
  throw new InputError(
    'NO_MEASURES',
    'ไม่พบแถวมาตรการใต้หัวตาราง จึงไม่ได้นำเข้า (ยังไม่ได้เขียนอะไร) ตรวจว่าวางทั้งตาราง และแต่ละแถวคั่นคอลัมน์ด้วยแท็บ',
    'No measure row was found under the header, so nothing was imported (nothing was written): check that the whole table was pasted, each row with its columns separated by tabs',
  );
}

function itemLine(item: Item): string {
  return item.marker ? `${item.marker} ${item.text}` : item.text;
}

function titleWithNumber(measure: Measure, table: MeasureTable): string {
  // The number as the report wrote it (`๑.` stays Thai in an Arabic-numbered table), else in the table's digits.
  return measure.number === null ? measure.title : `${measure.numberText ?? formatNumber(measure.number, table.numerals)}. ${measure.title}`;
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
