import type { CheckResult, Item, Measure, NumeralStyle, ReportColumn, ReportModel, ReportParagraph, ReportSettings, SuggestionFill, TableColumn } from './types';
import { formatNumber, toThaiDigits, isBlankCell } from './text';
import { formatThaiDate, parseIsoDay } from './dates';
import { columnHeader, columnOrder } from './columns';
import { contentWidths, visibleLength } from './columnWidths';
import { asOfLine, defaultAsOf, editionIntroduction, editionOf, editionTitle } from './edition';
import { qrGif } from './qr';
import { SUB_NUMBERED_TITLE } from './assemble';
import { introductionApplies } from './settings';

export const REPORT_FONT = { family: 'Sarabun', sizePt: 14 };

const LINK = /((?:https?:\/\/|www\.)\S+)/;
/**
 * A run of ASCII letters, digits and signs, and whether a Latin letter or an @ stands in it: an
 * e-mail (saraban.tambon2@gmail.com), a LINE ID (@ab12cd), a domain or path (khokmuang.go.th/ita2567),
 * a code (O12, COVID-19). Such a run is a name that must be typed back exactly, so its digits stay
 * as written. A run of digits and signs alone (12/10/2566, 100%, 0808.2/) is a number, and a Thai
 * letter ends a run (ว1234 gives 1234, a number).
 */
const ASCII_RUN = /[!-~]+/g;
const NAME_LIKE = /[A-Za-z@]/;

function numbersToThai(text: string): string {
  return text.replace(ASCII_RUN, (run) => (NAME_LIKE.test(run) ? run : toThaiDigits(run)));
}

/**
 * Digits as the report wants them: Thai throughout when the agency writes Thai numerals, except
 * inside links (they must still open, even with a Thai path) and in names written in Latin letters
 * (see ASCII_RUN).
 */
function digits(text: string, numerals: NumeralStyle): string {
  if (numerals !== 'thai') return text;
  // Most paragraphs hold no link: testing first spares them the split (a slow path of the regex engine).
  if (!LINK.test(text)) return numbersToThai(text);
  return text.split(LINK).map((part, i) => (i % 2 ? part : numbersToThai(part))).join('');
}

/** Columns that are never hidden: a report without the measure or its steps says nothing. */
const ALWAYS_SHOWN: readonly TableColumn[] = ['measure', 'steps'];
/** The plan is published before anything is done: no results, no problems found yet. */
const NOT_IN_PLAN: readonly TableColumn[] = ['results', 'suggestion'];

/** The columns the report prints: the sheet's, in its order, less those hidden by the settings or the edition. */
export function reportColumns(result: CheckResult, settings: ReportSettings): TableColumn[] {
  const hidden = new Set(settings.hiddenColumns ?? []);
  const edition = editionOf(settings);
  return columnOrder(result.table.columns).filter(
    (c) => ALWAYS_SHOWN.includes(c) || (!hidden.has(c) && !(edition === 'plan' && NOT_IN_PLAN.includes(c))),
  );
}

/**
 * The columns the report prints: the known ones (reportColumns), then every other headed column of
 * the sheet (หมายเหตุ, หน่วยปฏิบัติ…) in its order, under its own header: what a person typed under a
 * header is published, never dropped unseen. They cannot be hidden by the settings, which name only
 * known columns.
 */
export function printedColumns(result: CheckResult, settings: ReportSettings): ReportColumn[] {
  const other = (result.table.columns?.other ?? []).map((_, k): ReportColumn => `other:${k}`);
  return [...reportColumns(result, settings), ...other];
}

type OtherReportColumn = Exclude<ReportColumn, TableColumn>;

function isOtherColumn(column: ReportColumn): column is OtherReportColumn {
  return column.startsWith('other:');
}

/** Which of the table's other headed columns (ColumnMap.other) it is. */
function otherIndex(column: OtherReportColumn): number {
  return Number(column.slice('other:'.length));
}

/** The table spans an A4 landscape page inside 2 cm margins (points). */
const TABLE_WIDTH_PT = 841.89 - 2 * 56.69;
/**
 * The narrowest a column may be: seven Thai letters (most words; Sarabun's average advance is
 * about 0.55 em) and the cell's side margins. Narrower, a word like ประมาณ is cut letter by letter.
 */
function minColumn(sizePt: number): number {
  return (7 * 0.55 * sizePt + 2 * 5.4) / TABLE_WIDTH_PT;
}

/**
 * The table's type size: the report's own up to seven columns; 12 pt from eight on, where at 14 pt
 * the step and result lists would get a few words a line (Sarabun at 12 pt still reads like TH
 * Sarabun PSK at 16, the official size).
 */
export function tableFontPt(columnCount: number): number {
  return columnCount >= 8 ? 12 : REPORT_FONT.sizePt;
}

/**
 * Sarabun Bold's advance per spacing Thai letter, a little generous: in its hmtx table ผู้รับผิดชอบ
 * is 4.96 em for 8 letters, ข้อเสนอแนะ 5.22 em for 9.
 */
const BOLD_LETTER_EM = 0.64;
/**
 * A header word longer than this is a phrase (ระยะเวลาดำเนินการ, เอกสารอ้างอิง) that breaks well
 * between its words; shorter ones (ผู้รับผิดชอบ, ข้อเสนอแนะ) cut in two read wrong (ผู้รับผิด|ชอบ).
 */
const HEADER_WORD_MAX_LETTERS = 9;

/** The width its header's longest word needs in bold, so the header row never splits it. */
function headerWordWidth(header: string, sizePt: number): number {
  const letters = header.split(/[\s/]+/).map(visibleLength).filter((n) => n <= HEADER_WORD_MAX_LETTERS);
  return (Math.max(0, ...letters) * BOLD_LETTER_EM * sizePt + 2 * 5.4) / TABLE_WIDTH_PT;
}

/** Least share of the table width per column: the measure's title needs room to be read, any column a whole word and its header's words. */
function widthFloor(column: ReportColumn, header: string, sizePt: number): number {
  const content = column === 'measure' ? 0.12 : column === 'steps' || column === 'results' ? 0.15 : 0;
  return Math.max(minColumn(sizePt), headerWordWidth(header, sizePt), content);
}

function itemParagraphs(items: Item[], numerals: NumeralStyle): ReportParagraph[] {
  return items.map((item) => ({ text: digits(item.marker ? `${item.marker} ${item.text}` : item.text, numerals) }));
}

/**
 * A measure's number and title. The number is the sheet's own (๑ stays in an otherwise Arabic sheet)
 * in the report's numerals; a title sub-numbered `1.1` is printed as written; a measure without a
 * number gets its place in the table, in the report's numerals.
 */
function measureTitle(measure: Measure, numerals: NumeralStyle): string {
  const own = measure.number === null ? SUB_NUMBERED_TITLE.exec(measure.title) : null;
  if (own) return own[0] + digits(measure.title.slice(own[0].length), numerals);
  // Written as the sheet wrote it, then like every other digit of the report: Thai numerals turn
  // Arabic ones Thai, and nothing is ever turned Arabic (`๑` stays in an Arabic-numeral report).
  const number = measure.numberText !== undefined ? digits(measure.numberText, numerals) : formatNumber(measure.number ?? measure.index, numerals);
  return `${number}. ${digits(measure.title, numerals)}`;
}

/** The link on the last page: a caption, the link as text and its QR code. */
function linkBlock(url: string) {
  return { caption: 'สแกนหรือเปิดลิงก์เพื่อดูรายงานฉบับนี้', url, qr: qrGif(url) };
}

/**
 * The report as a document model: title block, introduction, the table (the sheet's columns in its
 * order, one paragraph per item) and the signature block. Renderers (Google Docs, docx) only lay it
 * out. `link` is where the published report will be read, for the last page when the settings ask.
 */
export function buildReport(result: CheckResult, settings: ReportSettings, fills: SuggestionFill[] = [], link?: string): ReportModel {
  const numerals = settings.numerals;
  const edition = editionOf(settings);
  const fy = formatNumber(settings.fiscalYear, numerals);
  const measures = result.table.measures;
  const asOf = settings.asOf ?? defaultAsOf(settings.fiscalYear);
  // The settings' introduction unless it names another edition or year (an imported report's own words say its round).
  const introText = settings.introduction?.trim() && introductionApplies(settings, edition)
    ? settings.introduction.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean)
    // The source's own introduction when it is the edition being published (a report text whose
    // title names no edition is an annual one); another edition's words would say the wrong round.
    : (result.table.preamble?.edition ?? 'annual') === edition && result.table.preamble?.introduction.length
      ? result.table.preamble.introduction
      : editionIntroduction(edition, settings.agency, settings.fiscalYear, measures.length, numerals, asOf);
  const fillByMeasure = new Map(fills.map((f) => [f.measureIndex, f]));
  const suggestionOf = (m: Measure) => {
    const filled = fillByMeasure.get(m.index);
    // A blank cell takes its fill; so does the add-on's earlier suggestion a fill refreshed.
    return filled && (isBlankCell(m.suggestion) || filled.replaces !== undefined) ? filled.text : m.suggestion;
  };
  const lines = (text: string): ReportParagraph[] => text.split('\n').filter((l) => l.trim()).map((l) => ({ text: digits(l, numerals) }));
  const cellOf = (m: Measure, column: ReportColumn): ReportParagraph[] => {
    if (isOtherColumn(column)) return lines(m.other?.[otherIndex(column)] ?? '');
    switch (column) {
      case 'measure': return [{ text: measureTitle(m, numerals) }];
      case 'steps': return itemParagraphs(m.steps, numerals);
      case 'results': return itemParagraphs(m.results, numerals);
      case 'suggestion': return lines(suggestionOf(m));
      default: return lines(m.extra?.[column] ?? '');
    }
  };
  const columns = printedColumns(result, settings);
  const tableSize = tableFontPt(columns.length);
  const otherHeaders = result.table.columns?.other ?? [];
  const tableHeader = columns.map((c) => (isOtherColumn(c) ? otherHeaders[otherIndex(c)].header : columnHeader(c)));
  const rows = measures.map((m) => ({ cells: columns.map((c) => cellOf(m, c)) }));
  const columnText = columns.map((_, c) => rows.map((row) => row.cells[c].map((p) => p.text).join(' ')));
  const date = settings.reportDate ? parseIsoDay(settings.reportDate) : null;
  const signature: ReportParagraph[] = [
    { text: 'ลงชื่อ ....................................................', align: 'center' },
    { text: `(${settings.signerName?.trim() || '....................................................'})`, align: 'center' },
  ];
  if (settings.signerPosition?.trim()) signature.push({ text: `ตำแหน่ง ${settings.signerPosition.trim()}`, align: 'center' });
  if (date) signature.push({ text: `วันที่ ${formatThaiDate(date, numerals)}`, align: 'center' });
  const title = editionTitle(edition, numerals);
  const model: ReportModel = {
    documentTitle: `${title} ประจำปีงบประมาณ พ.ศ.${fy}${settings.agency ? ` ${settings.agency}` : ''}`,
    titleLines: [
      { text: title, bold: true, align: 'center' },
      ...(settings.agency ? [{ text: settings.agency, bold: true, align: 'center' as const }] : []),
      { text: `ประจำปีงบประมาณ พ.ศ.${fy}`, bold: true, align: 'center' },
      ...(edition === 'half-year' ? [{ text: asOfLine(asOf, numerals), bold: true, align: 'center' as const }] : []),
    ],
    introduction: introText.map((text) => ({ text: digits(text, numerals), align: 'justify' })),
    columns,
    tableHeader,
    rows,
    signature,
    numerals,
    fiscalYear: settings.fiscalYear,
    edition,
    columnWidths: contentWidths(columnText, tableHeader, columns.map((c, i) => widthFloor(c, tableHeader[i], tableSize))),
    font: REPORT_FONT,
    tableFontPt: tableSize,
    page: { size: 'A4', orientation: 'landscape' },
  };
  return link === undefined ? model : withLastPageLink(model, settings, link);
}

/**
 * The model with the last page's link when the settings ask for one: Apps Script knows where the
 * report will be read only after it has created the Doc, which needs the model's title first.
 */
export function withLastPageLink(model: ReportModel, settings: ReportSettings, link: string): ReportModel {
  return settings.linkOnLastPage && link ? { ...model, linkBlock: linkBlock(link) } : model;
}
