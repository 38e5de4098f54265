import type { Column, ExtraColumn, Finding, Item, Measure, NumeralStyle, SourceRef, SuggestionPartText } from './types';
import { joinContinued, splitCell, stripParagraphTags } from './items';
import { countDigits, isBlankCell, normalizeText, parseDigits, withoutInvisible } from './text';
import { makeFinding } from './findings';
import { joinedParts } from './columns';
import { describeRef } from './messages';
import { isNoteLine } from './tableEnd';

/** One row of the measures table, whatever it was read from (sheet, CSV or report text). */
export interface RowRecord {
  /** 0-based grid row (sheet/CSV), -1 for text. */
  row: number;
  /** Text of the number column ('' when there is none). */
  number: string;
  /** The number column's cell (sheet input with a number column). */
  numberRef?: SourceRef;
  /** The measure cell is covered by a merge started in an earlier row: the sheet shows that row's title here. */
  titleCovered?: boolean;
  cells: Record<Column, string>;
  refs: Record<Column, SourceRef>;
  /** Extra columns of the table (responsible, timeframe, ...), when it has them. */
  extra?: Partial<Record<ExtraColumn, { text: string; ref: SourceRef }>>;
  /** The other headed columns' cells (ColumnMap.other), when the table has any. */
  other?: string[];
  /** The parts of a split problems / suggestions cell (ColumnMap.suggestionParts); `cells.suggestion` joins them. */
  suggestionParts?: SuggestionPartText[];
}

const NUMBERING = /(?:^|\s)\(?[0-9\u0E50-\u0E59]{1,3}[.)]?(?=\s|$)|(?:^|\s)\(?[0-9\u0E50-\u0E59]{1,3}[.)]/g;
/** A measure number before its title; not the `1.` of a sub-number `1.1` (that number is the title's own). */
const TITLE_NUMBER = /^\(?([0-9\u0E50-\u0E59]{1,3})[.)]\)?(?![0-9\u0E50-\u0E59])\s*/;
/** A title numbered `1.1`, `๒.๓)`: a sub-number that stays part of the title as written. */
export const SUB_NUMBERED_TITLE = /^\(?[0-9\u0E50-\u0E59]{1,3}(?:\.[0-9\u0E50-\u0E59]{1,3})+[.)]?\)?(?=\s|$)/;

/** Splits `๑. มาตรการ…` into its number (its digits as written too) and title. */
export function splitTitle(raw: string): { number: number | null; numberText?: string; title: string } {
  const text = normalizeText(stripParagraphTags(raw)).replace(/\n+/g, ' ');
  const m = TITLE_NUMBER.exec(text);
  if (!m) return { number: null, title: text };
  return { number: parseDigits(m[1]), numberText: m[1], title: text.slice(m[0].length).trim() };
}

/** A free-text cell (problems / suggestions) as written, its line breaks kept: the report prints one paragraph a line. */
function cellText(raw: string): string {
  return normalizeText(stripParagraphTags(raw)).replace(/\n+/g, '\n');
}

/**
 * How a continuation row's leading text relates to the item above it. In report text the row was
 * cut by a page break, so unnumbered text finishes the last item; in a sheet (a measure cell merged
 * over several rows) each row's unnumbered text is an item of its own.
 */
export type ContinuationStyle = 'page-break' | 'merged-rows';

/** Appends a cell's items; returns the 1-based position of the item its leading text was joined to, if any. */
function appendItems(target: Item[], raw: string, ref: SourceRef, continuation: ContinuationStyle | null): number | null {
  const last = target[target.length - 1];
  const { lead, items } = splitCell(raw, ref, last?.number ?? 0);
  if (continuation === 'page-break' && last) {
    // Plain text with no number or bullet continues the item cut by the page break; numbered or
    // bulleted entries (marker present) are new items, and only the text before them continues.
    const startsNewItems = items.length > 0 && items[0].marker !== '';
    // Among unnumbered paragraphs each paragraph is an item, so only the first finishes the cut one;
    // under a numbered item, unnumbered lines all belong to it (as within one cell).
    const paragraphsAreItems = last.number === null && last.marker === '';
    const [head, rest] = lead || items.length === 0 || startsNewItems
      ? [lead, items]
      : paragraphsAreItems
        ? [items[0].text, items.slice(1)]
        : [items.map((i) => i.text).join(' '), []];
    const joinedTo = head ? target.length : null;
    if (head) last.text = joinContinued(last.text, head);
    target.push(...rest);
    return joinedTo;
  }
  if (continuation === 'merged-rows' && last && isNoteLine(raw.trim().split('\n')[0])) {
    // A note on the row under an item (`หมายเหตุ: …`, `ข้อมูล ณ วันที่ …`) is that item's, as on its line in one cell.
    const plain = lead ? [lead] : [];
    while (!lead && items.length > 0 && items[0].marker === '') plain.push(items.shift()!.text);
    last.text = [last.text, ...plain].join(' ');
  } else if (lead) {
    target.push({ number: null, marker: '', text: lead, ref });
  }
  target.push(...items);
  return null;
}

/** Text a page break cut, joined back to the item before the break: where, so a reader can check it. */
export interface PageBreakJoin {
  measure: Measure;
  column: 'steps' | 'results';
  /** 1-based position of the item the text was joined to. */
  item: number;
  ref: SourceRef;
}

function isEmptyRecord(rec: RowRecord): boolean {
  return (
    !rec.number.trim() &&
    Object.values(rec.cells).every(isBlankCell) &&
    Object.values(rec.extra ?? {}).every((v) => isBlankCell(v?.text)) &&
    (rec.other ?? []).every(isBlankCell)
  );
}

/** A cell's text with a continuation row's text after it: cut by a page break, or a line of its own under a merged cell. */
function continuedText(text: string, more: string, continuation: ContinuationStyle): string {
  return continuation === 'page-break' || !text || !more ? joinContinued(text, more) : `${text}\n${more}`;
}

/** Extra and other cells of a row onto its measure: the first row sets them, a continuation row adds a line. */
function appendExtra(measure: Measure, rec: RowRecord): void {
  if (rec.other) {
    const other = (measure.other ??= rec.other.map(() => ''));
    rec.other.forEach((cell, k) => {
      other[k] = [other[k], normalizeText(stripParagraphTags(cell))].filter(Boolean).join('\n');
    });
  }
  if (!rec.extra) return;
  const extra = (measure.extra ??= {});
  const refs = (measure.extraRefs ??= {});
  for (const [column, cell] of Object.entries(rec.extra) as [ExtraColumn, { text: string; ref: SourceRef }][]) {
    const text = normalizeText(stripParagraphTags(cell.text));
    refs[column] ??= cell.ref;
    extra[column] = [extra[column], text].filter(Boolean).join('\n');
  }
}

/** A number `n.m` (`1.1`, `๒.๓)`) under measure n: it numbers a step row of that measure, not a new measure. */
function isSubNumberOf(numberCell: string, measure: Measure | undefined): boolean {
  const m = /^\(?([0-9๐-๙]{1,3})\.[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]?\)?$/.exec(numberCell);
  return m !== null && measure !== undefined && measure.number !== null && parseDigits(m[1]) === measure.number;
}

/**
 * A row with no title of its own continues the measure above: when its number cell is blank, when
 * the title it shows is the merged title of the rows above (numbers counting rows, not measures), or
 * when its number `n.m` numbers a step of measure n.
 */
function continuesMeasure(rec: RowRecord, titleCell: string, numberCell: string, current: Measure | undefined): boolean {
  if (titleCell) return false;
  return !numberCell || (current !== undefined && (rec.titleCovered === true || isSubNumberOf(numberCell, current)));
}

function firstFilledRef(rec: RowRecord): SourceRef {
  const col = (['steps', 'results', 'suggestion', 'measure'] as Column[]).find((c) => normalizeText(rec.cells[c]));
  return rec.refs[col ?? 'measure'];
}

/**
 * Builds measures from table rows. A row with an empty measure cell continues the measure above
 * it (reports split long rows across pages), and its items and text are joined back.
 */
export function assembleMeasures(records: RowRecord[], continuation: ContinuationStyle): { measures: Measure[]; findings: Finding[]; joins: PageBreakJoin[] } {
  const measures: Measure[] = [];
  const findings: Finding[] = [];
  const joins: PageBreakJoin[] = [];
  const partsOf = new Map<Measure, SuggestionPartText[]>();
  // The numbers a title writes itself (`๑. มาตรการ…`), for when the number column turns out to count rows.
  const titleNumbers = new Map<Measure, { number: number | null; numberText?: string }>();
  let numbersCountRows = false;
  for (const rec of records) {
    if (isEmptyRecord(rec)) continue;
    const titleCell = withoutInvisible(normalizeText(rec.cells.measure));
    const numberCell = withoutInvisible(normalizeText(rec.number));
    const current = measures[measures.length - 1];
    if (continuesMeasure(rec, titleCell, numberCell, current)) {
      if (!current) {
        const ref = firstFilledRef(rec);
        findings.push(
          makeFinding('error', 'ORPHAN_CONTINUATION', null, null, ref,
            `${describeRef(ref, 'th')}: แถวนี้ไม่มีชื่อมาตรการและไม่มีมาตรการก่อนหน้าให้ต่อท้าย ใส่ชื่อมาตรการในคอลัมน์มาตรการ`,
            `${describeRef(ref, 'en')}: this row has no measure and there is no measure above it to continue; enter the measure in the Measure column`),
        );
        continue;
      }
      current.continuationRows.push(rec.row);
      // A number beside a row under a merged title counts rows (1, 2, 3… down the sheet), not measures.
      if (numberCell && rec.titleCovered) numbersCountRows = true;
      for (const column of ['steps', 'results'] as const) {
        const item = appendItems(current[column], rec.cells[column], rec.refs[column], continuation);
        if (item !== null) joins.push({ measure: current, column, item, ref: rec.refs[column] });
      }
      appendExtra(current, rec);
      const parts = partsOf.get(current);
      if (parts && rec.suggestionParts) {
        // A split cell joins part by part, so each part keeps one label however many rows it spans.
        rec.suggestionParts.forEach((p, k) => {
          if (parts[k]) parts[k].text = continuedText(parts[k].text, cellText(p.text), continuation);
        });
      } else {
        current.suggestion = continuedText(current.suggestion, cellText(rec.cells.suggestion), continuation);
      }
      continue;
    }
    const { number: titleNumber, numberText: titleNumberText, title } = splitTitle(rec.cells.measure);
    const columnNumberText = numberCell.replace(/[.)]$/, '').trim();
    const columnNumber = numberCell ? parseDigits(columnNumberText) : NaN;
    const measure: Measure = {
      index: measures.length + 1,
      number: Number.isFinite(columnNumber) ? columnNumber : titleNumber,
      numberText: Number.isFinite(columnNumber) ? columnNumberText : titleNumberText,
      title,
      steps: [],
      results: [],
      suggestion: cellText(rec.cells.suggestion),
      refs: rec.refs,
      row: rec.row,
      continuationRows: [],
    };
    if (numberCell && rec.numberRef) measure.numberRef = rec.numberRef;
    titleNumbers.set(measure, { number: titleNumber, numberText: titleNumberText });
    appendItems(measure.steps, rec.cells.steps, rec.refs.steps, null);
    appendItems(measure.results, rec.cells.results, rec.refs.results, null);
    appendExtra(measure, rec);
    if (rec.suggestionParts) partsOf.set(measure, rec.suggestionParts.map((p) => ({ label: p.label, text: cellText(p.text) })));
    measures.push(measure);
  }
  if (numbersCountRows) {
    for (const [measure, own] of titleNumbers) {
      measure.number = own.number;
      if (own.numberText === undefined) delete measure.numberText;
      else measure.numberText = own.numberText;
      delete measure.numberRef;
    }
  }
  for (const [measure, parts] of partsOf) {
    measure.suggestion = joinedParts(parts);
    measure.suggestionParts = parts;
  }
  return { measures, findings, joins };
}

/** The digits the table mostly uses: its item markers and measure numbers decide. */
export function detectNumerals(records: RowRecord[]): NumeralStyle {
  let thai = 0;
  let arabic = 0;
  for (const rec of records) {
    // Only numbers that number things decide: a year inside a sentence says nothing of the style.
    const numbering = [rec.number, rec.cells.measure, rec.cells.steps, rec.cells.results]
      .map((text) => (stripParagraphTags(text).match(NUMBERING) ?? []).join(' '))
      .join(' ');
    const counts = countDigits(numbering);
    thai += counts.thai;
    arabic += counts.arabic;
  }
  return arabic > thai ? 'arabic' : 'thai';
}
